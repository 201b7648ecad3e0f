package com.offerbook.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.comp.tax.FilingStatus;
import com.offerbook.comp.tax.TaxKind;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class TaxServiceTest {

    @Autowired
    TaxService tax;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void aliceIsSignedIn() {
        TestUsers.makeAdministrator(entityManager, accounts, "admin");
        TestUsers.register(accounts, "alice", "bob");
        TestUsers.signInAs(accounts, "alice");
        tax.saveSettings(new TaxSettings(FilingStatus.SINGLE, 2026));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_entities_whose_writes_let_the_kept_profiles_go_are_entities() {
        assertThat(entityManagerFactory.getMetamodel().getEntities())
                .extracting(EntityType::getName)
                .containsAll(TaxCaches.SOURCES);
    }

    @Test
    void the_profiles_in_the_database_are_the_shipped_ones() {
        var stored = tax.profiles().stream()
                .map(ProfileVersion::profile)
                .sorted(Comparator.comparing(p -> p.key()))
                .toList();
        var shipped = TaxProfileJson.seeded().stream()
                .sorted(Comparator.comparing(p -> p.key()))
                .toList();

        assertThat(stored).isEqualTo(shipped);
        assertThat(stored).allSatisfy(p -> assertThat(p.problems()).isEmpty());
    }

    @Test
    void a_london_wage_of_210000_pounds_keeps_123086_pounds_40() {
        // HMRC, income tax rates and allowances 2026/27 and National Insurance rates 2026/27 (issue 13's vector):
        // no personal allowance at this income, income tax £80,703.00, employee NI £6,210.60.
        var london = offers.create(OfferFixtures.details("DeepMind", "GBP", "London"), salaryOnly("210000"));

        var estimate = estimate(london);

        assertThat(estimate.taxedAs()).isEqualTo("London");
        assertThat(estimate.conversion()).isNull();
        assertThat(estimate.recurring().incomeTax()).isEqualTo(Money.of("80703.00", "GBP"));
        assertThat(estimate.recurring().payrollTax()).isEqualTo(Money.of("6210.60", "GBP"));
        assertThat(estimate.recurring().takeHome()).isEqualTo(Money.of("123086.40", "GBP"));
        assertThat(estimate.profiles()).singleElement().asString().contains("2026/27", "(v1)");
    }

    @Test
    void new_york_2026_rates_are_a_second_version_and_the_first_is_kept() {
        // Migration V029 adds the 2026 New York State schedule (the 2025-26 budget's lower rates) as version 2, the
        // way an administrator would; version 1 (the 2025 schedule) stays stored, unchanged.
        for (var key : List.of("us-ny-single", "us-ny-mfj")) {
            var history = tax.history(key, 2026);
            assertThat(history).extracting(v -> v.profile().version()).as(key).containsExactly(2, 1);
            assertThat(history.getFirst().document()).as(key).contains("\"rate\":3.9", "S3009C");
            assertThat(history.get(1).document())
                    .as(key)
                    .contains("\"rate\":4,")
                    .doesNotContain("\"rate\":3.9");
        }
        var newYork = offers.create(OfferFixtures.details("Jane Street", "USD", "New York"), salaryOnly("150000"));

        var estimate = estimate(newYork);

        assertThat(estimate.profiles()).anySatisfy(title -> assertThat(title).contains("New York State", "(v2)"));
        // SeededProfilesTest.NewYork: NY State 8,291.06 at $150,000 single in 2026.
        var stateTax = estimate.recurring().lines().stream()
                .filter(line -> line.profile().startsWith("New York State") && line.kind() == TaxKind.INCOME)
                .map(line -> line.tax().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(stateTax).isEqualByComparingTo("8291.06");
    }

    @Test
    void seattle_keeps_more_of_the_same_gross_than_san_francisco() {
        var sf = offers.create(OfferFixtures.details("Anthropic", "USD"), salaryOnly("300000"));
        var seattle = offers.create(OfferFixtures.details("Amazon", "USD", "Seattle"), salaryOnly("300000"));

        var inSf = estimate(sf).recurring();
        var inSeattle = estimate(seattle).recurring();

        assertThat(inSf.gross()).isEqualTo(inSeattle.gross());
        assertThat(inSeattle.takeHome()).isGreaterThan(inSf.takeHome());
        assertThat(inSf.lines())
                .anyMatch(line -> line.profile().startsWith("California") && line.kind() == TaxKind.INCOME);
        assertThat(inSeattle.lines())
                .filteredOn(line -> line.profile().startsWith("Washington") && line.kind() == TaxKind.INCOME)
                .allMatch(line -> line.tax().isZero());
    }

    @Test
    void a_signing_bonus_is_taxed_in_the_year_it_is_paid() {
        var id = offers.create(OfferFixtures.details("Anthropic", "USD"), salary("200000", "50000"));

        var estimate = estimate(id);

        assertThat(estimate.years().getFirst().gross()).isEqualTo(Money.of("250000", "USD"));
        assertThat(estimate.years().get(1).gross()).isEqualTo(Money.of("200000", "USD"));
        assertThat(estimate.yearOne().takeHome())
                .isGreaterThan(estimate.years().get(1).takeHome());
    }

    @Test
    void a_region_without_profiles_says_so_instead_of_inventing_one() {
        var remote = offers.create(OfferFixtures.details("Remote Co", "USD", "Remote (US)"), salaryOnly("200000"));

        var offer = offers.get(remote);
        var afterTax = tax.afterTax(
                offer.details().region(), offer.taxedAs(), offer.latest().compPackage());

        assertThat(afterTax).isEqualTo(new AfterTax.NoProfile("Remote (US)", "No tax profile for this region"));
    }

    @Test
    void an_offer_can_be_taxed_as_another_region_and_back() {
        var remote = offers.create(OfferFixtures.details("Remote Co", "USD", "Remote (US)"), salaryOnly("200000"));

        offers.taxAs(remote, "seattle");

        assertThat(offers.get(remote).taxedAs()).isEqualTo("Seattle");
        assertThat(estimate(remote).taxedAs()).isEqualTo("Seattle");
        assertThat(offers.get(remote).revisions()).hasSize(1);

        offers.taxAs(remote, null);
        assertThat(offers.get(remote).taxedAs()).isNull();
    }

    @Test
    void taxing_as_a_region_without_profiles_is_refused_at_the_field() {
        var id = offers.create(OfferFixtures.details("Anthropic", "USD"), salaryOnly("200000"));

        assertThatThrownBy(() -> offers.taxAs(id, "Atlantis"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("taxedAs"));
        assertThat(offers.get(id).taxedAs()).isNull();
    }

    @Test
    void another_users_offer_cannot_be_taxed_elsewhere() {
        var alices = offers.create(OfferFixtures.details("Anthropic", "USD"), salaryOnly("200000"));
        TestUsers.signInAs(accounts, "bob");

        assertThatThrownBy(() -> offers.taxAs(alices, "Seattle")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_dollar_offer_taxed_in_london_names_the_rate_and_is_taxed_in_pounds() {
        var id = offers.create(OfferFixtures.details("Anthropic", "USD", "London"), salaryOnly("200000"));

        var estimate = estimate(id);

        assertThat(estimate.conversion()).isNotNull();
        assertThat(estimate.recurring().gross().currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(estimate.recurring().gross())
                .isEqualTo(
                        estimate.conversion().convert(Money.of("200000", "USD")).rounded());
    }

    @Test
    void married_filing_jointly_uses_its_own_profiles() {
        var id = offers.create(OfferFixtures.details("Anthropic", "USD"), salaryOnly("300000"));
        var single = estimate(id).recurring().takeHome();

        tax.saveSettings(new TaxSettings(FilingStatus.MARRIED_JOINT, 2026));

        var joint = estimate(id);
        assertThat(joint.profiles()).allMatch(title -> title.contains("Married filing jointly"));
        assertThat(joint.recurring().takeHome()).isGreaterThan(single);
    }

    @Test
    void a_tax_year_without_profiles_says_so() {
        var id = offers.create(OfferFixtures.details("Anthropic", "USD"), salaryOnly("300000"));
        tax.saveSettings(new TaxSettings(FilingStatus.SINGLE, 2031));

        var offer = offers.get(id);
        var afterTax =
                tax.afterTax(offer.details().region(), null, offer.latest().compPackage());

        assertThat(afterTax)
                .isInstanceOfSatisfying(
                        AfterTax.NoProfile.class,
                        none -> assertThat(none.reason()).contains("US", "2031"));
    }

    @Test
    void a_tax_year_out_of_range_is_refused() {
        assertThatThrownBy(() -> tax.saveSettings(new TaxSettings(FilingStatus.SINGLE, 1850)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("taxYear"));
        assertThat(tax.settings().taxYear()).isEqualTo(2026);
    }

    @Test
    void only_administrators_add_profile_versions() {
        var document = tax.history("uk-england", 2026).getFirst().document();

        assertThatThrownBy(() -> tax.addVersion(document)).isInstanceOf(AccessDeniedException.class);
        assertThat(tax.history("uk-england", 2026)).hasSize(1);
    }

    @Test
    void an_administrators_change_is_a_new_version_that_the_figures_name() {
        var london = offers.create(OfferFixtures.details("DeepMind", "GBP", "London"), salaryOnly("210000"));
        // read first, so that the profiles are kept (TaxCaches) when the new version comes
        assertThat(estimate(london).profiles()).singleElement().asString().contains("(v1)");
        var document = tax.history("uk-england", 2026).getFirst().document();
        TestUsers.signInAs(accounts, "admin");

        var added = tax.addVersion(document.replace("\"rate\":45", "\"rate\":46"));

        assertThat(added.profile().version()).isEqualTo(2);
        assertThat(added.changedBy()).isEqualTo("admin");
        assertThat(tax.history("uk-england", 2026))
                .extracting(v -> v.profile().version())
                .containsExactly(2, 1);
        TestUsers.signInAs(accounts, "alice");
        var estimate = estimate(london);
        assertThat(estimate.profiles()).singleElement().asString().contains("(v2)");
        assertThat(estimate.recurring().incomeTax()).isEqualTo(Money.of("81551.60", "GBP")); // + 1 % of £84,860
    }

    @Test
    void a_profile_with_overlapping_bands_is_refused_at_its_row_and_nothing_is_stored() {
        var document = tax.history("uk-england", 2026).getFirst().document();
        TestUsers.signInAs(accounts, "admin");
        var overlapping = document.replace("\"from\":50270", "\"from\":40000");
        assertThat(overlapping).isNotEqualTo(document);

        assertThatThrownBy(() -> tax.addVersion(overlapping))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("rows[2]"));
        assertThat(tax.history("uk-england", 2026)).hasSize(1);
    }

    @Test
    void a_document_that_is_no_profile_is_refused_with_what_is_wrong() {
        TestUsers.signInAs(accounts, "admin");
        var stored = jdbc.queryForObject("select count(*) from tax_profile", Long.class);

        assertThatThrownBy(() -> tax.addVersion("{\"key\": \"x\", \"rows\": [{\"kind\": \"MAGIC\"}]}"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("document")).contains("MAGIC"));
        assertThatThrownBy(() -> tax.addVersion("[1, 2"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("document"));
        assertThat(jdbc.queryForObject("select count(*) from tax_profile", Long.class))
                .isEqualTo(stored);
    }

    @Test
    void purchasing_power_divides_take_home_by_the_users_own_index_and_is_off_without_one() {
        var seattle = offers.create(OfferFixtures.details("Amazon", "USD", "Seattle"), salaryOnly("300000"));
        assertThat(estimate(seattle).costOfLiving()).isNull();

        tax.saveCostOfLiving(
                new CostOfLiving("seattle", new BigDecimal("125"), LocalDate.of(2026, 11, 1), "my budget"));

        var estimate = estimate(seattle);
        assertThat(estimate.costOfLiving()).isNotNull();
        assertThat(estimate.costOfLiving().region()).isEqualTo("Seattle");
        var takeHome = estimate.recurring().takeHome();
        assertThat(estimate.costOfLiving().purchasingPower(takeHome))
                .isEqualTo(takeHome.times(new BigDecimal("0.8")).rounded());
        TestUsers.signInAs(accounts, "bob");
        assertThat(tax.costOfLiving()).isEmpty();
    }

    @Test
    void a_cost_index_for_an_unknown_region_or_out_of_range_is_refused_at_its_fields() {
        assertThatThrownBy(() -> tax.saveCostOfLiving(
                        new CostOfLiving("Atlantis", new BigDecimal("0"), LocalDate.of(2026, 11, 1), "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("region", "index"));
        assertThat(tax.costOfLiving()).isEmpty();
    }

    private AfterTax.Estimate estimate(long offerId) {
        var offer = offers.get(offerId);
        var afterTax = tax.afterTax(
                offer.details().region(), offer.taxedAs(), offer.latest().compPackage());
        assertThat(afterTax).isInstanceOf(AfterTax.Estimate.class);
        return (AfterTax.Estimate) afterTax;
    }

    private static RevisionDraft salaryOnly(String base) {
        return salary(base, "0");
    }

    /** A base salary and a signing bonus paid in year 1, repayable within 12 months; no bonus, no equity. */
    private static RevisionDraft salary(String base, String signing) {
        return new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 11, 1),
                new BigDecimal(base),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.NONE,
                BigDecimal.ZERO,
                "25/25/25/25",
                VestingFrequency.MONTHLY,
                0,
                null,
                BigDecimal.ZERO,
                new BigDecimal(signing),
                new BigDecimal(signing).signum() > 0 ? 12 : null,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }
}
