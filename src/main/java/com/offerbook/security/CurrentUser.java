package com.offerbook.security;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSummary;
import com.offerbook.accounts.Preferences;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in account. Services ask it who is calling instead of trusting an id handed to them, so every
 * query of user data is scoped to the person signed in.
 */
@Component
public class CurrentUser {

    private final AccountService accounts;

    CurrentUser(AccountService accounts) {
        this.accounts = accounts;
    }

    /** @throws AccessDeniedException when nobody is signed in or the account no longer exists */
    public AccountSummary require() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Not signed in");
        }
        return accounts.findByUsername(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("Account no longer exists"));
    }

    public long id() {
        return require().id();
    }

    /** Changes the signed-in user's password; the current one is required. */
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        accounts.changePassword(require().username(), currentPassword, newPassword, confirmation);
    }

    /** The signed-in user's display settings; the defaults while nobody (or no longer existing account) is signed in. */
    public Preferences preferences() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return Preferences.defaults();
        }
        return accounts.findByUsername(authentication.getName()).map(a -> accounts.preferences(a.id())).orElse(Preferences.defaults());
    }

    public void savePreferences(Preferences preferences) {
        accounts.savePreferences(id(), preferences);
    }
}
