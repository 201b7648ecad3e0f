package com.offerbook.bands;

import java.time.LocalDate;

/** Bands for tests. */
public final class BandFixtures {

    private BandFixtures() {}

    public static BandDraft privateBand(String company, String region) {
        return privateBand(company, region, LocalDate.of(2026, 6, 1));
    }

    /** A band like {@link #privateBand(String, String)} dated {@code asOf}. */
    public static BandDraft privateBand(String company, String region, LocalDate asOf) {
        return new BandDraft(
                company,
                "ML Engineer",
                "ML/AI Engineer",
                "L5",
                region,
                "USD",
                Range.of(200_000, 300_000),
                Range.of(400_000, 800_000),
                4,
                null,
                Range.of(300_000, 500_000),
                "Recruiter call",
                "",
                asOf,
                false);
    }

    /** A band like {@link #privateBand} with the role family, level, region, currency and scope given. */
    public static BandDraft band(
            String company, String family, String level, String region, String currency, boolean shared) {
        var d = privateBand(company, region);
        return new BandDraft(
                company,
                d.roleTitle(),
                family,
                level,
                region,
                currency,
                d.base(),
                d.equity(),
                d.equityVestingYears(),
                d.bonus(),
                d.totalComp(),
                d.sourceTitle(),
                d.sourceUrl(),
                d.asOf(),
                shared);
    }

    public static BandDraft sharedBand(String company, String region) {
        var d = privateBand(company, region);
        return new BandDraft(
                d.company(),
                d.roleTitle(),
                d.roleFamily(),
                d.levelLabel(),
                d.region(),
                d.currency(),
                d.base(),
                d.equity(),
                d.equityVestingYears(),
                d.bonus(),
                d.totalComp(),
                "Public survey",
                "https://example.org/survey",
                d.asOf(),
                true);
    }
}
