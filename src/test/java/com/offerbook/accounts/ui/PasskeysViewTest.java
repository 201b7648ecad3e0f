package com.offerbook.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.PasskeyFixtures;
import com.offerbook.accounts.PasskeyRow;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

@WithMockUser(username = "alice")
class PasskeysViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    PublicKeyCredentialUserEntityRepository users;

    @Autowired
    UserCredentialRepository credentials;

    @Test
    void lists_the_users_own_passkeys_and_removes_one() {
        TestUsers.register(accounts, "alice", "bob");
        PasskeyFixtures.register(users, credentials, "alice", "Laptop", Instant.parse("2030-01-01T10:00:00Z"));
        var phone =
                PasskeyFixtures.register(users, credentials, "alice", "Phone", Instant.parse("2030-01-02T10:00:00Z"));
        PasskeyFixtures.register(users, credentials, "bob", "Bob's key", Instant.parse("2030-01-03T10:00:00Z"));

        var view = navigate(PasskeysView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Laptop");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Not yet");
        test((Button) test(view.grid).getCellComponent(0, 3)).click();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0)).extracting(PasskeyRow::id).isEqualTo(phone.toBase64UrlString());
        assertThat(view.notice.getText()).isEqualTo("Passkey \"Laptop\" removed; it no longer signs in.");
    }

    @Test
    void a_passkey_without_a_name_is_refused_before_the_browser_is_asked() {
        TestUsers.register(accounts, "alice");
        var view = navigate(PasskeysView.class);

        test(view.add).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("Give the passkey a name");
        assertThat(test(view.grid).size()).isZero();
    }
}
