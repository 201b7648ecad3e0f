package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.PendingSignIn;
import com.offerbook.accounts.SecondFactorCode;
import com.offerbook.accounts.SecondFactors;
import com.offerbook.accounts.SignedInUser;
import com.offerbook.accounts.Totp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with a second factor, through the application's own authentication manager: the password alone
 * does not sign in, the code step is throttled with the passwords, and administrators' requirement sends an account
 * without a second factor to set one up. Codes are computed from the real clock; the accepted window of one step either
 * side keeps that from depending on when the test runs.
 */
@DatabaseTest
class SecondFactorSignInTest {

    @Autowired
    AuthenticationManager manager;

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    /** Each test its own address too: the address throttle counts across accounts. */
    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    String username;
    String secret;
    String address;

    /** Each test its own account: the throttle's counters live in memory for the whole test run. */
    @BeforeEach
    void accountWithAnApp() {
        username = "totp" + System.nanoTime();
        address = "198.51.100." + ADDRESSES.getAndIncrement();
        TestUsers.signInAs(accounts, username);
        secret = secondFactors.newSetup(username).secret();
        secondFactors.enableForCurrentUser(secret, codeAt(-1));
        TestUsers.signOut();
    }

    /** The code of the step {@code offset} steps from now (the setup used the one before now, so now is unused). */
    String codeAt(int offset) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()) + offset);
    }

    UsernamePasswordAuthenticationToken password(String user, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    PendingSignIn passwordStep() {
        var thrown = catchThrowableOfType(
                SecondFactorRequiredException.class,
                () -> manager.authenticate(password(username, TestUsers.PASSWORD)));
        assertThat(thrown).as("a right password asks for the second factor").isNotNull();
        return thrown.pending();
    }

    Authentication codeStep(PendingSignIn pending, String code) {
        return manager.authenticate(new SecondFactorCode(pending, code, new WebAuthenticationDetails(address, null)));
    }

    @Test
    void a_right_password_alone_does_not_sign_in_and_the_code_then_does() {
        var pending = passwordStep();
        assertThat(pending.step()).isEqualTo(PendingSignIn.Step.CODE);
        assertThat(pending.username()).isEqualTo(username);

        var signedIn = codeStep(pending, codeAt(0));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(signedIn.getName()).isEqualTo(username);
    }

    @Test
    void a_replayed_code_and_a_wrong_code_are_refused() {
        // The same code both times: computed twice, the second could fall in the next 30-second step and be new.
        var code = codeAt(0);
        codeStep(passwordStep(), code);

        assertThatThrownBy(() -> codeStep(passwordStep(), code)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> codeStep(passwordStep(), "123456x")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void after_five_wrong_codes_even_the_right_code_is_refused() {
        var pending = passwordStep();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> codeStep(pending, "000000")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> codeStep(pending, codeAt(0))).isInstanceOf(BadCredentialsException.class);
        // …and so is the right password: the code failures count against the account like password failures.
        assertThatThrownBy(() -> manager.authenticate(password(username, TestUsers.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class)
                .isNotInstanceOf(SecondFactorRequiredException.class);
    }

    @Test
    void a_right_password_does_not_clear_the_failed_codes_before_it() {
        for (int round = 0; round < 2; round++) {
            var pending = passwordStep();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> codeStep(pending, "000000")).isInstanceOf(BadCredentialsException.class);
            }
        }

        assertThatThrownBy(() -> manager.authenticate(password(username, TestUsers.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class)
                .isNotInstanceOf(SecondFactorRequiredException.class);
    }

    @Test
    void a_lapsed_pending_sign_in_is_refused_even_with_the_right_code() {
        var pending = passwordStep();
        var lapsed = new PendingSignIn(
                pending.accountId(), pending.username(), clock.instant().minus(Duration.ofSeconds(1)), pending.step());

        assertThatThrownBy(() -> codeStep(lapsed, codeAt(0))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_pending_sign_in_that_was_to_set_up_an_app_but_did_not_is_refused() {
        var other = "noapp" + System.nanoTime();
        var account = TestUsers.signInAs(accounts, other);
        TestUsers.signOut();
        var notEnrolled =
                new PendingSignIn(account.id(), other, clock.instant().plusSeconds(60), PendingSignIn.Step.ENROLLED);

        assertThatThrownBy(() -> codeStep(notEnrolled, "")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void where_administrators_require_a_second_factor_an_account_without_one_is_sent_to_set_it_up() {
        var other = "plain" + System.nanoTime();
        var account = TestUsers.signInAs(accounts, other);
        TestUsers.signOut();
        var requiring = mock(SecondFactors.class);
        when(requiring.required()).thenReturn(true);
        when(requiring.hasAuthenticatorApp(account.id())).thenReturn(false);
        when(requiring.hasSecondFactor(account.id())).thenReturn(false);
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        var provider = new ThrottlingAuthenticationProvider(
                dao, new LoginAttempts(clock), new SecondFactorStep(requiring, clock));

        var thrown = catchThrowableOfType(
                SecondFactorRequiredException.class, () -> provider.authenticate(password(other, TestUsers.PASSWORD)));

        assertThat(thrown).isNotNull();
        assertThat(thrown.pending().step()).isEqualTo(PendingSignIn.Step.ENROL);
        assertThat(thrown.pending().accountId()).isEqualTo(account.id());

        // Without the requirement the same password signs in directly.
        when(requiring.required()).thenReturn(false);
        assertThat(provider.authenticate(password(other, TestUsers.PASSWORD)).isAuthenticated())
                .isTrue();
    }

    @Test
    void once_set_up_during_sign_in_the_enrolled_step_signs_in() {
        var other = "enrol" + System.nanoTime();
        var account = TestUsers.signInAs(accounts, other);
        TestUsers.signOut();
        var enrol = new PendingSignIn(account.id(), other, clock.instant().plusSeconds(60), PendingSignIn.Step.ENROL);
        var newSecret = secondFactors.newSetup(other).secret();
        secondFactors.enableDuringSignIn(
                enrol, newSecret, Totp.code(Totp.fromBase32(newSecret), Totp.step(clock.instant())));

        var signedIn = codeStep(enrol.enrolled(), "");

        assertThat(signedIn.getName()).isEqualTo(other);
        assertThatThrownBy(() -> codeStep(enrol, "")).isInstanceOf(BadCredentialsException.class);
    }
}
