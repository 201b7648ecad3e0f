package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Passkeys as the Passkeys page sees them: listed and removed only within the signed-in account, stored in Spring
 * Security's JDBC tables (V027), counted as a second factor, and gone with their account.
 */
@DatabaseTest
class PasskeysTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdminService admin;

    @Autowired
    Passkeys passkeys;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PublicKeyCredentialUserEntityRepository users;

    @Autowired
    UserCredentialRepository credentials;

    Bytes register(String username, String label, Instant at) {
        return PasskeyFixtures.register(users, credentials, username, label, at);
    }

    @Test
    void a_user_lists_and_removes_only_their_own_passkeys() {
        var alice = TestUsers.signInAs(accounts, "alice");
        var laptop = register("alice", "Laptop", Instant.parse("2030-01-01T10:00:00Z"));
        var phone = register("alice", "Phone", Instant.parse("2030-01-02T10:00:00Z"));
        var bob = TestUsers.signInAs(accounts, "bob");
        var bobs = register("bob", "Bob's key", Instant.parse("2030-01-03T10:00:00Z"));

        TestUsers.signInAs(accounts, "alice");
        assertThat(passkeys.listForCurrentUser()).extracting(PasskeyRow::name).containsExactly("Laptop", "Phone");
        assertThat(passkeys.listForCurrentUser())
                .allSatisfy(row -> assertThat(row.lastUsedAt()).isNull());
        assertThatThrownBy(() -> passkeys.removeForCurrentUser(bobs.toBase64UrlString()))
                .isInstanceOf(NotFoundException.class);
        assertThat(credentials.findByCredentialId(bobs)).isNotNull();

        passkeys.removeForCurrentUser(laptop.toBase64UrlString());
        assertThat(credentials.findByCredentialId(laptop)).isNull();
        assertThat(passkeys.listForCurrentUser()).extracting(PasskeyRow::id).containsExactly(phone.toBase64UrlString());

        TestUsers.signInAs(accounts, "bob");
        assertThat(passkeys.listForCurrentUser()).extracting(PasskeyRow::name).containsExactly("Bob's key");
        assertThat(passkeys.hasPasskey(bob.id())).isTrue();
        assertThat(passkeys.hasPasskey(alice.id())).isTrue();
        assertThat(passkeys.usernameOf(bobs)).contains("bob");
        assertThat(passkeys.usernameOf(laptop)).isEmpty();
    }

    @Test
    void a_passkey_is_a_second_factor() {
        var carol = TestUsers.signInAs(accounts, "carol");
        assertThat(secondFactors.hasSecondFactor(carol.id())).isFalse();
        register("carol", "Security key", Instant.parse("2030-01-01T10:00:00Z"));
        assertThat(secondFactors.hasSecondFactor(carol.id())).isTrue();
        assertThat(secondFactors.hasAuthenticatorApp(carol.id())).isFalse();
    }

    @Test
    void a_new_passkey_needs_a_name_and_room_on_the_account() {
        TestUsers.signInAs(accounts, "dave");
        assertThatThrownBy(() -> passkeys.checkNew("dave", " ")).isInstanceOf(PasskeyException.class);
        assertThatThrownBy(() -> passkeys.checkNew("dave", "x".repeat(Limits.PASSKEY_NAME_MAX + 1)))
                .isInstanceOf(PasskeyException.class);
        passkeys.checkNew("dave", "Laptop");
        for (int i = 0; i < Limits.PASSKEYS_PER_ACCOUNT; i++) {
            register("dave", "Key " + i, Instant.parse("2030-01-01T10:00:00Z").plusSeconds(i));
        }
        assertThatThrownBy(() -> passkeys.checkNew("dave", "One more"))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void deleting_an_account_deletes_its_passkeys_so_a_later_account_of_that_name_has_none() {
        TestUsers.register(accounts, "root");
        var erin = TestUsers.signInAs(accounts, "erin");
        var key = register("erin", "Laptop", Instant.parse("2030-01-01T10:00:00Z"));
        TestUsers.signInAs(accounts, "root");
        admin.delete(erin.id());

        assertThat(credentials.findByCredentialId(key)).isNull();
        assertThat(users.findByUsername("erin")).isNull();
        var again = TestUsers.signInAs(accounts, "erin");
        assertThat(passkeys.hasPasskey(again.id())).isFalse();
        assertThat(passkeys.usernameOf(key)).isEmpty();
    }
}
