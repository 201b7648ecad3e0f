package com.offerbook.offers;

import com.offerbook.base.Limits;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.VestingFrequency;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One step of a negotiation: a package as offered or countered on a date. Never changed once recorded. */
@Entity
@Table(name = "offer_revision")
public class OfferRevision {

    /** Length of the column holding the later signing payments (3 payments take at most about 80 characters). */
    static final int LATER_PAYMENTS_MAX = 200;

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

    /** How often shares are released after the cliff; revisions stored before V016 vest monthly. */
    @Enumerated(EnumType.STRING)
    @Column(name = "vesting_frequency", nullable = false, length = 16, updatable = false)
    private VestingFrequency vestingFrequency = VestingFrequency.MONTHLY;

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

    /**
     * Signing bonus payments after year 1 (the year-1 payment is {@code signingBonus} with its clawback), as
     * "year:amount:clawback months:P|F" separated by ";", e.g. "2:50000.00:12:P"; empty for revisions stored before
     * V017 and for bonuses paid at once. See docs/decisions/008.
     */
    @Column(name = "signing_later", nullable = false, length = LATER_PAYMENTS_MAX, updatable = false)
    private String signingLater = "";

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
        this.vestingFrequency = draft.vestingFrequency();
        this.strikePrice = draft.strikePrice();
        this.liquidityDiscount = draft.liquidityDiscountPercent();
        this.signingBonus = draft.signingBonus();
        // A clawback exists only where a payment does: none is stored for a year 1 without a signing bonus.
        this.clawbackMonths = draft.yearOneClawbackMonths();
        this.clawbackProRated = draft.yearOneProRated();
        this.signingLater = encode(draft.laterSigningPayments());
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
                VestingSchedule.parse(vestingPercents, cliffMonths, vestingFrequency),
                strikePrice == null ? null : new Money(strikePrice, currency),
                liquidityDiscount,
                toDraft().signing(currency),
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
                vestingFrequency,
                cliffMonths,
                strikePrice,
                liquidityDiscount,
                signingBonus,
                clawbackMonths,
                clawbackProRated,
                decode(signingLater),
                relocation,
                otherOneTime,
                note);
    }

    /** "2:50000.00:12:P;3:25000.00:0:F" */
    static String encode(List<RevisionDraft.SigningPayment> payments) {
        return payments.stream()
                .filter(p -> p.amount().signum() > 0)
                .map(p -> p.year() + ":"
                        + p.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString() + ":" + p.clawbackMonths()
                        + ":" + (p.proRated() ? "P" : "F"))
                .collect(Collectors.joining(";"));
    }

    static List<RevisionDraft.SigningPayment> decode(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";"))
                .map(part -> {
                    var fields = part.split(":");
                    if (fields.length != 4) {
                        throw new IllegalStateException("Stored signing payment not readable: " + part);
                    }
                    return new RevisionDraft.SigningPayment(
                            Integer.parseInt(fields[0]),
                            new BigDecimal(fields[1]),
                            Integer.parseInt(fields[2]),
                            fields[3].equals("P"));
                })
                .toList();
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
