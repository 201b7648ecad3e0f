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

    private TestUsers() {
    }

    public static AccountSummary signInAs(AccountService accounts, String username) {
        var account = accounts.findByUsername(username)
                .orElseGet(() -> accounts.register(new SignupRequest(username, PASSWORD, PASSWORD)));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return account;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
