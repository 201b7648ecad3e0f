package com.offerbook.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail reminder, claimed before it is sent: the unique key (owner, item, due date) lets one instance insert
 * the claim; a failed delivery is claimed again by a later run.
 */
@Entity
@Table(name = "reminder_delivery")
class ReminderDelivery {

    enum State {
        SENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "item_key", nullable = false, updatable = false, length = 40)
    private String itemKey = "";

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 8)
    private State state = State.SENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected ReminderDelivery() {
        // for JPA
    }

    ReminderDelivery(long ownerId, String itemKey, LocalDate dueDate, Instant now) {
        this.ownerId = ownerId;
        this.itemKey = itemKey;
        this.dueDate = dueDate;
        this.claimedAt = now;
        this.attempts = 1;
    }

    State getState() {
        return state;
    }

    int getAttempts() {
        return attempts;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ReminderDelivery that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return ReminderDelivery.class.hashCode();
    }
}
