package com.offerbook.valuation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The stored valuation assumptions of one offer (never part of a revision). */
@Entity
@Table(name = "valuation_assumption")
class OfferAssumptions {

    @Id
    @Column(name = "offer_id")
    private long offerId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Embedded
    private AssumptionColumns columns = new AssumptionColumns();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OfferAssumptions() {
        // for JPA
    }

    OfferAssumptions(long offerId, long ownerId) {
        this.offerId = offerId;
        this.ownerId = ownerId;
    }

    void apply(AssumptionsDraft draft, Instant now) {
        columns.set(draft);
        updatedAt = now;
    }

    long offerId() {
        return offerId;
    }

    AssumptionsDraft draft() {
        return columns.toDraft();
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferAssumptions that && offerId == that.offerId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offerId);
    }
}
