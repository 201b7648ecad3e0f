package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@DatabaseTest
class AccountAdminServiceTest {

    @Autowired
    AccountAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    OfferService offers;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void ordinary_users_cannot_manage_accounts() {
        TestUsers.signInAs(accounts, "root");
        TestUsers.signInAs(accounts, "alice");

        assertThatThrownBy(() -> admin.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        admin.lock(accounts.findByUsername("root").orElseThrow().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_locked_account_cannot_sign_in_until_unlocked_and_last_sign_in_is_shown() {
        var root = TestUsers.signInAs(accounts, "root");
        var alice = accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));

        admin.lock(alice.id());
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("alice", TestUsers.PASSWORD)))
                .isInstanceOf(LockedException.class);

        admin.unlock(alice.id());
        assertThat(authenticationManager
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", TestUsers.PASSWORD))
                        .isAuthenticated())
                .isTrue();
        TestUsers.signInAs(accounts, "root");
        assertThat(admin.list())
                .filteredOn(a -> a.username().equals("alice"))
                .singleElement()
                .satisfies(a -> assertThat(a.lastSignInAt()).isNotNull());
        assertThat(root.isAdmin()).isTrue();
    }

    @Test
    void the_last_administrator_can_be_neither_locked_nor_deleted() {
        var root = TestUsers.signInAs(accounts, "root");

        assertThatThrownBy(() -> admin.lock(root.id())).hasMessageContaining("last administrator");
        assertThatThrownBy(() -> admin.delete(root.id())).hasMessageContaining("last administrator");
        assertThat(admin.list())
                .filteredOn(a -> a.username().equals("root"))
                .singleElement()
                .satisfies(a -> assertThat(a.locked()).isFalse());
    }

    @Test
    void deleting_an_account_deletes_its_offers_and_revisions() {
        TestUsers.signInAs(accounts, "root");
        var alice = TestUsers.signInAs(accounts, "alice");
        offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        TestUsers.signInAs(accounts, "root");

        admin.delete(alice.id());

        assertThat(jdbc.queryForObject("select count(*) from offer where owner_id = ?", Integer.class, alice.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from offer_revision", Integer.class))
                .isZero();
        assertThat(accounts.findByUsername("alice")).isEmpty();
    }
}
