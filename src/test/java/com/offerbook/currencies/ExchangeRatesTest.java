package com.offerbook.currencies;

import static java.math.MathContext.DECIMAL64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.comp.Money;
import com.offerbook.security.CurrentUser;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rates on a clock of their own: built by hand from the application's beans, so the tests share the cached
 * Spring context instead of starting a second one for another clock.
 */
@DatabaseTest
class ExchangeRatesTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency EUR = Currency.getInstance("EUR");
    static final String ILLUSTRATIVE = "Illustrative rate entered with Offerbook; update before relying on it";

    /** A day that is not today, so a rate dated by the system clock instead of the given one is caught. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-15T12:00:00Z"), ZoneOffset.UTC);

    @Autowired
    FxRateRepository repository;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AccountService accounts;

    @Autowired
    StoredRates stored;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    ExchangeRates rates;

    @BeforeEach
    void ratesOnTheFixedClock() {
        rates = new ExchangeRates(repository, stored, currentUser, CLOCK);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_entity_whose_writes_let_the_kept_rates_go_is_an_entity() {
        assertThat(entityManagerFactory.getMetamodel().getEntities())
                .extracting(EntityType::getName)
                .contains(StoredRates.SOURCE);
    }

    @Test
    void the_same_currency_is_dated_by_the_applications_clock() {
        var conversion = rates.convert(Money.of(100, USD), USD);

        assertThat(conversion.converted()).isEqualTo(Money.of(100, USD));
        assertThat(conversion.explanation()).contains("2030-01-15");
        assertThat(rates.rate(GBP, GBP).asOf()).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(rates.rate(GBP, GBP).isIdentity()).isTrue();
    }

    @Test
    void a_rate_converts_money_and_names_its_date_and_source() {
        // Seeded in V004: 1 GBP = 1.27 USD as of 2026-11-01, an illustrative rate.
        var rate = rates.rate(USD, GBP);

        assertThat(rate.perUnit()).isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("1.27"), DECIMAL64));
        assertThat(rate.convert(Money.of(310_000, USD)).rounded()).isEqualTo(Money.of("244094.49", "GBP"));
        assertThat(rate.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(rate.explanation()).isEqualTo("1 USD = 0.7874 GBP (rate of 2026-11-01; " + ILLUSTRATIVE + ")");
        assertThat(rate.shortExplanation()).isEqualTo("1 USD = 0.7874 GBP, rate of 2026-11-01");
        assertThat(rates.rate(GBP, USD).convert(Money.of(201_000, GBP))).isEqualTo(Money.of(255_270, USD));
    }

    @Test
    void between_two_currencies_other_than_the_dollar_the_older_date_and_both_sources_are_named() {
        TestUsers.signInAs(accounts, "admin");
        var before = rates.rate(GBP, EUR); // read first: the rates are kept (StoredRates) when the change comes
        rates.update("EUR", new BigDecimal("1.10"), LocalDate.of(2026, 11, 20), "ECB reference rate");

        var rate = rates.rate(GBP, EUR);
        assertThat(rate.perUnit()).isNotEqualByComparingTo(before.perUnit());

        // 1.27 / 1.10 = 1.154545…
        assertThat(rate.perUnit())
                .isEqualByComparingTo(new BigDecimal("1.27").divide(new BigDecimal("1.10"), DECIMAL64));
        assertThat(rate.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(rate.source()).isEqualTo(ILLUSTRATIVE + "; ECB reference rate");
        assertThat(rate.conversion(Money.of(100, GBP)).converted().rounded()).isEqualTo(Money.of("115.45", "EUR"));
    }

    @Test
    void a_rate_refuses_money_in_another_currency() {
        assertThatThrownBy(() -> rates.rate(GBP, USD).convert(Money.of(100, EUR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("converts GBP");
    }
}
