package com.offerbook.accounts;

import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: see them with their last sign-in, lock, unlock and delete them. Deleting
 * an account deletes everything it owns (the database cascades to offers, revisions, plans, private bands, levers
 * and preferences). The last active administrator can be neither locked nor deleted.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdminService {

    private final AccountRepository accounts;

    AccountAdminService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<AccountRow> list() {
        requireAdmin();
        return accounts.findAllByOrderByUsernameAsc().stream()
                .map(a -> new AccountRow(
                        Objects.requireNonNull(a.getId()),
                        a.getUsername(),
                        a.getRole(),
                        a.getCreatedAt(),
                        a.getLastSignInAt(),
                        a.isLocked()))
                .toList();
    }

    @Transactional
    public void lock(long accountId) {
        var account = load(accountId);
        requireNotLastAdmin(account, "lock");
        account.setLocked(true);
    }

    @Transactional
    public void unlock(long accountId) {
        load(accountId).setLocked(false);
    }

    @Transactional
    public void delete(long accountId) {
        var account = load(accountId);
        requireNotLastAdmin(account, "delete");
        accounts.delete(account);
        accounts.flush();
    }

    private UserAccount load(long accountId) {
        requireAdmin();
        return accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No such account"));
    }

    private void requireNotLastAdmin(UserAccount account, String action) {
        if (account.getRole() == Role.ADMIN
                && !account.isLocked()
                && accounts.countByRoleAndLockedFalse(Role.ADMIN) <= 1) {
            throw new IllegalStateException("You cannot %s the last administrator".formatted(action));
        }
    }

    /** Checked here as well as by @PreAuthorize, from the stored role rather than the session's. */
    private void requireAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var actor = authentication == null
                ? null
                : accounts.findByUsernameKey(Usernames.key(authentication.getName()))
                        .orElse(null);
        if (actor == null || actor.getRole() != Role.ADMIN || actor.isLocked()) {
            throw new AccessDeniedException("Administrators only");
        }
    }
}
