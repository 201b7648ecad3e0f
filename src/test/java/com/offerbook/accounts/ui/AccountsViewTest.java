package com.offerbook.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class AccountsViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void rootAndAlice() {
        TestUsers.register(accounts, "root", "alice");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void an_administrator_sees_every_account_and_locks_one() {
        var view = navigate(AccountsView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        var actions = test(view.grid).getCellComponent(0, 5);
        test((Button) actions.getChildren().findFirst().orElseThrow()).click();

        assertThat(test(view.grid).getRow(0).username()).isEqualTo("alice");
        assertThat(test(view.grid).getRow(0).locked()).isTrue();
    }

    @Test
    @WithMockUser(username = "alice", roles = "USER")
    void an_ordinary_user_cannot_open_the_accounts_page() {
        navigate("admin/accounts", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class);
    }
}
