package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.Money;
import com.offerbook.currencies.ExchangeRates;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class BandServiceTest {

    @Autowired
    BandService bands;

    @Autowired
    ExchangeRates rates;

    @Autowired
    AccountService accounts;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void accountsExist() {
        TestUsers.signInAs(accounts, "admin"); // first account: administrator
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_guides_bands_are_seeded_with_source_and_date() {
        var seeded = bands.list(
                        new BandFilter("Anthropic", "ML/AI Engineer", "", "", "", BandFilter.Scope.SHARED),
                        PageRequest.of(0, 10))
                .getContent();

        assertThat(seeded).hasSize(3);
        var sf = seeded.stream()
                .filter(b -> b.draft().region().equals("San Francisco Bay Area"))
                .findFirst()
                .orElseThrow();
        assertThat(sf.draft().base().min()).isEqualByComparingTo("265000");
        assertThat(sf.draft().base().max()).isEqualByComparingTo("335000");
        assertThat(sf.draft().equity()).isNotNull();
        assertThat(sf.draft().equity().min()).isEqualByComparingTo("425000");
        assertThat(sf.draft().equity().max()).isEqualByComparingTo("750000");
        assertThat(sf.draft().equityVestingYears()).isEqualTo(4);
        assertThat(sf.draft().bonus()).isNull();
        assertThat(sf.draft().totalComp()).isNotNull();
        assertThat(sf.draft().totalComp().min()).isEqualByComparingTo("371000");
        assertThat(sf.draft().totalComp().max()).isEqualByComparingTo("523000");
        assertThat(sf.draft().sourceTitle()).contains("guide");
        assertThat(sf.draft().asOf().getYear()).isEqualTo(2026);
        var london = seeded.stream()
                .filter(b -> b.draft().region().equals("London"))
                .findFirst()
                .orElseThrow();
        assertThat(london.draft().currency()).isEqualTo("GBP");
        assertThat(london.draft().base().min()).isEqualByComparingTo("201000");
        assertThat(london.draft().totalComp()).isNotNull();
        assertThat(london.draft().totalComp().max()).isEqualByComparingTo("398000");
        seeded.forEach(b -> assertThat(BandRules.warnings(b.draft())).isEmpty());
    }

    @Test
    void a_private_band_is_invisible_to_other_users() {
        var saved = bands.create(BandFixtures.privateBand("Acme", "Seattle"));

        TestUsers.signInAs(accounts, "mallory");

        assertThatThrownBy(() -> bands.get(saved.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bands.delete(saved.id())).isInstanceOf(NotFoundException.class);
        assertThat(bands.list(BandFilter.company("Acme"), PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    void ordinary_users_cannot_change_shared_bands_but_administrators_can() {
        var seeded = bands.list(
                        new BandFilter("Anthropic", "", "London", "", "", BandFilter.Scope.SHARED),
                        PageRequest.of(0, 1))
                .getContent()
                .getFirst();

        assertThat(seeded.editable()).isFalse();
        assertThatThrownBy(() -> bands.delete(seeded.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bands.create(BandFixtures.sharedBand("Acme", "London")))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signInAs(accounts, "admin");
        var created = bands.create(BandFixtures.sharedBand("Acme", "London"));
        assertThat(bands.get(created.id()).editable()).isTrue();
        assertThat(bands.get(seeded.id()).editable()).isTrue();
    }

    @Test
    void min_above_max_and_unknown_currency_are_refused() {
        var bad = new BandDraft(
                "Acme",
                "Engineer",
                "Software Engineer",
                "",
                "Seattle",
                "XYZ",
                Range.of(300_000, 200_000),
                null,
                4,
                null,
                null,
                "Notes",
                "",
                LocalDate.of(2026, 1, 1),
                false);

        assertThatThrownBy(() -> bands.create(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKeys("base", "currency"));
    }

    @Test
    void total_comp_that_does_not_add_up_is_saved_with_a_warning_naming_the_mismatch() {
        var d = BandFixtures.privateBand("Acme", "Seattle");
        var inconsistent = new BandDraft(
                d.company(),
                d.roleTitle(),
                d.roleFamily(),
                d.levelLabel(),
                d.region(),
                d.currency(),
                d.base(),
                d.equity(),
                4,
                null,
                Range.of(300_000, 600_000),
                d.sourceTitle(),
                "",
                d.asOf(),
                false);

        var saved = bands.create(inconsistent);

        assertThat(saved.warnings()).singleElement().asString().contains("maximum", "$600,000", "$500,000");
    }

    @Test
    void matching_prefers_the_same_company_then_an_equivalent_level_in_the_region_then_nothing() {
        var same = bands.match(new MatchCriteria("Anthropic", "ML/AI Engineer", "", "San Francisco Bay Area", null))
                .orElseThrow();
        assertThat(same.kind()).isEqualTo(BandMatch.Kind.SAME_COMPANY);
        assertThat(same.band().draft().base().min()).isEqualByComparingTo("265000");

        var google = bands.match(new MatchCriteria("Google", "ML Engineer", "L5", "San Francisco Bay Area", null))
                .orElseThrow();
        assertThat(google.kind()).isEqualTo(BandMatch.Kind.EQUIVALENT_LEVEL);
        assertThat(google.band().draft().company()).isEqualTo("Anthropic");
        assertThat(google.equivalentLevels()).contains("Meta IC5", "Anthropic", "Amazon Applied Scientist II");

        assertThat(bands.match(new MatchCriteria("Google", "ML Engineer", "L3", "San Francisco Bay Area", null)))
                .isEmpty();
        assertThat(bands.match(new MatchCriteria("Initech", "ML/AI Engineer", "", "San Francisco Bay Area", null)))
                .isEmpty();
    }

    @Test
    void a_band_whose_as_of_date_is_more_than_12_months_old_is_flagged_stale() {
        var old = BandFixtures.privateBand("Oldco", "Seattle", LocalDate.now().minusMonths(13));

        assertThat(bands.get(bands.create(old).id()).stale()).isTrue();
        assertThat(bands.get(bands.create(BandFixtures.privateBand("Newco", "Seattle"))
                                .id())
                        .stale())
                .isFalse();
    }

    @Test
    void a_pinned_band_wins_while_it_is_visible() {
        var mine = bands.create(BandFixtures.privateBand("Acme", "Seattle"));

        var pinned = bands.match(
                        new MatchCriteria("Anthropic", "ML/AI Engineer", "", "San Francisco Bay Area", mine.id()))
                .orElseThrow();

        assertThat(pinned.kind()).isEqualTo(BandMatch.Kind.PINNED);
        assertThat(pinned.band().id()).isEqualTo(mine.id());
    }

    @Test
    void the_entities_whose_writes_let_matches_go_are_entities() {
        assertThat(entityManagerFactory.getMetamodel().getEntities())
                .extracting(EntityType::getName)
                .containsAll(BandMatching.SOURCES);
    }

    @Test
    void a_match_is_kept_between_pages_and_a_band_written_later_is_seen_at_once_by_its_owner_only() {
        var criteria = new MatchCriteria("Acme", "ML/AI Engineer", "L5", "Seattle", null);
        var first = bands.create(BandFixtures.privateBand("Acme", "Seattle"));
        assertThat(bands.match(criteria).orElseThrow().band().id()).isEqualTo(first.id());

        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(bands.match(criteria).orElseThrow().band().id()).isEqualTo(first.id());
        assertThat(statistics.getPrepareStatementCount())
                .as("statements for a kept match")
                .isZero();

        var newer = bands.create(BandFixtures.privateBand("Acme", "Seattle", LocalDate.of(2026, 7, 1)));
        var seen = bands.match(criteria).orElseThrow();
        assertThat(seen.band().id()).isEqualTo(newer.id());
        assertThat(seen.band().draft().asOf()).isEqualTo(LocalDate.of(2026, 7, 1));

        TestUsers.signInAs(accounts, "mallory");
        assertThat(bands.match(criteria)).as("alice's bands are hers").isEmpty();
        TestUsers.signInAs(accounts, "alice");
        bands.delete(newer.id());
        assertThat(bands.match(criteria).orElseThrow().band().id()).isEqualTo(first.id());
    }

    @Test
    void only_administrators_change_exchange_rates_and_conversions_follow_the_change() {
        assertThatThrownBy(() -> rates.update("GBP", new BigDecimal("1.30"), LocalDate.of(2026, 11, 20), "Bank"))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signInAs(accounts, "admin");
        rates.update("GBP", new BigDecimal("1.30"), LocalDate.of(2026, 11, 20), "Bank of England daily rate");

        var conversion = rates.convert(Money.of(100, Currency.getInstance("GBP")), Currency.getInstance("USD"));
        assertThat(conversion.converted()).isEqualTo(Money.of(130, Currency.getInstance("USD")));
        assertThat(conversion.explanation()).contains("2026-11-20", "Bank of England");
        assertThatThrownBy(() -> rates.update("GBP", BigDecimal.ZERO, LocalDate.of(2026, 11, 20), "x"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void conversion_uses_the_stored_rate_and_says_which() {
        var conversion = rates.convert(Money.of(201_000, Currency.getInstance("GBP")), Currency.getInstance("USD"));

        assertThat(conversion.converted()).isEqualTo(new Money(new BigDecimal("255270"), Currency.getInstance("USD")));
        assertThat(conversion.explanation()).contains("1 GBP = 1.27 USD", "2026-11-01");
    }
}
