package com.offerbook.currencies.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class RatesViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void accounts() {
        TestUsers.register(accounts, "root", "alice"); // root is the administrator, alice an ordinary user
    }

    @Test
    void rates_view_lists_the_stored_rates_without_edit_buttons_for_ordinary_users() {
        var view = navigate(RatesView.class);

        assertThat(test(view.grid).size()).isEqualTo(5);
        assertThat(test(view.grid).getCellText(3, 1)).isEqualTo("1 GBP = 1.27 USD");
        assertThat($(Button.class).withId("edit-rate-GBP").exists()).isFalse();
    }
}
