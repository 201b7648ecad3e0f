package com.offerbook.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountSessionRepository extends JpaRepository<AccountSession, Long> {

    /** What each request of a signed-in session checks: the account's lock and epoch and the session's own row. */
    @Query("select new com.offerbook.accounts.SessionCheck(a.locked, a.sessionEpoch, s.lastActiveAt)"
            + " from AccountSession s join UserAccount a on a.id = s.accountId"
            + " where s.id = :sessionId and s.accountId = :accountId")
    Optional<SessionCheck> check(long sessionId, long accountId);

    List<AccountSession> findByAccountIdAndLastActiveAtAfterOrderByStartedAtDesc(long accountId, Instant after);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AccountSession s set s.lastActiveAt = :at where s.id = :sessionId")
    int touch(long sessionId, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AccountSession s where s.id = :sessionId and s.accountId = :accountId")
    int end(long sessionId, long accountId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AccountSession s where s.accountId = :accountId and s.id <> :keep")
    int endAllBut(long accountId, long keep);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AccountSession s where s.lastActiveAt < :before")
    int deleteIdleSince(Instant before);
}
