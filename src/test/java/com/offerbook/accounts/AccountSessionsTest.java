package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Your sessions": listing and ending, always within the signed-in account. */
@DatabaseTest
class AccountSessionsTest {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSessions sessions;

    @Test
    void a_user_lists_only_their_own_sessions_and_another_users_cannot_be_ended() {
        var alice = TestUsers.signInAs(accounts, "alice");
        var laptop = sessions.start(alice.id(), FIREFOX, "198.51.100.7");
        var phone = sessions.start(alice.id(), IPHONE, "203.0.113.9");
        var bob = TestUsers.signInAs(accounts, "bob");
        var bobs = sessions.start(bob.id(), FIREFOX, "192.0.2.1");

        TestUsers.signInAs(accounts, "alice");
        var listed = sessions.listForCurrentUser(laptop);
        assertThat(listed).extracting(SessionRow::id).containsExactlyInAnyOrder(laptop, phone);
        assertThat(listed).filteredOn(SessionRow::current).singleElement().satisfies(row -> {
            assertThat(row.device()).isEqualTo("Firefox on Linux");
            assertThat(row.address()).isEqualTo("198.51.100.7");
        });
        assertThat(listed)
                .filteredOn(row -> row.id() == phone)
                .singleElement()
                .extracting(SessionRow::device)
                .isEqualTo("Safari on iPhone");

        assertThatThrownBy(() -> sessions.endForCurrentUser(bobs)).isInstanceOf(NotFoundException.class);
        assertThat(sessions.endOthersForCurrentUser(laptop)).isEqualTo(1);

        TestUsers.signInAs(accounts, "bob");
        assertThat(sessions.listForCurrentUser(bobs)).extracting(SessionRow::id).containsExactly(bobs);
        assertThat(sessions.standing(bob.id(), 0, bobs)).isEqualTo(SessionStanding.VALID);
    }

    @Test
    void an_ended_session_no_longer_stands_and_the_others_do() {
        var alice = TestUsers.signInAs(accounts, "alice");
        var laptop = sessions.start(alice.id(), FIREFOX, "198.51.100.7");
        var phone = sessions.start(alice.id(), IPHONE, "203.0.113.9");

        sessions.endForCurrentUser(phone);

        assertThat(sessions.standing(alice.id(), 0, phone)).isEqualTo(SessionStanding.ENDED_ELSEWHERE);
        assertThat(sessions.standing(alice.id(), 0, laptop)).isEqualTo(SessionStanding.VALID);
        assertThat(sessions.standing(alice.id(), 1, laptop)).isEqualTo(SessionStanding.ENDED);
        assertThatThrownBy(() -> sessions.endForCurrentUser(phone)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_session_of_one_account_cannot_stand_for_another() {
        var alice = TestUsers.signInAs(accounts, "alice");
        var bob = TestUsers.signInAs(accounts, "bob");
        var alices = sessions.start(alice.id(), FIREFOX, "198.51.100.7");

        assertThat(sessions.standing(bob.id(), 0, alices)).isNotEqualTo(SessionStanding.VALID);
    }

    @Test
    void a_forgotten_session_disappears_from_the_list() {
        var alice = TestUsers.signInAs(accounts, "alice");
        var laptop = sessions.start(alice.id(), null, "198.51.100.7");

        sessions.forget(laptop);

        assertThat(sessions.listForCurrentUser(null)).isEmpty();
    }
}
