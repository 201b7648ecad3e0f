package com.offerbook.offers;

import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.VestingFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Offers made from the guide's figures, for tests. */
public final class OfferFixtures {

    private OfferFixtures() {}

    public static OfferDraft anthropic() {
        return new OfferDraft(
                "Anthropic",
                "ML/AI Engineer",
                "ML/AI Engineer",
                "Senior",
                "San Francisco, CA",
                "San Francisco Bay Area",
                "USD",
                OfferStatus.NEGOTIATING,
                LocalDate.of(2026, 12, 15),
                "");
    }

    public static OfferDraft details(String company, String currency) {
        return details(company, currency, "San Francisco Bay Area");
    }

    /** An offer received in {@code region}, without a deadline or notes. */
    public static OfferDraft details(String company, String currency, String region) {
        return draft(company, currency, region, OfferStatus.OFFER_RECEIVED, null);
    }

    /** An offer in USD in {@code status} with this deadline (or none), for the negotiation log and the calendar. */
    public static OfferDraft withDeadline(String company, OfferStatus status, @Nullable LocalDate deadline) {
        return draft(company, "USD", "San Francisco Bay Area", status, deadline);
    }

    private static OfferDraft draft(
            String company, String currency, String region, OfferStatus status, @Nullable LocalDate deadline) {
        return new OfferDraft(
                company, "ML Engineer", "ML/AI Engineer", "L5", "", region, currency, status, deadline, "");
    }

    /** Base and a private-company RSU grant vesting 25/25/25/25, nothing else. */
    public static RevisionDraft revision(RevisionKind kind, long base, long grant) {
        return new RevisionDraft(
                kind,
                LocalDate.of(2026, 11, 1),
                BigDecimal.valueOf(base),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PRIVATE_RSU,
                BigDecimal.valueOf(grant),
                "25/25/25/25",
                VestingFrequency.MONTHLY,
                12,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }

    /** The guide's counter: $330K base, $725K over 4 years, $80K signing with a 12-month pro-rated clawback. */
    public static RevisionDraft counter() {
        return new RevisionDraft(
                RevisionKind.COUNTER,
                LocalDate.of(2026, 11, 5),
                BigDecimal.valueOf(330_000),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PRIVATE_RSU,
                BigDecimal.valueOf(725_000),
                "25/25/25/25",
                VestingFrequency.MONTHLY,
                12,
                null,
                BigDecimal.ZERO,
                BigDecimal.valueOf(80_000),
                12,
                true,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }
}
