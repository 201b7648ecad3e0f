package com.offerbook.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandFilter;
import com.offerbook.bands.BandService;
import com.offerbook.base.Limits;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import com.offerbook.demo.ScaleData;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages a heavy user opens issue the same number of SQL statements with 100 offers and 10,000 bands as with
 * 1,000 offers of 10 revisions and 100,000 bands: nothing runs a query per row, and each stays under a small cap.
 * Counted with Hibernate's statistics (every statement the application sends goes through Hibernate). The signed-in
 * account is looked up once per transaction (here: once for the whole test), so a real request adds one statement.
 */
@DatabaseTest
class StatementCountTest {

    /**
     * The most statements each operation may send with every cache empty (a cold start; the caches are tested on their
     * own): the reads of the user's data, and once each the data kept for every user (the level mapping, the tax
     * regions and profiles).
     */
    private static final Map<String, Long> CAPS = Map.of(
            "dashboard",
            12L, // 9, plus the figure the user ranks offers by, the job they would leave, and the level mapping
            "offers grid, first page",
            1L,
            "compare 4 offers",
            9L, // 4, plus the after-tax figures (tax settings, regions, profiles, cost indexes) and the level mapping
            "compare 3 offers and staying, weighted over 5 years",
            12L, // 8, plus the same four
            "bands grid, first page, filtered",
            1L,
            "band matching for one offer",
            4L); // the offer with its revisions, its company's newest bands, the level mapping (two)

    @Autowired
    AccountService accounts;

    @Autowired
    OfferService offers;

    @Autowired
    BandService bands;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Clock clock;

    @Autowired
    CacheManager caches;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void statements_per_page_do_not_grow_with_the_data() {
        var user = TestUsers.signInAs(accounts, "heavy");
        var data = new ScaleData(jdbc, clock, 42);
        data.offers(user.id(), 100, 10, 200);
        data.bands(10_000, 200);
        var small = countAll();

        data.offers(user.id(), 900, 10, 200);
        data.bands(90_000, 200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from offer_revision r join offer o on o.id = r.offer_id where o.owner_id = ?",
                        Long.class,
                        user.id()))
                .isEqualTo(10_000);
        assertThat(jdbc.queryForObject("select count(*) from band", Long.class)).isGreaterThanOrEqualTo(100_000);
        var large = countAll();

        System.out.println("STATEMENTS small " + small + " large " + large);
        assertThat(large).as("statements with 10 times the data").isEqualTo(small);
        // The generator stores the same latest recurring figure the application computes (the grid sorts by it).
        var sample = offers.list(OfferFilter.none(), PageRequest.of(0, 1, Sort.by("id")))
                .getContent()
                .getFirst();
        assertThat(sample.latestRecurring().amount())
                .isEqualByComparingTo(
                        offers.get(sample.id()).latest().headline().recurring().amount());
        large.forEach((operation, statements) ->
                assertThat(statements).as(operation).isLessThanOrEqualTo(CAPS.get(operation)));
    }

    private Map<String, Long> countAll() {
        var someOffers = offers.list(OfferFilter.none(), PageRequest.of(0, 4, Sort.by("id")))
                .map(o -> o.id())
                .toList();
        var counts = new LinkedHashMap<String, Long>();
        counts.put(
                "dashboard", count(() -> assertThat(dashboard.load().packages()).isNotEmpty()));
        counts.put(
                "offers grid, first page",
                count(() -> assertThat(offers.list(
                                OfferFilter.none(),
                                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "lastChangeAt"))))
                        .hasSize(50)));
        counts.put(
                "compare 4 offers",
                count(() -> assertThat(dashboard.compare(someOffers).offers()).hasSize(4)));
        counts.put(
                "compare 3 offers and staying, weighted over 5 years",
                count(() -> assertThat(dashboard
                                .compare(
                                        someOffers.subList(0, 3),
                                        true,
                                        new FigureChoice(Figure.EXPECTED, Limits.DEFAULT_HORIZON_YEARS))
                                .offers())
                        .hasSize(3)));
        var filter = new BandFilter("company 01", "Software Engineer", "", "", "USD", BandFilter.Scope.SHARED);
        counts.put(
                "bands grid, first page, filtered",
                count(() -> assertThat(
                                bands.list(filter, PageRequest.of(0, 50, Sort.by("company", "roleTitle", "region"))))
                        .isNotEmpty()));
        counts.put(
                "band matching for one offer",
                count(() -> assertThat(offers.getWithBand(someOffers.getFirst()).band())
                        .isNotNull()));
        return counts;
    }

    /** The statements of one operation on a cold start: nothing kept in a cache (the data here is written with SQL). */
    private long count(Runnable operation) {
        entityManager.flush();
        entityManager.clear();
        caches.getCacheNames()
                .forEach(name -> Objects.requireNonNull(caches.getCache(name)).clear());
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        operation.run();
        return statistics.getPrepareStatementCount();
    }
}
