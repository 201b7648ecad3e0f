package com.offerbook.demo;

import com.offerbook.bands.BandSearch;
import com.offerbook.bands.MatchCriteria;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.SigningBonus;
import com.offerbook.comp.VestingSchedule;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes data at the scale the benchmarks and the statement-count tests need: one user's offers with their
 * revisions, and a band library. Plain batched SQL, because going through the services would validate and
 * flush each row and take minutes for 100,000 bands. Deterministic for a given seed.
 *
 * <p>Offers and bands share companies, role families and regions, so every generated offer has bands of its own
 * company to be compared with.
 */
public final class ScaleData {

    static final List<String> FAMILIES =
            List.of("ML/AI Engineer", "Software Engineer", "Research Scientist", "Data Scientist");
    static final List<String> REGIONS =
            List.of("San Francisco Bay Area", "Seattle", "New York", "London", "Zurich", "Toronto");
    /** The region only two generated bands have. */
    public static final String RARE_REGION = "Oslo";

    static final List<String> CURRENCIES = List.of("USD", "USD", "USD", "GBP", "CHF", "CAD");
    static final List<String> LEVELS = List.of("L4", "L5", "L6", "L7", "IC4", "IC5", "IC6", "Senior", "Staff");
    private static final String[] STATUSES = {
        "EXPLORING", "OFFER_RECEIVED", "NEGOTIATING", "ACCEPTED", "DECLINED", "EXPIRED"
    };
    private static final String[] KINDS = {"COMPANY_OFFER", "COUNTER", "REVISED_OFFER", "FINAL_OFFER"};
    private static final int BATCH = 1_000;
    private static final BigDecimal BONUS_PERCENT = BigDecimal.valueOf(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Random random;

    public ScaleData(JdbcTemplate jdbc, Clock clock, long seed) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /** Company names: "Company 0001" to "Company NNNN". */
    public static String company(int index) {
        return "Company %04d".formatted(index);
    }

    /** {@code count} offers for the user, each with {@code revisionsPerOffer} revisions (company offer, counters, …). */
    public void offers(long ownerId, int count, int revisionsPerOffer, int companies) {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var offerRows = new ArrayList<Object[]>(BATCH);
        var firstFigures = new ArrayList<long[]>(count); // base and grant of each offer's first revision
        for (int i = 0; i < count; i++) {
            int regionIndex = random.nextInt(REGIONS.size());
            long base = 150_000 + 5_000L * random.nextInt(40);
            long grant = 100_000 + 25_000L * random.nextInt(40);
            firstFigures.add(new long[] {base, grant});
            var currency = CURRENCIES.get(regionIndex);
            int last = revisionsPerOffer - 1;
            var latest = revision(base + 2_000L * last, grant + 10_000L * last, 10_000L * (last % 3), currency);
            offerRows.add(new Object[] {
                ownerId,
                company(random.nextInt(companies)),
                FAMILIES.get(i % FAMILIES.size()),
                FAMILIES.get(i % FAMILIES.size()),
                LEVELS.get(random.nextInt(LEVELS.size())),
                REGIONS.get(regionIndex),
                REGIONS.get(regionIndex),
                currency,
                STATUSES[random.nextInt(STATUSES.length)],
                Date.valueOf(today.plusDays(random.nextInt(60))),
                "Generated offer " + i,
                latest.recurring().amount(),
                Timestamp.from(now.minusSeconds(60L * i)),
                Timestamp.from(now.minusSeconds(60L * i))
            });
            if (offerRows.size() == BATCH || i == count - 1) {
                jdbc.batchUpdate("""
                        insert into offer (owner_id, company, role_title, role_family, level_label, location, region, currency,
                                           status, deadline, notes, latest_recurring, last_change_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", offerRows);
                offerRows.clear();
            }
        }
        // The offers just inserted, in insertion order: those that have no revision yet.
        var ids = jdbc.queryForList("""
                select o.id from offer o where o.owner_id = ?
                  and not exists (select 1 from offer_revision r where r.offer_id = o.id) order by o.id""", Long.class, ownerId);
        var revisionRows = new ArrayList<Object[]>(BATCH);
        for (int i = 0; i < ids.size(); i++) {
            long base = firstFigures.get(i)[0];
            long grant = firstFigures.get(i)[1];
            for (int r = 0; r < revisionsPerOffer; r++) {
                revisionRows.add(new Object[] {
                    ids.get(i),
                    r + 1,
                    KINDS[Math.min(r, KINDS.length - 1)],
                    Date.valueOf(today.minusDays(revisionsPerOffer - r)),
                    BigDecimal.valueOf(base + 2_000L * r),
                    BONUS_PERCENT,
                    BigDecimal.valueOf(grant + 10_000L * r),
                    BigDecimal.valueOf(10_000L * (r % 3)),
                    "Generated revision " + (r + 1),
                    Timestamp.from(now)
                });
                if (revisionRows.size() == BATCH) {
                    insertRevisions(revisionRows);
                }
            }
        }
        insertRevisions(revisionRows);
    }

    /** A generated revision as the compensation math sees it (the offers grid sorts by its recurring figure). */
    private static CompPackage revision(long base, long grant, long signing, String currencyCode) {
        var currency = Currency.getInstance(currencyCode);
        return new CompPackage(
                Money.of(base, currency),
                new BonusTarget(BonusTarget.Kind.PERCENT_OF_BASE, BONUS_PERCENT),
                EquityKind.PUBLIC_RSU,
                Money.of(grant, currency),
                VestingSchedule.parse("25/25/25/25", 12),
                null,
                BigDecimal.ZERO,
                new SigningBonus(Money.of(signing, currency), 12, true),
                Money.of(0, currency),
                Money.of(0, currency));
    }

    private void insertRevisions(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into offer_revision (offer_id, sequence_no, kind, revision_date, base_salary, bonus_kind, bonus_value,
                    equity_kind, equity_grant, vesting_percents, cliff_months, strike_price, liquidity_discount, signing_bonus,
                    clawback_months, clawback_prorated, relocation, other_one_time, note, created_at)
                values (?, ?, ?, ?, ?, 'PERCENT_OF_BASE', ?, 'PUBLIC_RSU', ?, '25/25/25/25', 12, null, 0, ?, 12, true, 0, 0, ?, ?)""", rows);
        rows.clear();
    }

    /**
     * {@code count} shared bands spread over the companies, role families, levels and regions, dated over the last
     * years so that each is distinct.
     */
    public void bands(int count, int companies) {
        var now = Timestamp.from(clock.instant());
        var today = LocalDate.now(clock);
        var rows = new ArrayList<Object[]>(BATCH);
        for (int i = 0; i < count; i++) {
            int regionIndex = i % REGIONS.size();
            // Two bands in a region of their own, a value the grid must find without reading the whole library.
            boolean rare = i % 50_000 == 7;
            var region = rare ? RARE_REGION : REGIONS.get(regionIndex);
            var currency = rare ? "EUR" : CURRENCIES.get(regionIndex);
            long baseMin = 120_000 + 5_000L * random.nextInt(30);
            long equityMin = 50_000 + 25_000L * random.nextInt(30);
            var company = company(i / REGIONS.size() % companies);
            var family = FAMILIES.get(i / (REGIONS.size() * companies) % FAMILIES.size());
            var level = LEVELS.get(i / (REGIONS.size() * companies * FAMILIES.size()) % LEVELS.size());
            rows.add(new Object[] {
                company,
                family,
                family,
                MatchCriteria.key(company, family, region),
                BandSearch.normalise(company),
                level,
                BandSearch.normalise(level),
                region,
                currency,
                BandSearch.facetKey(family, region, currency, BandSearch.normalise(level)),
                BigDecimal.valueOf(baseMin),
                BigDecimal.valueOf(baseMin * 13 / 10),
                BigDecimal.valueOf(equityMin),
                BigDecimal.valueOf(equityMin * 2),
                BigDecimal.valueOf(baseMin + equityMin / 4),
                BigDecimal.valueOf(baseMin * 13 / 10 + equityMin / 2),
                "Generated band library",
                Date.valueOf(today.minusDays(i / (REGIONS.size() * companies * FAMILIES.size() * LEVELS.size()))),
                now
            });
            if (rows.size() == BATCH || i == count - 1) {
                jdbc.batchUpdate("""
                        insert into band (owner_id, company, role_title, role_family, match_key, search_company,
                                          level_label, search_level, region, currency, facet_key,
                                          base_min, base_max, equity_min, equity_max, total_min, total_max,
                                          source_title, as_of, created_at)
                        values (null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
                rows.clear();
            }
        }
        // The combinations the bands grid's filters know (bands.BandFacets), counted as migration V035 does.
        jdbc.update("delete from band_facet where owner_id is null");
        jdbc.update("""
                insert into band_facet (owner_id, facet_key, role_family, region, currency, search_level, bands)
                select owner_id, facet_key, role_family, region, currency, search_level, count(*) from band
                where owner_id is null group by owner_id, facet_key, role_family, region, currency, search_level""");
    }
}
