package com.offerbook.bands;

import com.offerbook.base.Limits;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A stored compensation band. {@code ownerId} null: shared by everyone; otherwise private to that user. */
@Entity
@Table(name = "band")
class Band {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @Column(name = "company", nullable = false, length = Limits.COMPANY_MAX)
    private String company = "";

    @Column(name = "role_title", nullable = false, length = Limits.ROLE_MAX)
    private String roleTitle = "";

    @Column(name = "role_family", nullable = false, length = Limits.ROLE_FAMILY_MAX)
    private String roleFamily = "";

    @Column(name = "level_label", nullable = false, length = Limits.LEVEL_MAX)
    private String levelLabel = "";

    @Column(name = "region", nullable = false, length = Limits.REGION_MAX)
    private String region = "";

    @Column(name = "currency", nullable = false, length = 3)
    private String currency = "USD";

    /** Company, role family and region in lower case: what band matching looks up (see MatchCriteria#key). */
    @Column(name = "match_key", nullable = false, length = 300)
    private String matchKey = "";

    /** The company as searched and sorted: {@link BandSearch#normalise} of it, kept current on every change. */
    @Column(name = "search_company", nullable = false, length = Limits.COMPANY_MAX)
    private String searchCompany = "";

    /** The level as searched: {@link BandSearch#normalise} of it. */
    @Column(name = "search_level", nullable = false, length = Limits.LEVEL_MAX)
    private String searchLevel = "";

    /** The combination the grid's filters know the band by, as one indexed text ({@link BandFacets.Facet#key()}). */
    @Column(name = "facet_key", nullable = false, length = 240)
    private String facetKey = "";

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "min", column = @Column(name = "base_min")),
        @AttributeOverride(name = "max", column = @Column(name = "base_max")),
        @AttributeOverride(name = "p25", column = @Column(name = "base_p25")),
        @AttributeOverride(name = "p50", column = @Column(name = "base_p50")),
        @AttributeOverride(name = "p75", column = @Column(name = "base_p75")),
        @AttributeOverride(name = "p90", column = @Column(name = "base_p90"))
    })
    private @Nullable RangeColumns base = new RangeColumns(null);

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "min", column = @Column(name = "equity_min")),
        @AttributeOverride(name = "max", column = @Column(name = "equity_max")),
        @AttributeOverride(name = "p25", column = @Column(name = "equity_p25")),
        @AttributeOverride(name = "p50", column = @Column(name = "equity_p50")),
        @AttributeOverride(name = "p75", column = @Column(name = "equity_p75")),
        @AttributeOverride(name = "p90", column = @Column(name = "equity_p90"))
    })
    private @Nullable RangeColumns equity = new RangeColumns(null);

    @Column(name = "equity_vesting_years", nullable = false)
    private int equityVestingYears = 4;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "min", column = @Column(name = "bonus_min")),
        @AttributeOverride(name = "max", column = @Column(name = "bonus_max")),
        @AttributeOverride(name = "p25", column = @Column(name = "bonus_p25")),
        @AttributeOverride(name = "p50", column = @Column(name = "bonus_p50")),
        @AttributeOverride(name = "p75", column = @Column(name = "bonus_p75")),
        @AttributeOverride(name = "p90", column = @Column(name = "bonus_p90"))
    })
    private @Nullable RangeColumns bonus = new RangeColumns(null);

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "min", column = @Column(name = "total_min")),
        @AttributeOverride(name = "max", column = @Column(name = "total_max")),
        @AttributeOverride(name = "p25", column = @Column(name = "total_p25")),
        @AttributeOverride(name = "p50", column = @Column(name = "total_p50")),
        @AttributeOverride(name = "p75", column = @Column(name = "total_p75")),
        @AttributeOverride(name = "p90", column = @Column(name = "total_p90"))
    })
    private @Nullable RangeColumns total = new RangeColumns(null);

    @Column(name = "source_title", nullable = false, length = Limits.SOURCE_TITLE_MAX)
    private String sourceTitle = "";

    @Column(name = "source_url", nullable = false, length = Limits.SOURCE_URL_MAX)
    private String sourceUrl = "";

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf = LocalDate.EPOCH;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Band() {
        // for JPA
    }

    Band(@Nullable Long ownerId, BandDraft draft, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        apply(draft);
    }

    void apply(BandDraft draft) {
        company = draft.company().strip();
        roleTitle = draft.roleTitle().strip();
        roleFamily = draft.roleFamily().strip();
        levelLabel = draft.levelLabel().strip();
        region = draft.region().strip();
        matchKey = MatchCriteria.key(company, roleFamily, region);
        searchCompany = BandSearch.normalise(company);
        searchLevel = BandSearch.normalise(levelLabel);
        currency = draft.currency();
        facetKey = facet().key();
        base = new RangeColumns(draft.base());
        equity = new RangeColumns(draft.equity());
        equityVestingYears = draft.equityVestingYears();
        bonus = new RangeColumns(draft.bonus());
        total = new RangeColumns(draft.totalComp());
        sourceTitle = draft.sourceTitle().strip();
        sourceUrl = draft.sourceUrl().strip();
        asOf = draft.asOf();
    }

    BandDraft toDraft() {
        return new BandDraft(
                company,
                roleTitle,
                roleFamily,
                levelLabel,
                region,
                currency,
                Objects.requireNonNull(range(base)),
                range(equity),
                equityVestingYears,
                range(bonus),
                range(total),
                sourceTitle,
                sourceUrl,
                asOf,
                ownerId == null);
    }

    /** Hibernate leaves an embedded value null when all its columns are null. */
    private static @Nullable Range range(@Nullable RangeColumns columns) {
        return columns == null ? null : columns.toRange();
    }

    /** The combination the bands grid's filters know this band by ({@link BandFacets}). */
    BandFacets.Facet facet() {
        return new BandFacets.Facet(ownerId, roleFamily, region, currency, searchLevel);
    }

    String getMatchKey() {
        return matchKey;
    }

    @Nullable
    Long getId() {
        return id;
    }

    @Nullable
    Long getOwnerId() {
        return ownerId;
    }

    long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Band that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Band.class.hashCode();
    }
}
