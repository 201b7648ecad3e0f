package com.offerbook.offers;

import com.offerbook.base.Limits;
import com.offerbook.comp.Benefits;
import com.offerbook.comp.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A job offer of one user: its details, and its revisions in the order they were recorded. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "company", nullable = false, length = Limits.COMPANY_MAX)
    private String company = "";

    @Column(name = "role_title", nullable = false, length = Limits.ROLE_MAX)
    private String roleTitle = "";

    @Column(name = "role_family", nullable = false, length = Limits.REGION_MAX)
    private String roleFamily = "";

    @Column(name = "pinned_band_id")
    private @Nullable Long pinnedBandId;

    @Column(name = "level_label", nullable = false, length = Limits.LEVEL_MAX)
    private String levelLabel = "";

    @Column(name = "location", nullable = false, length = Limits.LOCATION_MAX)
    private String location = "";

    @Column(name = "region", nullable = false, length = Limits.REGION_MAX)
    private String region = "";

    /** The region whose tax rules apply when not the offer's own (a remote offer taxed where the person lives). */
    @Column(name = "tax_region", length = Limits.REGION_MAX)
    private @Nullable String taxRegion;

    @Column(name = "benefit_match_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal benefitMatchPercent = BigDecimal.ZERO;

    @Column(name = "benefit_match_limit_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal benefitMatchLimitPercent = BigDecimal.ZERO;

    @Column(name = "benefit_match_cap", precision = 15, scale = 2)
    private @Nullable BigDecimal benefitMatchCap;

    @Column(name = "benefit_health", nullable = false, precision = 15, scale = 2)
    private BigDecimal benefitHealth = BigDecimal.ZERO;

    @Column(name = "benefit_other", nullable = false, precision = 15, scale = 2)
    private BigDecimal benefitOther = BigDecimal.ZERO;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency = "USD";

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OfferStatus status = OfferStatus.OFFER_RECEIVED;

    @Column(name = "deadline")
    private @Nullable LocalDate deadline;

    @Column(name = "notes", nullable = false, length = Limits.NOTES_MAX)
    private String notes = "";

    /** Recurring total comp of the latest revision, kept here so the offers grid can sort and page in SQL. */
    @Column(name = "latest_recurring", nullable = false, precision = 19, scale = 2)
    private BigDecimal latestRecurring = BigDecimal.ZERO;

    @Column(name = "last_change_at", nullable = false)
    private Instant lastChangeAt = Instant.EPOCH;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequenceNo")
    private List<OfferRevision> revisions = new ArrayList<>();

    protected Offer() {
        // for JPA
    }

    Offer(long ownerId, OfferDraft draft, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.lastChangeAt = now;
        apply(draft, now);
    }

    void apply(OfferDraft draft, Instant now) {
        this.company = draft.company().strip();
        this.roleTitle = draft.roleTitle().strip();
        this.roleFamily = draft.roleFamily().strip();
        this.levelLabel = draft.levelLabel().strip();
        this.location = draft.location().strip();
        this.region = draft.region().strip();
        this.currency = draft.currency();
        this.status = draft.status();
        this.deadline = draft.deadline();
        this.notes = draft.notes();
        this.lastChangeAt = now;
    }

    OfferRevision addRevision(RevisionDraft draft, Instant now) {
        int next =
                revisions.stream().mapToInt(OfferRevision::getSequenceNo).max().orElse(0) + 1;
        var revision = new OfferRevision(this, next, draft, now);
        revisions.add(revision);
        revisionsChanged(now);
        return revision;
    }

    void removeRevision(OfferRevision revision, Instant now) {
        revisions.remove(revision);
        revisionsChanged(now);
    }

    private void revisionsChanged(Instant now) {
        this.latestRecurring = revisions.isEmpty()
                ? BigDecimal.ZERO
                : revisions.getLast().toPackage().recurring().rounded().amount();
        this.lastChangeAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getCompany() {
        return company;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public String getRoleFamily() {
        return roleFamily;
    }

    public @Nullable Long getPinnedBandId() {
        return pinnedBandId;
    }

    void pinBand(@Nullable Long bandId) {
        this.pinnedBandId = bandId;
    }

    public String getLevelLabel() {
        return levelLabel;
    }

    public String getLocation() {
        return location;
    }

    /** The offer's yearly benefits, in its currency (none until entered). */
    public Benefits getBenefits() {
        var currency = Currency.getInstance(this.currency);
        return new Benefits(
                benefitMatchPercent,
                benefitMatchLimitPercent,
                benefitMatchCap == null ? null : new Money(benefitMatchCap, currency),
                new Money(benefitHealth, currency),
                new Money(benefitOther, currency));
    }

    void setBenefits(Benefits benefits, Instant now) {
        this.benefitMatchPercent = benefits.matchPercent();
        this.benefitMatchLimitPercent = benefits.matchLimitPercent();
        this.benefitMatchCap =
                benefits.matchCap() == null ? null : benefits.matchCap().amount();
        this.benefitHealth = benefits.health().amount();
        this.benefitOther = benefits.other().amount();
        this.lastChangeAt = now;
    }

    public @Nullable String getTaxRegion() {
        return taxRegion;
    }

    void taxAs(@Nullable String region, Instant now) {
        this.taxRegion = region;
        this.lastChangeAt = now;
    }

    public String getRegion() {
        return region;
    }

    public String getCurrency() {
        return currency;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getDeadline() {
        return deadline;
    }

    public String getNotes() {
        return notes;
    }

    public BigDecimal getLatestRecurring() {
        return latestRecurring;
    }

    public Instant getLastChangeAt() {
        return lastChangeAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<OfferRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Offer that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Offer.class.hashCode();
    }
}
