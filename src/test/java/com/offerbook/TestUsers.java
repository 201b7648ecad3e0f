package com.offerbook;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSummary;
import com.offerbook.accounts.SignupRequest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creates accounts for tests and signs them in on the current thread. */
public final class TestUsers {

    public static final String PASSWORD = "a test password that is long";

    private TestUsers() {}

    public static AccountSummary signInAs(AccountService accounts, String username) {
        var account = accounts.findByUsername(username)
                .orElseGet(() -> accounts.register(new SignupRequest(username, PASSWORD, PASSWORD)));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return account;
    }

    /** Creates the accounts that do not exist yet, in order (the first account ever created is the administrator). */
    public static void register(AccountService accounts, String... usernames) {
        for (var username : usernames) {
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.register(new SignupRequest(username, PASSWORD, PASSWORD));
            }
        }
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
