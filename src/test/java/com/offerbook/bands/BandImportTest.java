package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@DatabaseTest
class BandImportTest {

    static final String HEADER = "company,role_title,role_family,level,region,currency,base_min,base_max,"
            + "equity_min,equity_max,equity_vesting_years,total_min,total_max,source_title,as_of\n";
    static final BandFilter MINE = BandFilter.none().withScope(BandFilter.Scope.PRIVATE);

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void signIn() {
        TestUsers.signInAs(accounts, "admin");
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_good_file_is_imported_whole() {
        var report = importCsv(
                HEADER
                        + "Acme,ML Engineer,ML/AI Engineer,L5,Seattle,USD,200000,300000,400000,800000,4,300000,500000,Recruiter,2026-06-01\n"
                        + "\"Initech, Inc.\",Data Scientist,Data Scientist,,London,GBP,\"90,000\",120000,,,,,,\"Survey \"\"2026\"\"\",2026-05-01\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.saved()).isEqualTo(2);
        var initech = bands.list(
                        BandFilter.company("initech").withScope(BandFilter.Scope.PRIVATE), PageRequest.of(0, 5))
                .getContent();
        assertThat(initech).singleElement().satisfies(b -> {
            assertThat(b.draft().company()).isEqualTo("Initech, Inc.");
            assertThat(b.draft().base().min()).isEqualByComparingTo("90000");
            assertThat(b.draft().sourceTitle()).isEqualTo("Survey \"2026\"");
            assertThat(b.draft().equity()).isNull();
        });
    }

    @Test
    void a_bad_file_reports_every_rejected_row_and_saves_nothing() {
        var report = importCsv(
                HEADER
                        + "Acme,ML Engineer,ML/AI Engineer,L5,Seattle,USD,300000,200000,,,,,,Recruiter,2026-06-01\n" // line 2: min above max
                        + "Acme,ML Engineer,ML/AI Engineer,L6,Seattle,USD,-1,200000,,,,,,Recruiter,2026-06-01\n" // 3:
                        // negative
                        + "Acme,ML Engineer,ML/AI Engineer,L7,Seattle,XYZ,100000,200000,,,,,,Recruiter,2026-06-01\n" // 4: unknown currency
                        + "Acme,ML Engineer,ML/AI Engineer,L8,Seattle,USD,100000,200000,,,,,,Recruiter,June 2026\n" // 5: bad date
                        + "Anthropic,ML/AI Engineer,ML/AI Engineer,,London,GBP,1,2,,,,,,x,2026-01-01\n" // 6: fine
                        + "Anthropic,ML/AI Engineer,ML/AI Engineer,,London,GBP,1,2,,,,,,x,2026-01-01\n" // 7: duplicate
                        // of 6
                        + "Acme,ML Engineer,ML/AI Engineer,L9,Seattle,USD,abc,200000,,,,,,Recruiter,2026-06-01\n"); // 8: not a number

        assertThat(report.saved()).isZero();
        assertThat(report.problems())
                .extracting(p -> p.line() + " " + p.column())
                .contains("2 base_min", "3 base_min", "4 currency", "5 as_of", "7 ", "8 base_min");
        assertThat(report.problems())
                .filteredOn(p -> p.line() == 2)
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("above the maximum"));
        assertThat(bands.list(MINE, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void missing_columns_and_malformed_quoting_are_reported_and_nothing_is_saved() {
        var missing = importCsv("company,role_title,region\nAcme,Engineer,Seattle\n");
        assertThat(missing.problems())
                .extracting(ImportReport.Problem::column)
                .contains("base_min", "currency", "as_of");

        var malformed = importCsv(HEADER
                + "Acme,ML Engineer,ML/AI Engineer,L5,Seattle,USD,200000,300000,,,,,,Recruiter,2026-06-01\n"
                + "\"Acme,ML Engineer,ML/AI Engineer,L5,Seattle,USD,200000,300000,,,,,,Recruiter,2026-06-01\n");
        assertThat(malformed.saved()).isZero();
        assertThat(malformed.problems()).anySatisfy(p -> assertThat(p.reason()).containsIgnoringCase("malformed"));
        assertThat(bands.list(MINE, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void a_file_of_more_than_100000_rows_is_refused_whole() {
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i <= BandCsv.MAX_ROWS; i++) {
            csv.append("Acme,Engineer,Software Engineer,L").append(i).append(",Seattle,USD,1,2,,,,,,s,2026-01-01\n");
        }

        var report = importCsv(csv.toString());

        assertThat(report.saved()).isZero();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.reason()).contains("More than 100000 rows"));
    }

    @Test
    void export_then_import_into_an_empty_account_gives_the_same_bands() throws Exception {
        importCsv(HEADER
                + "Acme,ML Engineer,ML/AI Engineer,L5,Seattle,USD,200000.50,300000,400000,800000,4,300000,500000,Recruiter,2026-06-01\n"
                + "Initech,Data Scientist,Data Scientist,,London,GBP,90000,120000,,,,,,\"Survey, 2026\",2026-05-01\n");
        var exported = new StringWriter();
        bands.export(MINE, exported);
        var before =
                bands.list(MINE, PageRequest.of(0, 50)).map(BandDetails::draft).getContent();

        TestUsers.signInAs(accounts, "bob");
        var report = importCsv(exported.toString());

        assertThat(report.problems()).isEmpty();
        var after =
                bands.list(MINE, PageRequest.of(0, 50)).map(BandDetails::draft).getContent();
        assertThat(after)
                .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .build())
                .containsExactlyInAnyOrderElementsOf(before);
    }

    private ImportReport importCsv(String csv) {
        var parsed = BandCsv.parse(new StringReader(csv));
        return bands.importAll(parsed.rows(), parsed.problems());
    }
}
