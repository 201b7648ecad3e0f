package com.offerbook;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSummary;
import com.offerbook.accounts.SignupRequest;
import jakarta.persistence.EntityManager;
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

    /**
     * Makes {@code username} an administrator whatever the order the tests ran in (the shared test database's first
     * account is whichever test signed up first). Within the test's transaction: the persistence context is cleared so
     * that the next look-up reads the new role.
     */
    public static void makeAdministrator(EntityManager entityManager, AccountService accounts, String username) {
        register(accounts, username);
        var updated = entityManager
                .createNativeQuery("update user_account set role = 'ADMIN' where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No account " + username + " to make an administrator");
        }
        entityManager.clear();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
