package com.offerbook.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class BackupServiceTest {

    @Autowired
    BackupService backups;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void only_administrators_back_up_and_a_database_that_is_not_an_h2_file_is_explained() {
        TestUsers.signInAs(accounts, "root"); // first account: administrator
        var alice = TestUsers.signInAs(accounts, "alice");
        assertThat(alice.isAdmin()).isFalse();
        assertThatThrownBy(backups::backUp).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(backups::list).isInstanceOf(AccessDeniedException.class);

        TestUsers.signInAs(accounts, "root");
        // The tests run on an in-memory H2 database (or PostgreSQL): nothing to copy from here.
        assertThat(backups.supported()).isFalse();
        assertThatThrownBy(backups::backUp).isInstanceOf(IOException.class).hasMessageContaining("its own tools");
    }
}
