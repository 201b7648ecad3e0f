package com.offerbook.offers;

import com.offerbook.base.Limits;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.SigningBonus;
import com.offerbook.comp.VestingSchedule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** One step of a negotiation: a package as offered or countered on a date. Never changed once recorded. */
@Entity
@Table(name = "offer_revision")
public class OfferRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private @Nullable Offer offer;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequenceNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private RevisionKind kind = RevisionKind.COMPANY_OFFER;

    @Column(name = "revision_date", nullable = false, updatable = false)
    private LocalDate revisionDate = LocalDate.EPOCH;

    @Column(name = "base_salary", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal baseSalary = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "bonus_kind", nullable = false, length = 16, updatable = false)
    private BonusTarget.Kind bonusKind = BonusTarget.Kind.AMOUNT;

    @Column(name = "bonus_value", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal bonusValue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "equity_kind", nullable = false, length = 16, updatable = false)
    private EquityKind equityKind = EquityKind.NONE;

    @Column(name = "equity_grant", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal equityGrant = BigDecimal.ZERO;

    @Column(name = "vesting_percents", nullable = false, length = 100, updatable = false)
    private String vestingPercents = "25/25/25/25";

    @Column(name = "cliff_months", nullable = false, updatable = false)
    private int cliffMonths;

    @Column(name = "strike_price", precision = 15, scale = 4, updatable = false)
    private @Nullable BigDecimal strikePrice;

    @Column(name = "liquidity_discount", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal liquidityDiscount = BigDecimal.ZERO;

    @Column(name = "signing_bonus", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal signingBonus = BigDecimal.ZERO;

    @Column(name = "clawback_months", nullable = false, updatable = false)
    private int clawbackMonths;

    @Column(name = "clawback_prorated", nullable = false, updatable = false)
    private boolean clawbackProRated;

    @Column(name = "relocation", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal relocation = BigDecimal.ZERO;

    @Column(name = "other_one_time", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal otherOneTime = BigDecimal.ZERO;

    @Column(name = "note", nullable = false, length = Limits.NOTES_MAX, updatable = false)
    private String note = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected OfferRevision() {
        // for JPA
    }

    OfferRevision(Offer offer, int sequenceNo, RevisionDraft draft, Instant now) {
        this.offer = offer;
        this.sequenceNo = sequenceNo;
        this.kind = draft.kind();
        this.revisionDate = draft.date();
        this.baseSalary = draft.baseSalary();
        this.bonusKind = draft.bonusKind();
        this.bonusValue = draft.bonusValue();
        this.equityKind = draft.equityKind();
        this.equityGrant = draft.equityGrant();
        this.vestingPercents = draft.vesting().format();
        this.cliffMonths = draft.vesting().cliffMonths();
        this.strikePrice = draft.strikePrice();
        this.liquidityDiscount = draft.liquidityDiscountPercent();
        this.signingBonus = draft.signingBonus();
        this.clawbackMonths = draft.clawbackMonths();
        this.clawbackProRated = draft.clawbackProRated();
        this.relocation = draft.relocation();
        this.otherOneTime = draft.otherOneTime();
        this.note = draft.note();
        this.createdAt = now;
    }

    /** The package as the compensation math sees it. */
    public CompPackage toPackage() {
        var currency = Currency.getInstance(offer().getCurrency());
        return new CompPackage(
                new Money(baseSalary, currency),
                new BonusTarget(bonusKind, bonusValue),
                equityKind,
                new Money(equityGrant, currency),
                VestingSchedule.parse(vestingPercents, cliffMonths),
                strikePrice == null ? null : new Money(strikePrice, currency),
                liquidityDiscount,
                new SigningBonus(new Money(signingBonus, currency), clawbackMonths, clawbackProRated),
                new Money(relocation, currency),
                new Money(otherOneTime, currency));
    }

    /** The values of this revision as a draft, to start the next revision from. */
    public RevisionDraft toDraft() {
        return new RevisionDraft(
                kind,
                revisionDate,
                baseSalary,
                bonusKind,
                bonusValue,
                equityKind,
                equityGrant,
                vestingPercents,
                cliffMonths,
                strikePrice,
                liquidityDiscount,
                signingBonus,
                clawbackMonths,
                clawbackProRated,
                relocation,
                otherOneTime,
                note);
    }

    private Offer offer() {
        if (offer == null) {
            throw new IllegalStateException("Revision without offer");
        }
        return offer;
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public LocalDate getRevisionDate() {
        return revisionDate;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof OfferRevision that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return OfferRevision.class.hashCode();
    }
}
