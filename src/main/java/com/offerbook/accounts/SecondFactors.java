package com.offerbook.accounts;

import com.offerbook.base.Limits;
import com.offerbook.base.SecretTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of password sign-in: an authenticator app (RFC 6238 codes, {@link Totp}) with single-use
 * recovery codes. Methods named "ForCurrentUser" act on the signed-in account (the account page); the others take
 * the account of a sign-in in progress ({@link PendingSignIn}) and are called by the sign-in steps only.
 *
 * <p>A code is accepted for the current 30-second step and one step either side (clocks drift, people type slowly),
 * and only for a step later than the last accepted one, so every code works once. Recovery codes carry 80 random bits
 * and are stored as SHA-256 ({@link SecretTokens#hash}): with that much entropy a fast hash cannot be searched back,
 * and a sign-in compares one indexed hash instead of running Argon2 ten times (docs/decisions/017-second-factor.md).
 */
@Service
public class SecondFactors {

    /** Steps either side of the current one whose codes are still accepted. */
    static final int DRIFT_STEPS = 1;

    private static final String ISSUER = "Offerbook";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TotpRepository authenticators;
    private final RecoveryCodeRepository recoveryCodes;
    private final AccountRepository accounts;
    private final CurrentAccount currentAccount;
    private final PasswordEncoder passwordEncoder;
    private final SecondFactorProperties properties;
    private final Passkeys passkeys;
    private final Clock clock;

    SecondFactors(
            TotpRepository authenticators,
            RecoveryCodeRepository recoveryCodes,
            AccountRepository accounts,
            CurrentAccount currentAccount,
            PasswordEncoder passwordEncoder,
            SecondFactorProperties properties,
            Passkeys passkeys,
            Clock clock) {
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.currentAccount = currentAccount;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.passkeys = passkeys;
        this.clock = clock;
    }

    /** Whether administrators require a second factor of every account ({@link SecondFactorProperties}). */
    public boolean required() {
        return properties.required();
    }

    /**
     * Whether the account has a second factor that password sign-in can ask for or that satisfies
     * {@link #required()}: an authenticator app or a passkey (a passkey signs in on its own and is itself two factors,
     * the device and its lock).
     */
    @Transactional(readOnly = true)
    public boolean hasSecondFactor(long accountId) {
        return hasAuthenticatorApp(accountId) || passkeys.hasPasskey(accountId);
    }

    /** Whether the account has a passkey (issue 17). */
    @Transactional(readOnly = true)
    public boolean hasPasskey(long accountId) {
        return passkeys.hasPasskey(accountId);
    }

    /** Whether password sign-in asks this account for a code. */
    @Transactional(readOnly = true)
    public boolean hasAuthenticatorApp(long accountId) {
        return authenticators.existsById(accountId);
    }

    /** A fresh secret for {@code username}'s authenticator app; nothing is stored until a code confirms it. */
    public TotpSetup newSetup(String username) {
        var secret = Totp.newSecret();
        var label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8)
                .replace("+", "%20");
        var uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new TotpSetup(secret, uri);
    }

    @Transactional(readOnly = true)
    public SecondFactorStatus statusForCurrentUser() {
        var accountId = currentAccount.id();
        return new SecondFactorStatus(
                hasAuthenticatorApp(accountId), recoveryCodes.countByAccountId(accountId), required());
    }

    /**
     * Turns the authenticator app on for the signed-in user once {@code code} proves the app holds {@code secret}.
     *
     * @return the new recovery codes, to be shown once: only their hashes are kept
     * @throws SecondFactorException when the code does not match or an app is already set up
     */
    @Transactional
    public List<String> enableForCurrentUser(String secret, String code) {
        return enable(currentAccount.id(), secret, code);
    }

    /** As {@link #enableForCurrentUser}, for a sign-in that administrators sent to set up a second factor. */
    @Transactional
    public List<String> enableDuringSignIn(PendingSignIn pending, String secret, String code) {
        if (pending.step() != PendingSignIn.Step.ENROL || pending.expired(clock.instant())) {
            throw new SecondFactorException("This sign-in has lapsed. Sign in again.");
        }
        return enable(pending.accountId(), secret, code);
    }

    private List<String> enable(long accountId, String secret, String code) {
        if (authenticators.existsById(accountId)) {
            throw new SecondFactorException("An authenticator app is set up already. Turn it off first.");
        }
        byte[] key;
        try {
            key = Totp.fromBase32(secret);
        } catch (IllegalArgumentException notBase32) {
            throw new SecondFactorException("This setup is not valid. Start again.");
        }
        var step = matchingStep(key, code, Long.MIN_VALUE)
                .orElseThrow(() -> new SecondFactorException(
                        "This code does not match. Check the time on your phone and type the code shown now."));
        authenticators.save(new TotpAuthenticator(accountId, Totp.base32(key), step, clock.instant()));
        return replaceRecoveryCodes(accountId);
    }

    /**
     * Checks a code of a sign-in in progress: a 6-digit code of the account's app, used at most once, or one of its
     * recovery codes, which is used up. Throttling is the caller's (the sign-in step counts every failure).
     */
    @Transactional
    public boolean verify(long accountId, String code) {
        var typed = code.strip().replace(" ", "");
        if (typed.length() == Totp.DIGITS && typed.chars().allMatch(Character::isDigit)) {
            var app = authenticators.findById(accountId);
            if (app.isEmpty()) {
                return false;
            }
            var step = matchingStep(
                    Totp.fromBase32(app.get().getSecret()), typed, app.get().getLastUsedStep());
            return step.isPresent() && authenticators.claimStep(accountId, step.getAsLong()) == 1;
        }
        var normalised = normaliseRecoveryCode(typed);
        if (normalised.length() != RECOVERY_CODE_LENGTH || !authenticators.existsById(accountId)) {
            return false;
        }
        return recoveryCodes.use(accountId, SecretTokens.hash(normalised)) == 1;
    }

    /**
     * Turns the signed-in user's authenticator app off and deletes the recovery codes; its codes no longer work.
     * Needs the password or a current code (or a recovery code), so that a session left open is not enough.
     *
     * @throws SecondFactorException when neither matches, or no app is set up
     */
    @Transactional
    public void disableForCurrentUser(String passwordOrCode) {
        var accountId = currentAccount.id();
        if (!authenticators.existsById(accountId)) {
            throw new SecondFactorException("No authenticator app is set up.");
        }
        // The account must keep a second factor where administrators require one: a passkey will do.
        if (required() && !passkeys.hasPasskey(accountId)) {
            throw new SecondFactorException("Administrators require a second factor here, so the authenticator app "
                    + "cannot be turned off while you have no passkey.");
        }
        var account = accounts.findById(accountId).orElseThrow();
        if (!passwordEncoder.matches(passwordOrCode, account.getPasswordHash()) && !verify(accountId, passwordOrCode)) {
            throw new SecondFactorException("This is neither your password nor a current code.");
        }
        recoveryCodes.deleteAllOf(accountId);
        authenticators.deleteById(accountId);
        authenticators.flush();
    }

    /**
     * New recovery codes for the signed-in user in place of the old ones, which stop working.
     *
     * @throws SecondFactorException when no authenticator app is set up
     */
    @Transactional
    public List<String> newRecoveryCodesForCurrentUser() {
        var accountId = currentAccount.id();
        if (!authenticators.existsById(accountId)) {
            throw new SecondFactorException("Set up an authenticator app first.");
        }
        return replaceRecoveryCodes(accountId);
    }

    /** Characters of a recovery code without its dashes: 16 Base32 characters, 80 bits. */
    static final int RECOVERY_CODE_LENGTH = 16;

    private List<String> replaceRecoveryCodes(long accountId) {
        recoveryCodes.deleteAllOf(accountId);
        var shown = new ArrayList<String>(Limits.RECOVERY_CODES);
        for (int i = 0; i < Limits.RECOVERY_CODES; i++) {
            var bytes = new byte[RECOVERY_CODE_LENGTH * 5 / 8];
            RANDOM.nextBytes(bytes);
            var code = Totp.base32(bytes);
            recoveryCodes.save(new RecoveryCode(accountId, SecretTokens.hash(code)));
            shown.add(String.join(
                    "-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12)));
        }
        return List.copyOf(shown);
    }

    private static String normaliseRecoveryCode(String typed) {
        return typed.replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** The step within the drift window after {@code after} whose code is {@code code}, if any. */
    private OptionalLong matchingStep(byte[] key, String code, long after) {
        var typed = code.strip().replace(" ", "");
        var now = Totp.step(clock.instant());
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            var expected = Totp.code(key, step).getBytes(StandardCharsets.US_ASCII);
            if (step > after && MessageDigest.isEqual(expected, typed.getBytes(StandardCharsets.UTF_8))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
