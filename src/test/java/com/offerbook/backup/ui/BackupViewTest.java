package com.offerbook.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class BackupViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void rootAndAlice() {
        TestUsers.register(accounts, "root", "alice");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void on_a_database_it_cannot_copy_the_page_says_what_to_use_instead() {
        var view = navigate(BackupView.class);

        assertThat(view.backUp.isEnabled()).isFalse();
        assertThat($(Paragraph.class).first().getText()).contains("pg_dump");
    }

    @Test
    @WithMockUser(username = "alice", roles = "USER")
    void an_ordinary_user_cannot_open_the_backup_page() {
        navigate("admin/backup", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(BackupView.class);
    }
}
