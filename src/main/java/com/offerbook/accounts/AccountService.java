package com.offerbook.accounts;

import com.offerbook.accounts.SignupException.Field;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and answers questions about them. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final UserPreferenceRepository preferences;
    private final PasswordEncoder passwordEncoder;
    private final SignupProperties signup;
    private final SignupAttempts signupAttempts;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            UserPreferenceRepository preferences,
            PasswordEncoder passwordEncoder,
            SignupProperties signup,
            SignupAttempts signupAttempts,
            Clock clock) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.passwordEncoder = passwordEncoder;
        this.signup = signup;
        this.signupAttempts = signupAttempts;
        this.clock = clock;
    }

    public boolean isSignupEnabled() {
        return signup.enabled();
    }

    /**
     * Creates an account on the instance's own behalf (demo and benchmark data), whether or not sign-up is open.
     * The first account ever created becomes the administrator, all later ones ordinary users.
     *
     * @throws SignupException naming the field at fault when the input breaks a rule
     */
    @Transactional
    public synchronized AccountSummary register(SignupRequest request) {
        var username = Usernames.normalise(request.username());
        checkUsername(username);
        checkPassword(username, request.password(), request.passwordConfirmation());
        if (accounts.existsByUsernameKey(Usernames.key(username))) {
            throw usernameTaken();
        }
        var role = accounts.count() == 0 ? Role.ADMIN : Role.USER;
        var account = new UserAccount(username, hash(request.password()), role, clock.instant());
        try {
            return toSummary(accounts.saveAndFlush(account));
        } catch (DataIntegrityViolationException raceWithAnotherSignup) {
            throw usernameTaken();
        }
    }

    /**
     * A sign-up from the form: refused while sign-up is closed ({@code offerbook.signup.enabled=false}); otherwise as
     * {@link #register(SignupRequest)}, but at most {@value SignupAttempts#MAX_PER_ADDRESS}
     * attempts an hour from one client address.
     */
    @Transactional
    public AccountSummary register(SignupRequest request, String clientAddress) {
        if (!signup.enabled()) {
            throw new SignupException(
                    Field.NONE, "Sign-up is closed on this Offerbook. Ask its administrator for an account.");
        }
        if (!signupAttempts.tryAcquire(clientAddress)) {
            throw new SignupException(
                    Field.NONE, "Too many sign-ups from your network in the last hour. Try again later.");
        }
        return register(request);
    }

    /**
     * Changes the password of {@code username} after checking the current one; the same rules as at sign-up. Every
     * session of the account ends, except the caller's, which goes on with the returned session epoch.
     *
     * @return the account's new session epoch
     * @throws SignupException naming the field at fault; nothing changes then
     */
    @Transactional
    public long changePassword(String username, String currentPassword, String newPassword, String confirmation) {
        var account = accounts.findByUsernameKey(Usernames.key(username))
                .orElseThrow(() -> new SignupException(Field.NONE, "No such account"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new SignupException(Field.CURRENT_PASSWORD, "This is not your current password");
        }
        checkPassword(account.getUsername(), newPassword, confirmation);
        account.changePasswordHash(hash(newPassword));
        return account.getSessionEpoch();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsernameKey(Usernames.key(username)).map(AccountService::toSummary);
    }

    /** An account by id (a share link reads its owner's data as that owner, see CurrentUser#readingAs). */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findById(long accountId) {
        return accounts.findById(accountId).map(AccountService::toSummary);
    }

    /**
     * The account with this id while it may act (it exists and is not locked): for work done for a user without a
     * session of theirs, such as the calendar feed and e-mail reminders (issue 14).
     */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findActive(long accountId) {
        return accounts.findById(accountId)
                .filter(account -> !account.isLocked())
                .map(AccountService::toSummary);
    }

    /**
     * Whether a session of account {@code accountId} that signed in with {@code sessionEpoch} still stands. Asked on
     * every request of a signed-in session: one primary-key look-up of two columns.
     */
    @Transactional(readOnly = true)
    public SessionStanding standing(long accountId, long sessionEpoch) {
        return accounts.findSessionState(accountId)
                .map(state -> state.locked()
                        ? SessionStanding.LOCKED
                        : state.sessionEpoch() == sessionEpoch ? SessionStanding.VALID : SessionStanding.ENDED)
                .orElse(SessionStanding.GONE);
    }

    @Transactional
    public void recordSignIn(String username) {
        accounts.recordSignIn(Usernames.key(username), clock.instant());
    }

    /** The display settings of an account; defaults until the user changes them. */
    @Transactional(readOnly = true)
    public Preferences preferences(long accountId) {
        return preferences.findById(accountId).map(UserPreference::toRecord).orElse(Preferences.defaults());
    }

    @Transactional
    public void savePreferences(long accountId, Preferences changed) {
        preferences
                .findById(accountId)
                .orElseGet(() -> preferences.save(new UserPreference(accountId)))
                .apply(changed);
    }

    /** The checks of the sign-up form, shared with the service so both always agree. */
    public static Optional<String> usernameProblem(String username) {
        var trimmed = Usernames.normalise(username);
        if (trimmed.length() < UserAccount.USERNAME_MIN_LENGTH || trimmed.length() > UserAccount.USERNAME_MAX_LENGTH) {
            return Optional.of("Use %d to %d characters"
                    .formatted(UserAccount.USERNAME_MIN_LENGTH, UserAccount.USERNAME_MAX_LENGTH));
        }
        if (!trimmed.matches(UserAccount.USERNAME_PATTERN)) {
            return Optional.of("Use letters, digits and . _ - @ only");
        }
        return Usernames.scriptProblem(trimmed);
    }

    public static Optional<String> passwordProblem(String username, String password) {
        if (password.length() < UserAccount.PASSWORD_MIN_LENGTH) {
            return Optional.of("Use at least %d characters; a phrase of a few words works well"
                    .formatted(UserAccount.PASSWORD_MIN_LENGTH));
        }
        if (password.length() > UserAccount.PASSWORD_MAX_LENGTH) {
            return Optional.of("Use at most %d characters".formatted(UserAccount.PASSWORD_MAX_LENGTH));
        }
        if (password.equalsIgnoreCase(username.strip())) {
            return Optional.of("The password must not be your username");
        }
        return Optional.empty();
    }

    /** Spring's encoder answers null only for a null password, and a password here is never null. */
    private String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "an encoded non-null password");
    }

    private static void checkUsername(String username) {
        usernameProblem(username).ifPresent(problem -> {
            throw new SignupException(Field.USERNAME, problem);
        });
    }

    private static void checkPassword(String username, String password, String confirmation) {
        passwordProblem(username, password).ifPresent(problem -> {
            throw new SignupException(Field.PASSWORD, problem);
        });
        if (!password.equals(confirmation)) {
            throw new SignupException(Field.PASSWORD_CONFIRMATION, "The two passwords differ");
        }
    }

    private static SignupException usernameTaken() {
        return new SignupException(Field.USERNAME, "This username is taken; choose another one");
    }

    private static AccountSummary toSummary(UserAccount account) {
        return new AccountSummary(Objects.requireNonNull(account.getId()), account.getUsername(), account.getRole());
    }
}
