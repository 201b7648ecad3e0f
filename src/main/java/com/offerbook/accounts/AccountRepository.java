package com.offerbook.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<UserAccount, Long> {

    /** By {@link Usernames#key}: one index look-up. */
    Optional<UserAccount> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);

    long countByRoleAndLockedFalse(Role role);

    List<UserAccount> findAllByOrderByUsernameAsc();

    /** What each request of a signed-in session checks: one primary-key look-up of two columns. */
    @Query("select new com.offerbook.accounts.SessionState(a.locked, a.sessionEpoch)"
            + " from UserAccount a where a.id = :id")
    Optional<SessionState> findSessionState(long id);

    /**
     * Sets the last sign-in time without touching the version: two sign-ins of one account at the same moment (two
     * devices) must not fail each other with an optimistic-locking conflict.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.lastSignInAt = :at where a.usernameKey = :usernameKey")
    int recordSignIn(String usernameKey, Instant at);
}
