package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bands grid's filters answered from the combinations the library holds (table {@code band_facet}, migration
 * V035): an empty combination is an empty grid, the lists offer what exists together, and the table follows every
 * write.
 */
@DatabaseTest
class BandFacetsTest {

    private static final BandFilter PRIVATE = BandFilter.none().withScope(BandFilter.Scope.PRIVATE);

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @Autowired
    BandRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestUsers.makeAdministrator(entityManager, accounts, "admin");
        TestUsers.register(accounts, "bob");
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_combination_no_band_has_is_an_empty_grid_and_the_lists_offer_only_what_exists_together() {
        bands.create(BandFixtures.band("Acme", "ML/AI Engineer", "L5", "Seattle", "USD", false));
        bands.create(BandFixtures.band("Acme", "Data Scientist", "IC4", "Toronto", "CAD", false));

        var torontoInDollars = new BandFilter("", "", "Toronto", "", "USD", BandFilter.Scope.PRIVATE);
        assertThat(bands.list(torontoInDollars, Pageable.unpaged()).getContent())
                .isEmpty();

        var toronto = new BandFilter("", "", "Toronto", "", "", BandFilter.Scope.PRIVATE);
        assertThat(bands.choices(BandFilter.Choice.CURRENCY, toronto)).containsExactly("CAD");
        assertThat(bands.choices(BandFilter.Choice.ROLE_FAMILY, toronto)).containsExactly("Data Scientist");
        assertThat(bands.choices(BandFilter.Choice.REGION, toronto))
                .as("a list's own choice does not narrow it")
                .containsExactly("Seattle", "Toronto");
        var dollars = new BandFilter("", "", "", "", "USD", BandFilter.Scope.PRIVATE);
        assertThat(bands.choices(BandFilter.Choice.REGION, dollars)).containsExactly("Seattle");
        var levelTyped = new BandFilter("", "", "", " ic", "", BandFilter.Scope.PRIVATE);
        assertThat(bands.choices(BandFilter.Choice.REGION, levelTyped)).containsExactly("Toronto");
        assertThat(bands.choices(BandFilter.Choice.REGION, PRIVATE.withCompany("zzz")))
                .as("the company is searched in the grid, not in the lists")
                .containsExactly("Seattle", "Toronto");
        assertThat(bands.regions())
                .as("shared and private")
                .contains("Seattle", "Toronto", "London", "San Francisco Bay Area");
    }

    @Test
    void another_users_private_combinations_are_never_offered() {
        bands.create(BandFixtures.band("Acme", "Lighthouse Keeper", "L5", "Atlantis", "EUR", false));
        assertThat(bands.regions()).contains("Atlantis");

        TestUsers.signInAs(accounts, "bob");
        var inAtlantis = new BandFilter("", "", "Atlantis", "", "", BandFilter.Scope.ALL);
        assertThat(bands.regions()).doesNotContain("Atlantis");
        assertThat(bands.roleFamilies()).doesNotContain("Lighthouse Keeper");
        assertThat(bands.choices(BandFilter.Choice.CURRENCY, inAtlantis)).isEmpty();
        assertThat(bands.list(inAtlantis, Pageable.unpaged()).getContent()).isEmpty();

        TestUsers.signInAs(accounts, "admin");
        assertThat(bands.regions()).as("not even an administrator's").doesNotContain("Atlantis");
    }

    @Test
    void a_combination_stays_offered_while_a_band_has_it() {
        var first = bands.create(BandFixtures.band("Acme", "ML/AI Engineer", "L5", "Atlantis", "EUR", false));
        var second = bands.create(BandFixtures.band("Initech", "ML/AI Engineer", "L5", "Atlantis", "EUR", false));

        bands.delete(first.id());
        assertThat(bands.choices(BandFilter.Choice.REGION, PRIVATE)).containsExactly("Atlantis");

        var moved = BandFixtures.band("Initech", "ML/AI Engineer", "L5", "Lemuria", "EUR", false);
        bands.update(second.id(), bands.get(second.id()).version(), moved);
        assertThat(bands.choices(BandFilter.Choice.REGION, PRIVATE)).containsExactly("Lemuria");

        bands.delete(second.id());
        assertThat(bands.choices(BandFilter.Choice.REGION, PRIVATE)).isEmpty();
    }

    /**
     * Generated writes (creates, changes, deletes and imports, shared and private, by two users) over a few values;
     * after them the table holds exactly the combinations the bands have, and every generated filter shows the same
     * bands as filtering all visible bands by hand.
     */
    @Test
    void after_any_writes_the_table_holds_exactly_the_bands_combinations_and_no_band_is_hidden() {
        var random = new Random(35);
        var shared = new ArrayList<Long>();
        var alices = new ArrayList<Long>();
        for (int step = 0; step < 120; step++) {
            boolean admin = random.nextInt(3) == 0;
            TestUsers.signInAs(accounts, admin ? "admin" : "alice");
            var own = admin ? shared : alices; // the administrator writes shared bands, alice her private ones
            int action = random.nextInt(10);
            if (action < 5 || own.isEmpty()) {
                own.add(bands.create(randomBand(random, "Company " + step, admin))
                        .id());
            } else if (action < 7) {
                var id = own.get(random.nextInt(own.size()));
                var current = bands.get(id);
                bands.update(
                        id,
                        current.version(),
                        randomBand(random, current.draft().company(), admin));
            } else if (action < 9) {
                var id = own.get(random.nextInt(own.size()));
                bands.delete(id);
                own.remove(id);
            } else {
                var csv = new StringBuilder("company,role_title,role_family,level,region,currency,base_min,base_max,"
                        + "source_title,as_of\n");
                for (int row = 0; row < 3; row++) {
                    var draft = randomBand(random, "Import " + step + " " + row, false);
                    csv.append("%s,Engineer,%s,%s,%s,%s,100000,200000,Recruiter,2026-06-01%n"
                            .formatted(
                                    draft.company(),
                                    draft.roleFamily(),
                                    draft.levelLabel(),
                                    draft.region(),
                                    draft.currency()));
                }
                var parsed = BandCsv.parse(new StringReader(csv.toString()));
                assertThat(bands.importAll(parsed.rows(), parsed.problems()).problems())
                        .isEmpty();
            }
        }

        assertThat(jdbc.queryForList(
                        "select facet_key from band_facet group by owner_id, facet_key having sum(bands) <= 0"))
                .as("combinations no band has")
                .isEmpty();
        assertThat(jdbc.queryForList("""
                        select owner_id, facet_key, count(*) from band group by owner_id, facet_key
                        except
                        select owner_id, facet_key, sum(bands) from band_facet group by owner_id, facet_key""")).as("bands per combination").isEmpty();
        assertThat(jdbc.queryForList("""
                        select owner_id, facet_key, sum(bands) from band_facet group by owner_id, facet_key
                        except
                        select owner_id, facet_key, count(*) from band group by owner_id, facet_key"""))
                .as("combinations counted that the bands do not have")
                .isEmpty();
        assertThat(jdbc.queryForList("""
                        select id from band
                        where facet_key <> role_family || '|' || region || '|' || currency || '|' || search_level""")).isEmpty();

        for (var user : List.of("alice", "admin", "bob")) {
            long userId = TestUsers.signInAs(accounts, user).id();
            var visible = bands.list(BandFilter.none(), Pageable.unpaged()).getContent();
            for (int i = 0; i < 60; i++) {
                var filter = new BandFilter(
                        "",
                        pick(random, FAMILIES),
                        pick(random, REGIONS),
                        pick(random, List.of("", "l", "L5", "ic", "Staff")),
                        pick(random, CURRENCIES),
                        BandFilter.Scope.values()[random.nextInt(3)]);
                var expected = visible.stream()
                        .filter(b -> matches(b, filter))
                        .map(BandDetails::id)
                        .toList();
                var shown = bands.list(filter, Pageable.unpaged()).getContent().stream()
                        .map(BandDetails::id)
                        .toList();
                assertThat(shown).as("%s for %s", filter, user).containsExactlyInAnyOrderElementsOf(expected);
                var inGridOrder = repository
                        .search(userId, filter, List.of(), Pageable.unpaged())
                        .getContent();
                assertThat(inGridOrder)
                        .as("read in the grid's order, as for a combination many bands have")
                        .extracting(Band::getId)
                        .containsExactlyInAnyOrderElementsOf(expected);
                for (var choice : BandFilter.Choice.values()) {
                    var offered = visible.stream()
                            .filter(b -> matches(b, without(filter, choice)))
                            .map(b -> value(b.draft(), choice))
                            .distinct()
                            .sorted()
                            .toList();
                    assertThat(bands.choices(choice, filter))
                            .as("%s offered for %s to %s", choice, filter, user)
                            .containsExactlyElementsOf(offered);
                }
            }
        }
    }

    private static final List<String> FAMILIES = List.of("ML/AI Engineer", "Data Scientist");
    private static final List<String> REGIONS = List.of("Atlantis", "Lemuria", "Mu");
    private static final List<String> CURRENCIES = List.of("EUR", "CHF");

    private static BandDraft randomBand(Random random, String company, boolean shared) {
        return BandFixtures.band(
                company,
                FAMILIES.get(random.nextInt(FAMILIES.size())),
                List.of("", "L5", "IC4", "Staff").get(random.nextInt(4)),
                REGIONS.get(random.nextInt(REGIONS.size())),
                CURRENCIES.get(random.nextInt(CURRENCIES.size())),
                shared);
    }

    private static String pick(Random random, List<String> values) {
        return random.nextBoolean() ? "" : values.get(random.nextInt(values.size()));
    }

    private static boolean matches(BandDetails band, BandFilter filter) {
        var draft = band.draft();
        return switch (filter.scope()) {
                    case ALL -> true;
                    case SHARED -> draft.shared();
                    case PRIVATE -> !draft.shared();
                }
                && (filter.roleFamily().isEmpty() || draft.roleFamily().equals(filter.roleFamily()))
                && (filter.region().isEmpty() || draft.region().equals(filter.region()))
                && (filter.currency().isEmpty() || draft.currency().equals(filter.currency()))
                && BandSearch.normalise(draft.levelLabel()).startsWith(BandSearch.normalise(filter.level()));
    }

    private static String value(BandDraft draft, BandFilter.Choice choice) {
        return switch (choice) {
            case ROLE_FAMILY -> draft.roleFamily();
            case REGION -> draft.region();
            case CURRENCY -> draft.currency();
        };
    }

    private static BandFilter without(BandFilter filter, BandFilter.Choice choice) {
        return new BandFilter(
                filter.company(),
                choice == BandFilter.Choice.ROLE_FAMILY ? "" : filter.roleFamily(),
                choice == BandFilter.Choice.REGION ? "" : filter.region(),
                filter.level(),
                choice == BandFilter.Choice.CURRENCY ? "" : filter.currency(),
                filter.scope());
    }
}
