package com.offerbook.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts of people who sign in through an OpenID Connect provider (issue 17). The first sign-in of a
 * provider's subject creates an account linked to (issuer, subject); every later one finds that account by the same
 * pair and nothing else: never by e-mail or user name, so nobody at the provider can take over an account that happens
 * to carry their name. The account gets a user name of its own (the provider's preferred one when it is free and
 * valid, else a numbered or generated one) and no usable password, so it signs in only through the provider; its name
 * is taken for sign-up like any other.
 */
@Service
public class SsoAccounts {

    /** How many numbered variants of a taken name are tried before a generated one. */
    private static final int NUMBERED_TRIES = 50;

    private static final String FALLBACK_NAME = "user";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The password hash of an account made by single sign-on: no Argon2 hash, so no password matches it
     * (Spring's Argon2PasswordEncoder refuses an empty hash).
     */
    static final String NO_PASSWORD = "";

    private final AccountRepository accounts;
    private final SsoIdentityRepository identities;
    private final Clock clock;

    SsoAccounts(AccountRepository accounts, SsoIdentityRepository identities, Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.clock = clock;
    }

    /**
     * The account linked to {@code subject} at {@code issuer}, created (and linked) at the first sign-in. With
     * {@code administrator} the account is (or becomes) an administrator; without it, its role stays as it is
     * (an administrator made earlier is not demoted: the last administrator must stay).
     *
     * @param preferredName the provider's {@code preferred_username}, if any: only a suggestion for a new account
     * @return the principal for the session; the caller refuses a locked one
     */
    @Transactional
    public synchronized SignedInUser signIn(
            String issuer, String subject, @Nullable String preferredName, boolean administrator) {
        if (issuer.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("An identity needs an issuer and a subject");
        }
        if (issuer.length() > SsoIdentity.ISSUER_MAX_LENGTH || subject.length() > SsoIdentity.SUBJECT_MAX_LENGTH) {
            throw new IllegalArgumentException("Issuer or subject too long");
        }
        var account = identities
                .findByIssuerAndSubject(issuer, subject)
                .flatMap(identity -> accounts.findById(identity.getAccountId()))
                .orElseGet(() -> create(issuer, subject, preferredName));
        if (administrator && account.getRole() != Role.ADMIN) {
            account.makeAdministrator();
        }
        accounts.recordSignIn(account.getUsernameKey(), clock.instant());
        return principal(account);
    }

    /** The user name of the account linked to {@code subject} at {@code issuer}, if one is. */
    @Transactional(readOnly = true)
    public Optional<String> usernameOf(String issuer, String subject) {
        return identities
                .findByIssuerAndSubject(issuer, subject)
                .flatMap(identity -> accounts.findById(identity.getAccountId()))
                .map(UserAccount::getUsername);
    }

    /** Whether the account signs in through a provider (and so has no password to change). */
    @Transactional(readOnly = true)
    public boolean isSsoAccount(long accountId) {
        return identities.existsByAccountId(accountId);
    }

    private UserAccount create(String issuer, String subject, @Nullable String preferredName) {
        var role = accounts.count() == 0 ? Role.ADMIN : Role.USER;
        var account =
                accounts.saveAndFlush(new UserAccount(freeUsername(preferredName), NO_PASSWORD, role, clock.instant()));
        identities.saveAndFlush(
                new SsoIdentity(Objects.requireNonNull(account.getId()), issuer, subject, clock.instant()));
        return account;
    }

    /** The preferred name when it is valid and free; else the name numbered (name-2, name-3 …); else generated. */
    String freeUsername(@Nullable String preferredName) {
        var base = usable(preferredName).orElse(FALLBACK_NAME);
        if (isFree(base)) {
            return base;
        }
        for (int number = 2; number < NUMBERED_TRIES + 2; number++) {
            var suffix = "-" + number;
            var candidate = cut(base, UserAccount.USERNAME_MAX_LENGTH - suffix.length()) + suffix;
            if (isFree(candidate)) {
                return candidate;
            }
        }
        while (true) {
            var suffix = "-" + Long.toString(RANDOM.nextLong() >>> 1, 36);
            var candidate = cut(base, UserAccount.USERNAME_MAX_LENGTH - suffix.length()) + suffix;
            if (isFree(candidate)) {
                return candidate;
            }
        }
    }

    private boolean isFree(String name) {
        return AccountService.usernameProblem(name).isEmpty() && !accounts.existsByUsernameKey(Usernames.key(name));
    }

    /** The preferred name with the characters a user name may not hold left out, or empty when too little is left. */
    private static Optional<String> usable(@Nullable String preferredName) {
        if (preferredName == null) {
            return Optional.empty();
        }
        var kept = new StringBuilder();
        Usernames.normalise(preferredName).codePoints().forEach(point -> {
            var character = Character.toString(point);
            if (character.matches(UserAccount.USERNAME_PATTERN)) {
                kept.append(character);
            }
        });
        var name = cut(kept.toString(), UserAccount.USERNAME_MAX_LENGTH);
        return AccountService.usernameProblem(name).isEmpty() ? Optional.of(name) : Optional.empty();
    }

    /** At most {@code length} chars, never splitting a character outside the Basic Multilingual Plane. */
    private static String cut(String name, int length) {
        var end = 0;
        while (end < name.length()) {
            var next = name.offsetByCodePoints(end, 1);
            if (next > length) {
                break;
            }
            end = next;
        }
        return name.substring(0, end);
    }

    private static SignedInUser principal(UserAccount account) {
        return new SignedInUser(
                Objects.requireNonNull(account.getId()),
                account.getUsername(),
                "",
                account.isLocked(),
                account.getSessionEpoch(),
                List.of(new SimpleGrantedAuthority(
                        "ROLE_" + account.getRole().name().toUpperCase(Locale.ROOT))));
    }
}
