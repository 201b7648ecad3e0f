package com.offerbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandCsv;
import com.offerbook.bands.BandFilter;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandService;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.demo.ScaleData;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Server time of the heavy user's pages with the generated data ({@code bench} profile: 1,000 offers × 10
 * revisions, 100,000 bands) on an H2 file database (or the database {@code -Dbench.datasource.url} names, e.g. an
 * empty PostgreSQL one, with {@code bench.datasource.username}/{@code .password}), and a 100,000-row band import,
 * whose bands are deleted again so the next run sees the same library. H2 would hand a statement run again with the
 * same parameters its last result, unread, while the table is unchanged; the benchmark turns that off
 * ({@code OPTIMIZE_REUSE_RESULTS=FALSE}) so that every call reads, as a user's first search does. Not part of the
 * test run; see docs/performance.md for the command. Prints a Markdown table and writes it to target/bench/.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=${bench.datasource.url:jdbc:h2:file:./target/bench/offerbook;OPTIMIZE_REUSE_RESULTS=FALSE}",
            "spring.datasource.username=${bench.datasource.username:offerbook}",
            "spring.datasource.password=${bench.datasource.password:}"
        })
@ActiveProfiles("bench")
class ServerTimeBenchmark {

    /** Keeps each result, so the JIT cannot drop an operation whose result nobody reads. */
    private static volatile @Nullable Object sink;

    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;

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

    @Test
    void server_time_at_scale() throws IOException {
        TestUsers.signInAs(accounts, "bench");
        var firstPage = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "lastChangeAt"));
        var ids = offers.list(OfferFilter.none(), firstPage).map(o -> o.id()).toList();
        var filter = new BandFilter("company 01", "Software Engineer", "", "", "USD", BandFilter.Scope.SHARED);
        var bandPage = PageRequest.of(0, 50, Sort.by("company", "roleTitle", "region"));

        var operations = new LinkedHashMap<String, Supplier<?>>();
        operations.put("Dashboard data", dashboard::load);
        operations.put("Offers grid, first page (50)", () -> offers.list(OfferFilter.none(), firstPage));
        operations.put(
                "Offer page (offer, 10 revisions, band comparison)",
                () -> List.of(offers.get(ids.get(7)), offers.getWithBand(ids.get(7))));
        operations.put("Compare 4 offers", () -> dashboard.compare(ids.subList(0, 4)));
        operations.put("Bands grid, first page (50), no filter", () -> bands.list(BandFilter.none(), bandPage));
        operations.put("Bands grid, first page (50), 4 filters", () -> bands.list(filter, bandPage));
        operations.put(
                "Bands grid, the same 4 filters, shared and private",
                () -> bands.list(filter.withScope(BandFilter.Scope.ALL), bandPage));
        // Two choices that no band has together: the grid reads until it knows the page is empty.
        operations.put(
                "Bands grid, region and currency no band has together",
                () -> bands.list(new BandFilter("", "", "Toronto", "", "USD", BandFilter.Scope.ALL), bandPage));
        // Each filter of the grid on its own, as a user narrows the library one field at a time.
        var none = BandFilter.none();
        operations.put(
                "Bands grid, company \"company 01\"", () -> bands.list(none.withCompany("company 01"), bandPage));
        operations.put(
                "Bands grid, company \"Company 0042\"", () -> bands.list(none.withCompany("Company 0042"), bandPage));
        operations.put("Bands grid, company with no match", () -> bands.list(none.withCompany("zzz"), bandPage));
        operations.put(
                "Bands grid, role family",
                () -> bands.list(new BandFilter("", "Data Scientist", "", "", "", BandFilter.Scope.ALL), bandPage));
        operations.put(
                "Bands grid, region",
                () -> bands.list(new BandFilter("", "", "Toronto", "", "", BandFilter.Scope.ALL), bandPage));
        operations.put(
                "Bands grid, level \"ic5\"",
                () -> bands.list(new BandFilter("", "", "", "ic5", "", BandFilter.Scope.ALL), bandPage));
        operations.put(
                "Bands grid, currency",
                () -> bands.list(new BandFilter("", "", "", "", "CHF", BandFilter.Scope.ALL), bandPage));
        operations.put(
                "Bands grid, private only", () -> bands.list(none.withScope(BandFilter.Scope.PRIVATE), bandPage));
        operations.put(
                "Bands grid, level with no match",
                () -> bands.list(new BandFilter("", "", "", "zz", "", BandFilter.Scope.ALL), bandPage));
        // A value only two of the 100,000 bands have: two private bands of the bench user in a region of their own.
        if (!bands.regions().contains("Reykjavik")) {
            for (var company : List.of("Company Rare 1", "Company Rare 2")) {
                var draft = BandFixtures.privateBand(company, "Reykjavik");
                bands.create(draft);
            }
        }
        operations.put(
                "Bands grid, region only 2 shared bands have",
                () -> bands.list(
                        new BandFilter("", "", ScaleData.RARE_REGION, "", "", BandFilter.Scope.ALL), bandPage));
        operations.put(
                "Bands grid, region only 2 private bands have",
                () -> bands.list(new BandFilter("", "", "Reykjavik", "", "", BandFilter.Scope.ALL), bandPage));
        // What the three filter lists offer when they open: nothing chosen yet, and with a currency chosen.
        var dollars = new BandFilter("", "", "", "", "USD", BandFilter.Scope.ALL);
        for (var filterNow : List.of(none, dollars)) {
            operations.put(
                    "Bands filter lists (3), " + (filterNow == none ? "nothing chosen" : "currency chosen"),
                    () -> Arrays.stream(BandFilter.Choice.values())
                            .map(choice -> bands.choices(choice, filterNow))
                            .toList());
        }
        operations.put("Band matching for one offer", () -> offers.getWithBand(ids.get(3)));

        var table = new StringBuilder("| Operation | median ms | p95 ms |\n|---|---:|---:|\n");
        operations.forEach((name, operation) -> {
            for (int i = 0; i < WARM_UP; i++) {
                sink = operation.get();
            }
            var millis = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                sink = operation.get();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            table.append(
                    "| %s | %.1f | %.1f |%n".formatted(name, millis[MEASURED / 2], millis[(int) (MEASURED * 0.95)]));
        });
        table.append("\n").append(importLargeFile());
        System.out.println(table);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/server-times.md"), table);
    }

    /** A 100,000-row CSV (under the 10 MB limit) imported as private bands, with the heap's peak use. */
    private String importLargeFile() {
        var csv = new StringBuilder(
                "company,role_title,role_family,level,region,currency,base_min,base_max,source_title,as_of\n");
        long run = System.currentTimeMillis();
        for (int i = 0; i < BandCsv.MAX_ROWS; i++) {
            csv.append("Import %d %05d,Engineer,Software Engineer,L%d,Seattle,USD,%d,%d,Benchmark,2026-01-01\n"
                    .formatted(run, i, 3 + i % 5, 100_000 + i % 1000, 200_000 + i % 1000));
        }
        var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) bytes.length).isLessThan(BandCsv.MAX_BYTES);
        System.gc();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        pools.forEach(p -> p.resetPeakUsage());
        long start = System.nanoTime();
        var parsed = BandCsv.parse(new StringReader(csv.toString()));
        var report = bands.importAll(parsed.rows(), parsed.problems());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(report.problems()).isEmpty();
        assertThat(report.saved()).isEqualTo(BandCsv.MAX_ROWS);
        jdbc.update("delete from band where company like ?", "Import " + run + " %");
        jdbc.update("""
                delete from band_facet f where f.owner_id is not null and not exists (select 1 from band b
                    where b.owner_id = f.owner_id and b.role_family = f.role_family and b.region = f.region
                      and b.currency = f.currency and b.search_level = f.search_level)""");
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        return "100,000-row band import (%.1f MB file): %.1f s, heap peak %d MB of %d MB maximum%n"
                .formatted(
                        bytes.length / 1e6,
                        millis / 1000.0,
                        peak,
                        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
