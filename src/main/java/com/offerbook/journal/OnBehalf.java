package com.offerbook.journal;

import com.offerbook.accounts.AccountSummary;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work for one user who has no session here (the calendar feed, the reminder job): that user is the signed-in
 * one on this thread while it runs, so the services' own ownership checks (CurrentUser) decide what it may read.
 * The thread's own security context is put back afterwards.
 */
final class OnBehalf {

    private OnBehalf() {}

    static <T> T of(AccountSummary account, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.username(),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
