package com.offerbook.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims an e-mail reminder before it is sent, each claim committed in a transaction of its own: the first claim of
 * a reminder inserts its row, and the unique key (owner, item, due date) refuses a second instance's insert; a failed
 * delivery (or one whose sender stopped in the middle, claimed more than {@link #STALE} ago) is claimed again by one
 * conditional update. So two instances on one database send each reminder once.
 */
@Component
class ReminderClaims {

    /** A claim this old that never finished is taken to be abandoned (its instance stopped while sending). */
    static final Duration STALE = Duration.ofHours(1);

    private final ReminderDeliveryRepository deliveries;
    private final TransactionTemplate separately;
    private final Clock clock;

    ReminderClaims(ReminderDeliveryRepository deliveries, PlatformTransactionManager transactions, Clock clock) {
        this.deliveries = deliveries;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Claims the reminder; {@code firstTime} false only claims one that failed before (a day late, no new reminder
     * is started). True when this caller may send it.
     */
    boolean claim(long owner, String item, LocalDate due, boolean firstTime) {
        try {
            return Boolean.TRUE.equals(separately.execute(status -> {
                var now = clock.instant();
                if (deliveries
                        .findByOwnerIdAndItemKeyAndDueDate(owner, item, due)
                        .isPresent()) {
                    return deliveries.reclaim(owner, item, due, now, now.minus(STALE)) == 1;
                }
                if (!firstTime) {
                    return false;
                }
                deliveries.saveAndFlush(new ReminderDelivery(owner, item, due, now));
                return true;
            }));
        } catch (DataIntegrityViolationException claimedElsewhere) {
            return false;
        }
    }

    void sent(long owner, String item, LocalDate due) {
        separately.executeWithoutResult(
                status -> deliveries.finish(owner, item, due, ReminderDelivery.State.SENT, clock.instant()));
    }

    void failed(long owner, String item, LocalDate due) {
        separately.executeWithoutResult(
                status -> deliveries.finish(owner, item, due, ReminderDelivery.State.FAILED, null));
    }
}
