package com.offerbook.accounts;

import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 17: the passkeys of an account, kept by Spring Security's WebAuthn repositories ({@link PasskeyStore}). Spring's
 * WebAuthn filters register them and check them at sign-in; this service lists and removes them for the Passkeys page,
 * only ever the signed-in account's own (another account's passkey answers not-found), and tells the sign-in steps
 * whether an account has one (a passkey is a second factor, {@link SecondFactors#hasSecondFactor}).
 *
 * <p>A passkey belongs to the WebAuthn user of its account ({@code user_entities}, named by the account's user name);
 * removing it deletes its row, so the next sign-in with it finds nothing and fails.
 */
@Service
public class Passkeys {

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;
    private final AccountRepository accounts;
    private final TotpRepository authenticators;
    private final CurrentAccount currentAccount;
    private final SecondFactorProperties secondFactor;

    Passkeys(
            PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials,
            AccountRepository accounts,
            TotpRepository authenticators,
            CurrentAccount currentAccount,
            SecondFactorProperties secondFactor) {
        this.users = users;
        this.credentials = credentials;
        this.accounts = accounts;
        this.authenticators = authenticators;
        this.currentAccount = currentAccount;
        this.secondFactor = secondFactor;
    }

    /** The signed-in account's passkeys, oldest first. */
    @Transactional(readOnly = true)
    public List<PasskeyRow> listForCurrentUser() {
        return of(currentAccount.id()).stream()
                .sorted(Comparator.comparing(CredentialRecord::getCreated))
                .map(Passkeys::row)
                .toList();
    }

    /**
     * Removes one of the signed-in account's passkeys; it cannot sign in from now on.
     *
     * @throws NotFoundException when the account has no passkey of this id (another account's included)
     * @throws PasskeyException when administrators require a second factor and this is the account's last one
     */
    @Transactional
    public void removeForCurrentUser(String id) {
        var accountId = currentAccount.id();
        var own = of(accountId);
        var passkey = own.stream()
                .filter(credential ->
                        credential.getCredentialId().toBase64UrlString().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Passkey"));
        if (secondFactor.required() && own.size() == 1 && !authenticators.existsById(accountId)) {
            throw new PasskeyException("Administrators require a second factor here, so your last passkey cannot be "
                    + "removed. Set up an authenticator app or add another passkey first.");
        }
        credentials.delete(passkey.getCredentialId());
    }

    /** Whether the account has at least one passkey. */
    @Transactional(readOnly = true)
    public boolean hasPasskey(long accountId) {
        return !of(accountId).isEmpty();
    }

    /**
     * Checks a new passkey of {@code username} before it is registered: a name of at most
     * {@value Limits#PASSKEY_NAME_MAX} characters, and fewer than {@value Limits#PASSKEYS_PER_ACCOUNT} passkeys.
     *
     * @throws PasskeyException when it may not be added
     */
    @Transactional(readOnly = true)
    public void checkNew(String username, @Nullable String name) {
        nameProblem(name).ifPresent(problem -> {
            throw new PasskeyException(problem);
        });
        var account = accounts.findByUsernameKey(Usernames.key(username))
                .orElseThrow(() -> new PasskeyException("This account no longer exists."));
        if (of(account.getId()).size() >= Limits.PASSKEYS_PER_ACCOUNT) {
            throw new PasskeyException("An account can have at most %d passkeys. Remove one you no longer use first."
                    .formatted(Limits.PASSKEYS_PER_ACCOUNT));
        }
    }

    /** What is wrong with a new passkey's name, if anything. */
    public static Optional<String> nameProblem(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the passkey a name, such as the device it is on.");
        }
        if (name.strip().length() > Limits.PASSKEY_NAME_MAX) {
            return Optional.of("A passkey name has at most %d characters.".formatted(Limits.PASSKEY_NAME_MAX));
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("A passkey name cannot hold control characters.");
        }
        return Optional.empty();
    }

    /**
     * The user name of the account a passkey belongs to, if the credential is known: the sign-in counts a failure with
     * it against that account before the passkey is checked.
     */
    @Transactional(readOnly = true)
    public Optional<String> usernameOf(Bytes credentialId) {
        var credential = credentials.findByCredentialId(credentialId);
        if (credential == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.findById(credential.getUserEntityUserId()))
                .map(PublicKeyCredentialUserEntity::getName);
    }

    private List<CredentialRecord> of(@Nullable Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        return accounts.findById(accountId)
                .map(account -> users.findByUsername(account.getUsername()))
                .map(user -> credentials.findByUserId(user.getId()))
                .orElse(List.of());
    }

    private static PasskeyRow row(CredentialRecord credential) {
        var created = credential.getCreated();
        var lastUsed = credential.getLastUsed();
        return new PasskeyRow(
                credential.getCredentialId().toBase64UrlString(),
                credential.getLabel(),
                created,
                lastUsed.isAfter(created) ? lastUsed : null);
    }
}
