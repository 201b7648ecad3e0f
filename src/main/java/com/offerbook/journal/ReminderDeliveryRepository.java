package com.offerbook.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReminderDeliveryRepository extends JpaRepository<ReminderDelivery, Long> {

    Optional<ReminderDelivery> findByOwnerIdAndItemKeyAndDueDate(long ownerId, String itemKey, LocalDate dueDate);

    /**
     * Claims a failed delivery again (or one whose sender stopped before it finished, claimed before
     * {@code staleBefore}): one conditional update, so of two instances only one gets 1.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ReminderDelivery d set d.state = com.offerbook.journal.ReminderDelivery.State.SENDING,
                d.attempts = d.attempts + 1, d.claimedAt = :now
            where d.ownerId = :owner and d.itemKey = :item and d.dueDate = :due
              and (d.state = com.offerbook.journal.ReminderDelivery.State.FAILED
                   or (d.state = com.offerbook.journal.ReminderDelivery.State.SENDING and d.claimedAt < :staleBefore))
            """)
    int reclaim(
            @Param("owner") long ownerId,
            @Param("item") String itemKey,
            @Param("due") LocalDate due,
            @Param("now") Instant now,
            @Param("staleBefore") Instant staleBefore);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ReminderDelivery d set d.state = :state, d.sentAt = :sentAt
            where d.ownerId = :owner and d.itemKey = :item and d.dueDate = :due
            """)
    int finish(
            @Param("owner") long ownerId,
            @Param("item") String itemKey,
            @Param("due") LocalDate due,
            @Param("state") ReminderDelivery.State state,
            @Param("sentAt") @Nullable Instant sentAt);
}
