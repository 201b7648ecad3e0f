package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestClock;
import com.offerbook.TestUsers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The authenticator app and recovery codes on a clock the test moves, so every code's time step is known. */
@DatabaseTest
class SecondFactorsTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TotpRepository authenticators;

    @Autowired
    RecoveryCodeRepository recoveryCodes;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    CurrentAccount currentAccount;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Passkeys passkeys;

    final TestClock clock = new TestClock(Instant.parse("2030-03-01T10:00:05Z"));
    SecondFactors secondFactors;
    long aliceId;

    @BeforeEach
    void alice() {
        secondFactors = factors(false);
        aliceId = TestUsers.signInAs(accounts, "alice").id();
    }

    SecondFactors factors(boolean required) {
        return new SecondFactors(
                authenticators,
                recoveryCodes,
                accountRepository,
                currentAccount,
                passwordEncoder,
                new SecondFactorProperties(required),
                passkeys,
                clock);
    }

    String codeNow(String secret) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()));
    }

    String turnOn() {
        var secret = secondFactors.newSetup("alice").secret();
        secondFactors.enableForCurrentUser(secret, codeNow(secret));
        return secret;
    }

    @Test
    void a_confirmed_app_is_on_with_ten_different_recovery_codes_and_a_wrong_code_stores_nothing() {
        var setup = secondFactors.newSetup("alice");
        assertThat(setup.uri())
                .startsWith("otpauth://totp/Offerbook%3Aalice?secret=" + setup.secret())
                .contains("issuer=Offerbook", "digits=6", "period=30");

        assertThatThrownBy(() -> secondFactors.enableForCurrentUser(setup.secret(), "000000"))
                .isInstanceOf(SecondFactorException.class);
        assertThat(secondFactors.hasSecondFactor(aliceId)).isFalse();

        var codes = secondFactors.enableForCurrentUser(setup.secret(), codeNow(setup.secret()));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"));
        assertThat(secondFactors.hasSecondFactor(aliceId)).isTrue();
        assertThat(secondFactors.statusForCurrentUser()).isEqualTo(new SecondFactorStatus(true, 10, false));
    }

    @Test
    void a_code_works_once_and_a_replayed_code_within_its_window_is_refused() {
        var secret = turnOn();
        // The setup's own code was used at this step: the same code again is a replay.
        assertThat(secondFactors.verify(aliceId, codeNow(secret))).isFalse();

        clock.advance(Duration.ofSeconds(30));
        var code = codeNow(secret);
        assertThat(secondFactors.verify(aliceId, code)).isTrue();
        assertThat(secondFactors.verify(aliceId, code)).isFalse();

        clock.advance(Duration.ofSeconds(20)); // the same code is still within the drift window
        assertThat(secondFactors.verify(aliceId, code)).isFalse();
    }

    @Test
    void an_older_code_is_refused_once_a_newer_one_was_used() {
        var secret = turnOn();
        clock.advance(Duration.ofSeconds(30));
        var older = codeNow(secret);
        clock.advance(Duration.ofSeconds(30));

        assertThat(secondFactors.verify(aliceId, codeNow(secret))).isTrue();
        assertThat(secondFactors.verify(aliceId, older)).isFalse();
    }

    @Test
    void a_code_from_a_step_a_minute_away_is_refused() {
        var secret = turnOn();
        var key = Totp.fromBase32(secret);
        var now = Totp.step(clock.instant());

        assertThat(secondFactors.verify(aliceId, Totp.code(key, now + 2))).isFalse();
        assertThat(secondFactors.verify(aliceId, Totp.code(key, now + 1))).isTrue();
    }

    @Test
    void a_recovery_code_works_once_however_it_is_typed() {
        var secret = secondFactors.newSetup("alice").secret();
        var codes = secondFactors.enableForCurrentUser(secret, codeNow(secret));

        assertThat(secondFactors.verify(
                        aliceId, " " + codes.get(3).toLowerCase().replace("-", "") + " "))
                .isTrue();
        assertThat(secondFactors.verify(aliceId, codes.get(3))).isFalse();
        assertThat(secondFactors.verify(aliceId, "AAAA-AAAA-AAAA-AAAA")).isFalse();
        assertThat(secondFactors.statusForCurrentUser().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void new_recovery_codes_replace_the_old_ones() {
        var secret = secondFactors.newSetup("alice").secret();
        var old = secondFactors.enableForCurrentUser(secret, codeNow(secret));

        var fresh = secondFactors.newRecoveryCodesForCurrentUser();

        assertThat(secondFactors.verify(aliceId, old.get(0))).isFalse();
        assertThat(secondFactors.verify(aliceId, fresh.get(0))).isTrue();
    }

    @Test
    void turning_off_needs_the_password_or_a_code_and_then_the_removed_apps_codes_are_refused() {
        var secret = secondFactors.newSetup("alice").secret();
        var recovery = secondFactors.enableForCurrentUser(secret, codeNow(secret));

        assertThatThrownBy(() -> secondFactors.disableForCurrentUser("not my password"))
                .isInstanceOf(SecondFactorException.class);
        assertThat(secondFactors.hasSecondFactor(aliceId)).isTrue();

        secondFactors.disableForCurrentUser(TestUsers.PASSWORD);
        clock.advance(Duration.ofSeconds(30));

        assertThat(secondFactors.hasSecondFactor(aliceId)).isFalse();
        assertThat(secondFactors.verify(aliceId, codeNow(secret))).isFalse();
        assertThat(secondFactors.verify(aliceId, recovery.get(0))).isFalse();

        // A new app: the removed app's codes stay refused, the new one's work.
        var second = secondFactors.newSetup("alice").secret();
        secondFactors.enableForCurrentUser(second, codeNow(second));
        clock.advance(Duration.ofSeconds(30));
        assertThat(secondFactors.verify(aliceId, codeNow(secret))).isFalse();
        assertThat(secondFactors.verify(aliceId, codeNow(second))).isTrue();
    }

    @Test
    void a_current_code_also_turns_the_app_off() {
        var secret = turnOn();
        clock.advance(Duration.ofSeconds(30));

        secondFactors.disableForCurrentUser(codeNow(secret));

        assertThat(secondFactors.hasSecondFactor(aliceId)).isFalse();
    }

    @Test
    void where_administrators_require_it_the_app_cannot_be_turned_off() {
        turnOn();
        var required = factors(true);

        assertThatThrownBy(() -> required.disableForCurrentUser(TestUsers.PASSWORD))
                .isInstanceOf(SecondFactorException.class)
                .hasMessageContaining("require");
        assertThat(required.hasSecondFactor(aliceId)).isTrue();
    }

    @Test
    void setting_up_during_sign_in_needs_an_unexpired_enrolment() {
        var pending = new PendingSignIn(aliceId, "alice", clock.instant().plusSeconds(60), PendingSignIn.Step.ENROL);
        var secret = secondFactors.newSetup("alice").secret();

        assertThatThrownBy(() -> secondFactors.enableDuringSignIn(
                        new PendingSignIn(aliceId, "alice", clock.instant(), PendingSignIn.Step.ENROL),
                        secret,
                        codeNow(secret)))
                .isInstanceOf(SecondFactorException.class);
        assertThat(secondFactors.enableDuringSignIn(pending, secret, codeNow(secret)))
                .hasSize(10);
        assertThat(secondFactors.hasSecondFactor(aliceId)).isTrue();
    }

    @Test
    void another_users_app_is_not_touched() {
        turnOn();
        var bob = TestUsers.signInAs(accounts, "bob");

        assertThat(secondFactors.statusForCurrentUser().authenticatorApp()).isFalse();
        assertThatThrownBy(() -> secondFactors.disableForCurrentUser(TestUsers.PASSWORD))
                .isInstanceOf(SecondFactorException.class);
        assertThat(secondFactors.hasSecondFactor(aliceId)).isTrue();
        assertThat(secondFactors.hasSecondFactor(bob.id())).isFalse();
    }
}
