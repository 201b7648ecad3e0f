package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.accounts.SignupException.Field;
import java.sql.Timestamp;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
class AccountServiceTest {

    private static final String GOOD_PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void new_account_stores_an_argon2id_hash_at_the_owasp_minimum_never_the_password() {
        var account = accounts.register(new SignupRequest("alice", GOOD_PASSWORD, GOOD_PASSWORD));

        var hash =
                jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, account.id());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(GOOD_PASSWORD);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // real commits from several threads
    void sign_ins_of_one_account_at_the_same_moment_all_succeed() throws Exception {
        var account = accounts.register(new SignupRequest("twodevices", GOOD_PASSWORD, GOOD_PASSWORD));
        try (var pool = Executors.newFixedThreadPool(8)) {
            var calls = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> accounts.recordSignIn("TwoDevices")))
                    .toList();
            for (var call : calls) {
                call.get(); // rethrows what a sign-in threw (it used to be an optimistic-locking failure)
            }
        } finally {
            var lastSignIn = jdbc.queryForObject(
                    "select last_sign_in_at from user_account where id = ?", Timestamp.class, account.id());
            jdbc.update("delete from user_account where id = ?", account.id());
            assertThat(lastSignIn).isNotNull();
        }
    }

    @Test
    void first_account_is_the_administrator_and_later_ones_are_users() {
        var first = accounts.register(new SignupRequest("first", GOOD_PASSWORD, GOOD_PASSWORD));
        var second = accounts.register(new SignupRequest("second", GOOD_PASSWORD, GOOD_PASSWORD));

        assertThat(first.role()).isEqualTo(Role.ADMIN);
        assertThat(second.role()).isEqualTo(Role.USER);
    }

    @Test
    void duplicate_username_is_refused_whatever_its_case() {
        accounts.register(new SignupRequest("alice", GOOD_PASSWORD, GOOD_PASSWORD));

        assertThatThrownBy(() -> accounts.register(new SignupRequest("  ALICE ", GOOD_PASSWORD, GOOD_PASSWORD)))
                .isInstanceOfSatisfying(SignupException.class, e -> {
                    assertThat(e.field()).isEqualTo(Field.USERNAME);
                    assertThat(e.getMessage()).contains("taken");
                });
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void password_shorter_than_12_characters_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> accounts.register(new SignupRequest("bob", "elevenchars", "elevenchars")))
                .isInstanceOfSatisfying(
                        SignupException.class, e -> assertThat(e.field()).isEqualTo(Field.PASSWORD));
        assertThat(accounts.findByUsername("bob")).isEmpty();
    }

    @Test
    void password_of_exactly_12_and_128_characters_is_accepted_but_129_is_not() {
        accounts.register(new SignupRequest("twelve", "x".repeat(12), "x".repeat(12)));
        accounts.register(new SignupRequest("long", "y".repeat(128), "y".repeat(128)));

        assertThatThrownBy(() -> accounts.register(new SignupRequest("toolong", "z".repeat(129), "z".repeat(129))))
                .isInstanceOf(SignupException.class);
    }

    @Test
    void password_equal_to_the_username_is_refused() {
        assertThatThrownBy(
                        () -> accounts.register(new SignupRequest("averylongname", "AveryLongName", "AveryLongName")))
                .isInstanceOfSatisfying(
                        SignupException.class, e -> assertThat(e.getMessage()).contains("username"));
    }

    @Test
    void confirmation_that_differs_is_refused() {
        assertThatThrownBy(() -> accounts.register(new SignupRequest("carol", GOOD_PASSWORD, GOOD_PASSWORD + "!")))
                .isInstanceOfSatisfying(
                        SignupException.class, e -> assertThat(e.field()).isEqualTo(Field.PASSWORD_CONFIRMATION));
    }

    @Test
    void password_change_needs_the_current_password_and_follows_the_signup_rules() {
        accounts.register(new SignupRequest("judy", GOOD_PASSWORD, GOOD_PASSWORD));
        var before =
                jdbc.queryForObject("select password_hash from user_account where username = 'judy'", String.class);

        assertThatThrownBy(() -> accounts.changePassword(
                        "judy", "wrong current password", "a brand new passphrase", "a brand new passphrase"))
                .isInstanceOfSatisfying(
                        SignupException.class, e -> assertThat(e.field()).isEqualTo(Field.CURRENT_PASSWORD));
        assertThatThrownBy(() -> accounts.changePassword("judy", GOOD_PASSWORD, "short", "short"))
                .isInstanceOfSatisfying(
                        SignupException.class, e -> assertThat(e.field()).isEqualTo(Field.PASSWORD));
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'judy'", String.class))
                .isEqualTo(before);

        accounts.changePassword("judy", GOOD_PASSWORD, "a brand new passphrase", "a brand new passphrase");
        assertThat(accounts.findByUsername("judy")).isPresent();
        var after = jdbc.queryForObject("select password_hash from user_account where username = 'judy'", String.class);
        assertThat(after).isNotEqualTo(before).startsWith("$argon2id$");
    }

    @Test
    void username_with_spaces_or_markup_is_refused() {
        assertThatThrownBy(() -> accounts.register(new SignupRequest("<b>dave</b>", GOOD_PASSWORD, GOOD_PASSWORD)))
                .isInstanceOfSatisfying(
                        SignupException.class, e -> assertThat(e.field()).isEqualTo(Field.USERNAME));
        assertThatThrownBy(() -> accounts.register(new SignupRequest("da ve", GOOD_PASSWORD, GOOD_PASSWORD)))
                .isInstanceOf(SignupException.class);
    }

    @Test
    void a_name_that_normalises_to_a_taken_one_is_refused() {
        accounts.register(new SignupRequest("alice", GOOD_PASSWORD, GOOD_PASSWORD));

        // Fullwidth letters (NFKC makes them plain), a dotless i (folds to i), a long s (folds to s).
        for (var lookalike : new String[] {"\uFF41lice", "al\u0131ce", "ALICE"}) {
            assertThatThrownBy(() -> accounts.register(new SignupRequest(lookalike, GOOD_PASSWORD, GOOD_PASSWORD)))
                    .as(lookalike)
                    .isInstanceOfSatisfying(SignupException.class, e -> {
                        assertThat(e.field()).isEqualTo(Field.USERNAME);
                        assertThat(e.getMessage()).contains("taken");
                    });
        }
        accounts.register(new SignupRequest("ro\u017Fa", GOOD_PASSWORD, GOOD_PASSWORD));
        assertThatThrownBy(() -> accounts.register(new SignupRequest("rosa", GOOD_PASSWORD, GOOD_PASSWORD)))
                .hasMessageContaining("taken");
    }

    @Test
    void a_name_that_mixes_scripts_is_refused_but_one_script_is_fine() {
        accounts.register(new SignupRequest("alice", GOOD_PASSWORD, GOOD_PASSWORD));

        // A Cyrillic "a" in front of Latin "lice": looks like alice, is not.
        assertThatThrownBy(() -> accounts.register(new SignupRequest("\u0430lice", GOOD_PASSWORD, GOOD_PASSWORD)))
                .isInstanceOfSatisfying(SignupException.class, e -> {
                    assertThat(e.field()).isEqualTo(Field.USERNAME);
                    assertThat(e.getMessage()).contains("one script");
                });
        assertThat(accounts.findByUsername("\u0430lice")).isEmpty();

        assertThat(accounts.register(new SignupRequest("\u0430\u043B\u0438\u0441\u0430", GOOD_PASSWORD, GOOD_PASSWORD))
                        .username())
                .isEqualTo("\u0430\u043B\u0438\u0441\u0430");
        assertThat(accounts.register(new SignupRequest("\u5C71\u7530\u305F\u308D\u3046", GOOD_PASSWORD, GOOD_PASSWORD))
                        .username())
                .as("Han with Hiragana is one writing system (UTS #39, highly restrictive)")
                .isEqualTo("\u5C71\u7530\u305F\u308D\u3046");
        assertThat(accounts.register(new SignupRequest("bob_2026@home", GOOD_PASSWORD, GOOD_PASSWORD))
                        .username())
                .isEqualTo("bob_2026@home");
    }

    @Test
    void sign_ups_from_one_address_are_limited_and_other_addresses_are_not() {
        accounts.register(new SignupRequest("carol", GOOD_PASSWORD, GOOD_PASSWORD));
        var probe = new SignupRequest("carol", GOOD_PASSWORD, GOOD_PASSWORD);

        for (int i = 0; i < SignupAttempts.MAX_PER_ADDRESS; i++) {
            assertThatThrownBy(() -> accounts.register(probe, "198.51.100.201")).hasMessageContaining("taken");
        }

        assertThatThrownBy(() -> accounts.register(probe, "198.51.100.201"))
                .isInstanceOfSatisfying(SignupException.class, e -> {
                    assertThat(e.getMessage()).contains("Too many").doesNotContain("taken");
                });
        assertThatThrownBy(() ->
                        accounts.register(new SignupRequest("dave", GOOD_PASSWORD, GOOD_PASSWORD), "198.51.100.201"))
                .hasMessageContaining("Too many");
        assertThat(accounts.findByUsername("dave")).isEmpty();
        assertThat(accounts.register(new SignupRequest("dave", GOOD_PASSWORD, GOOD_PASSWORD), "198.51.100.202")
                        .username())
                .isEqualTo("dave");
    }
}
