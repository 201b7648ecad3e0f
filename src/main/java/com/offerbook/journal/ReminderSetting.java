package com.offerbook.journal;

import com.offerbook.base.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A user's e-mail reminder setting: the address, and whether reminders are on. */
@Entity
@Table(name = "reminder_setting")
class ReminderSetting {

    @Id
    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "email", length = Limits.EMAIL_MAX)
    private @Nullable String email;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReminderSetting() {
        // for JPA
    }

    ReminderSetting(long ownerId) {
        this.ownerId = ownerId;
    }

    void apply(ReminderSettings settings) {
        this.email = settings.email().isBlank() ? null : settings.email();
        this.enabled = settings.enabled();
    }

    ReminderSettings toRecord() {
        var address = email;
        return new ReminderSettings(address == null ? "" : address, enabled);
    }

    long getOwnerId() {
        return ownerId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ReminderSetting that && ownerId == that.ownerId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ownerId);
    }
}
