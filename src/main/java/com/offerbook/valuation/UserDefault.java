package com.offerbook.valuation;

import com.offerbook.comp.EquityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A user's own default assumptions for one kind of equity. */
@Entity
@Table(name = "valuation_default")
class UserDefault {

    /** User and kind of equity. */
    @Embeddable
    record Key(
            @Column(name = "user_id") long userId,

            @Enumerated(EnumType.STRING) @Column(name = "equity_kind", length = 16)
            EquityKind equityKind)
            implements Serializable {}

    @EmbeddedId
    private Key key = new Key(0, EquityKind.NONE);

    @Embedded
    private AssumptionColumns columns = new AssumptionColumns();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserDefault() {
        // for JPA
    }

    UserDefault(long userId, EquityKind kind) {
        this.key = new Key(userId, kind);
    }

    void apply(AssumptionsDraft draft, Instant now) {
        columns.set(draft);
        updatedAt = now;
    }

    EquityKind equityKind() {
        return key.equityKind();
    }

    AssumptionsDraft draft() {
        return columns.toDraft();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserDefault that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
