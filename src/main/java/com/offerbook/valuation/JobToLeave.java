package com.offerbook.valuation;

import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The stored job a user would leave: one per user. */
@Entity
@Table(name = "current_job")
class JobToLeave {

    /** One vesting date of the unvested equity. */
    @Embeddable
    record StoredTranche(
            @Column(name = "vest_month", nullable = false) int month,

            @Column(name = "amount", nullable = false, precision = 15, scale = 2)
            BigDecimal amount) {}

    @Id
    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "company", nullable = false, length = 120)
    private String company = "";

    @Column(name = "currency", nullable = false, length = 3)
    private String currency = "USD";

    @Column(name = "base_salary", nullable = false, precision = 15, scale = 2)
    private BigDecimal baseSalary = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "bonus_kind", nullable = false, length = 16)
    private BonusTarget.Kind bonusKind = BonusTarget.Kind.AMOUNT;

    @Column(name = "bonus_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal bonusValue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "equity_kind", nullable = false, length = 16)
    private EquityKind equityKind = EquityKind.NONE;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn = LocalDate.EPOCH;

    @Column(name = "leave_month", nullable = false)
    private int leaveMonth;

    @Column(name = "bonus_paid_in_months", nullable = false)
    private int bonusPaidInMonths = 12;

    @Column(name = "repayable_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal repayableAmount = BigDecimal.ZERO;

    @Column(name = "repayable_clawback_months", nullable = false)
    private int repayableClawbackMonths;

    @Column(name = "repayable_prorated", nullable = false)
    private boolean repayableProRated;

    @Column(name = "months_served", nullable = false)
    private int monthsServed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "current_job_tranche", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderBy("month")
    private List<StoredTranche> tranches = new ArrayList<>();

    @Embedded
    private AssumptionColumns assumptions = new AssumptionColumns();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected JobToLeave() {
        // for JPA
    }

    JobToLeave(long ownerId) {
        this.ownerId = ownerId;
    }

    void apply(CurrentJobDraft d, Instant now) {
        company = d.company().strip();
        currency = d.currency();
        baseSalary = AssumptionColumns.cents(d.baseSalary());
        bonusKind = d.bonusKind();
        bonusValue = AssumptionColumns.cents(d.bonusValue());
        equityKind = d.equityKind();
        recordedOn = d.recordedOn();
        leaveMonth = d.leaveMonth();
        bonusPaidInMonths = d.bonusPaidInMonths();
        repayableAmount = AssumptionColumns.cents(d.repayableAmount());
        repayableClawbackMonths = d.repayableClawbackMonths();
        repayableProRated = d.repayableProRated();
        monthsServed = d.monthsServed();
        tranches.clear();
        d.tranches().stream()
                .sorted(Comparator.comparingInt(CurrentJobDraft.Tranche::month))
                .forEach(t -> tranches.add(new StoredTranche(t.month(), AssumptionColumns.cents(t.amount()))));
        assumptions.set(d.assumptions());
        updatedAt = now;
    }

    CurrentJobDraft draft() {
        return new CurrentJobDraft(
                company,
                currency,
                baseSalary,
                bonusKind,
                bonusValue,
                equityKind,
                recordedOn,
                leaveMonth,
                bonusPaidInMonths,
                repayableAmount,
                repayableClawbackMonths,
                repayableProRated,
                monthsServed,
                tranches.stream()
                        .map(t -> new CurrentJobDraft.Tranche(t.month(), t.amount()))
                        .toList(),
                assumptions.toDraft());
    }

    long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobToLeave that && ownerId == that.ownerId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ownerId);
    }
}
