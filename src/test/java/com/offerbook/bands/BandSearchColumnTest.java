package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bands grid's company and level search through the stored search columns (migration V028). */
@DatabaseTest
class BandSearchColumnTest {

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestUsers.signInAs(accounts, "admin"); // first account: administrator
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void company_search_ignores_case_and_accents_and_matches_from_the_start() {
        var id = bands.create(BandFixtures.privateBand("Zürich Société AG", "Zurich"))
                .id();

        assertThat(companies("zurich soc")).containsExactly("Zürich Société AG");
        assertThat(companies("ZÜRICH")).containsExactly("Zürich Société AG");
        assertThat(companies("  zürich   société ")).containsExactly("Zürich Société AG");
        assertThat(companies("société")).as("not at the start of the name").isEmpty();
        assertThat(searchColumns(id)).containsExactly("zurich societe ag", "l5");
    }

    @Test
    void level_search_ignores_case_and_accents() {
        var id = bands.create(BandFixtures.band("Acme", "ML/AI Engineer", "Ingénieur Senior", "Seattle", "USD", false))
                .id();

        var found = bands.list(new BandFilter("", "", "", "INGENIEUR", "", BandFilter.Scope.PRIVATE), page())
                .getContent();

        assertThat(found).extracting(b -> b.id()).containsExactly(id);
        assertThat(searchColumns(id)).containsExactly("acme", "ingenieur senior");
    }

    @Test
    void percent_and_underscore_in_a_search_are_plain_characters() {
        bands.create(BandFixtures.privateBand("100% Remote", "Seattle"));
        bands.create(BandFixtures.privateBand("1000 Labs", "Seattle"));
        bands.create(BandFixtures.privateBand("A_B Corp", "Seattle"));
        bands.create(BandFixtures.privateBand("AXB Corp", "Seattle"));

        assertThat(companies("100%")).containsExactly("100% Remote");
        assertThat(companies("a_b")).containsExactly("A_B Corp");
    }

    @Test
    void a_rename_updates_the_search_column() {
        var saved = bands.create(BandFixtures.privateBand("Acme", "Seattle"));
        var band = bands.get(saved.id());
        var renamed = BandFixtures.privateBand("Émile Robotics", "Seattle");

        bands.update(saved.id(), band.version(), renamed);

        assertThat(companies("acme")).isEmpty();
        assertThat(companies("emile")).containsExactly("Émile Robotics");
        assertThat(searchColumns(saved.id())).containsExactly("emile robotics", "l5");
    }

    @Test
    void an_import_fills_the_search_columns() {
        var csv = """
                company,role_title,role_family,level,region,currency,base_min,base_max,source_title,as_of
                Ørsted Énergie,Engineer,Software Engineer,Sénior,Copenhagen,EUR,90000,120000,Survey,2026-01-01
                """;
        var parsed = BandCsv.parse(new StringReader(csv));
        assertThat(bands.importAll(parsed.rows(), parsed.problems()).saved()).isEqualTo(1);

        assertThat(companies("ørsted energie")).containsExactly("Ørsted Énergie");
        var columns =
                jdbc.queryForList("select search_company, search_level from band where company = ?", "Ørsted Énergie");
        assertThat(columns).singleElement().satisfies(row -> {
            assertThat(row.get("search_company")).isEqualTo("ørsted energie");
            assertThat(row.get("search_level")).isEqualTo("senior");
        });
    }

    @Test
    void migration_filled_the_search_columns_of_the_bands_that_existed_before_it() {
        // The guide's bands are seeded by V004, before V028 added the columns: V028 filled them.
        var rows = jdbc.queryForList("select company, level_label, search_company, search_level from band");

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("search_company")).isEqualTo(BandSearch.normalise(String.valueOf(row.get("company"))));
            assertThat(row.get("search_level")).isEqualTo(BandSearch.normalise(String.valueOf(row.get("level_label"))));
        });
    }

    @Test
    void the_grid_sorts_companies_ignoring_case_and_accents() {
        bands.create(BandFixtures.privateBand("beta", "Seattle"));
        bands.create(BandFixtures.privateBand("Älpha", "Seattle"));
        bands.create(BandFixtures.privateBand("Gamma", "Seattle"));

        var sorted = bands.list(
                        BandFilter.none().withScope(BandFilter.Scope.PRIVATE),
                        PageRequest.of(0, 10, Sort.by("company", "roleTitle", "region")))
                .map(b -> b.draft().company())
                .getContent();

        assertThat(sorted).containsExactly("Älpha", "beta", "Gamma");
    }

    @Test
    void a_scope_pages_through_its_bands_in_the_chosen_order_without_overlap() {
        for (var company : List.of("Delta", "alpha", "Echo", "charlie", "Bravo")) {
            bands.create(BandFixtures.privateBand(company, "Seattle"));
        }
        var sort = Sort.by(Sort.Direction.DESC, "company");
        var seen = new ArrayList<String>();
        for (int page = 0; page < 3; page++) {
            bands.list(BandFilter.none().withScope(BandFilter.Scope.PRIVATE), PageRequest.of(page, 2, sort))
                    .forEach(b -> seen.add(b.draft().company()));
        }

        assertThat(seen).containsExactly("Echo", "Delta", "charlie", "Bravo", "alpha");
    }

    private List<String> companies(String typed) {
        return bands.list(BandFilter.company(typed).withScope(BandFilter.Scope.PRIVATE), page())
                .map(b -> b.draft().company())
                .getContent();
    }

    private List<String> searchColumns(long id) {
        return jdbc.queryForObject(
                "select search_company, search_level from band where id = ?",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2)),
                id);
    }

    private static PageRequest page() {
        return PageRequest.of(0, 10, Sort.by("company", "roleTitle", "region"));
    }
}
