package com.offerbook.currencies;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Texts;
import com.offerbook.comp.Money;
import com.offerbook.security.CurrentUser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Converts money between currencies with the stored rates. Never fetches a rate from the network. */
@Service
@Transactional(readOnly = true)
public class ExchangeRates {

    /** A stored rate as shown to people. */
    public record Rate(String currency, BigDecimal usdPerUnit, LocalDate asOf, String source) {}

    private final FxRateRepository rates;
    private final StoredRates stored;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExchangeRates(FxRateRepository rates, StoredRates stored, CurrentUser currentUser, Clock clock) {
        this.rates = rates;
        this.stored = stored;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every stored rate, by currency code. */
    public List<Rate> list() {
        return stored.all();
    }

    /**
     * The rate from one currency to another, via US dollars, with the date and source that matter: those of the
     * non-dollar rate, or the older date and both sources for two non-dollar currencies. The same currency is a
     * rate of 1 dated today (by the application's clock).
     */
    public ExchangeRate rate(Currency from, Currency to) {
        if (from.equals(to)) {
            return new ExchangeRate(from, to, BigDecimal.ONE, LocalDate.now(clock), "same currency");
        }
        var fromRate = kept(from);
        var toRate = kept(to);
        var perUnit = fromRate.usdPerUnit().divide(toRate.usdPerUnit(), MathContext.DECIMAL64);
        LocalDate asOf;
        String source;
        if (isBase(fromRate)) {
            asOf = toRate.asOf();
            source = toRate.source();
        } else if (isBase(toRate)) {
            asOf = fromRate.asOf();
            source = fromRate.source();
        } else {
            asOf = fromRate.asOf().isBefore(toRate.asOf()) ? fromRate.asOf() : toRate.asOf();
            source = fromRate.source() + "; " + toRate.source();
        }
        return new ExchangeRate(from, to, perUnit, asOf, source);
    }

    /** Converts money to the target currency; the conversion carries the rate, its date and source. */
    public Conversion convert(Money money, Currency target) {
        return rate(money.currency(), target).conversion(money);
    }

    /** Administrators keep the rates current. */
    @Transactional
    public void update(String currency, BigDecimal usdPerUnit, LocalDate asOf, String source) {
        if (!currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Only administrators change exchange rates");
        }
        if (usdPerUnit.signum() <= 0) {
            throw new InvalidInputException(Map.of("usdPerUnit", "A rate must be above 0"));
        }
        if (source.isBlank() || Texts.hasControlCharacters(source)) {
            throw new InvalidInputException(Map.of("source", "Say where the rate comes from"));
        }
        var row = stored(Currency.getInstance(currency));
        row.update(usdPerUnit, asOf, source.strip());
        rates.saveAndFlush(row); // written now, so that the kept rates are let go before the next figure
    }

    private static boolean isBase(Rate rate) {
        return rate.currency().equals("USD");
    }

    private Rate kept(Currency currency) {
        return stored.of(currency.getCurrencyCode())
                .orElseThrow(() -> new IllegalStateException("No stored exchange rate for " + currency));
    }

    /** The row itself, to change it. */
    private FxRate stored(Currency currency) {
        return rates.findById(currency.getCurrencyCode())
                .orElseThrow(() -> new IllegalStateException("No stored exchange rate for " + currency));
    }
}
