package com.offerbook.accounts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    long countByRoleAndLockedFalse(Role role);

    java.util.List<UserAccount> findAllByOrderByUsernameAsc();

    /**
     * Sets the last sign-in time without touching the version: two sign-ins of one account at the same moment (two
     * devices) must not fail each other with an optimistic-locking conflict.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.lastSignInAt = :at where lower(a.username) = lower(:username)")
    int recordSignIn(String username, Instant at);
}
