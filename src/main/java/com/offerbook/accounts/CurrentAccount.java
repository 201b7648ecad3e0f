package com.offerbook.accounts;

import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The id of the signed-in account, for the services of this package whose views cannot ask security.CurrentUser
 * (security depends on accounts). Looked up by name, as AccountAdminService does, so it also holds for test users.
 */
@Component
class CurrentAccount {

    private final AccountRepository accounts;

    CurrentAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** @throws AccessDeniedException when nobody is signed in or the account no longer exists */
    long id() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Not signed in");
        }
        return accounts.findByUsernameKey(Usernames.key(authentication.getName()))
                .map(account -> Objects.requireNonNull(account.getId()))
                .orElseThrow(() -> new AccessDeniedException("Account no longer exists"));
    }
}
