package com.offerbook.journal;

import com.offerbook.base.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One stored entry of the negotiation log of an offer. */
@Entity
@Table(name = "journal_entry")
class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private EntryKind kind = EntryKind.RECRUITER_CALL;

    @Column(name = "who", nullable = false, length = Limits.LOG_WHO_MAX)
    private String who = "";

    @Column(name = "said", nullable = false, length = Limits.LOG_TEXT_MAX)
    private String said = "";

    @Column(name = "in_writing", nullable = false)
    private boolean inWriting;

    @Column(name = "follow_up")
    private @Nullable LocalDate followUp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected JournalEntry() {
        // for JPA
    }

    JournalEntry(long ownerId, long offerId, EntryDraft draft, Instant now) {
        this.ownerId = ownerId;
        this.offerId = offerId;
        this.createdAt = now;
        apply(draft);
    }

    void apply(EntryDraft draft) {
        date = draft.date();
        kind = draft.kind();
        who = draft.who();
        said = draft.said();
        inWriting = draft.inWriting();
        followUp = draft.followUp();
    }

    Entry toEntry() {
        return new Entry(requireId(), offerId, version, new EntryDraft(date, kind, who, said, inWriting, followUp));
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Journal entry not saved yet");
        }
        return id;
    }

    long getOfferId() {
        return offerId;
    }

    long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof JournalEntry that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return JournalEntry.class.hashCode();
    }
}
