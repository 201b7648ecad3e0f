package com.offerbook.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SessionRow;
import com.vaadin.flow.component.button.Button;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class SessionsViewTest extends BrowserlessTestBase {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSessions sessions;

    @Test
    void lists_the_users_own_sessions_and_ends_one() {
        TestUsers.register(accounts, "alice", "bob");
        var alice = accounts.findByUsername("alice").orElseThrow().id();
        var bob = accounts.findByUsername("bob").orElseThrow().id();
        var laptop = sessions.start(alice, FIREFOX, "198.51.100.7");
        sessions.start(alice, null, "203.0.113.9");
        sessions.start(bob, FIREFOX, "192.0.2.1");

        var view = navigate(SessionsView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        var rows =
                IntStream.range(0, 2).mapToObj(i -> test(view.grid).getRow(i)).toList();
        assertThat(rows).extracting(SessionRow::address).containsExactlyInAnyOrder("198.51.100.7", "203.0.113.9");

        var laptopRow = rows.indexOf(
                rows.stream().filter(r -> r.id() == laptop).findFirst().orElseThrow());
        test((Button) test(view.grid).getCellComponent(laptopRow, 4)).click();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).address()).isEqualTo("203.0.113.9");
        assertThat(view.notice.getText()).isEqualTo("Session ended.");
    }

    @Test
    void signs_out_everywhere_else() {
        TestUsers.register(accounts, "alice");
        var alice = accounts.findByUsername("alice").orElseThrow().id();
        sessions.start(alice, FIREFOX, "198.51.100.7");
        sessions.start(alice, FIREFOX, "198.51.100.8");
        var view = navigate(SessionsView.class);

        test(view.endOthers).click();

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.notice.getText()).isEqualTo("2 other session(s) ended.");
    }
}
