package com.offerbook.currencies;

import com.offerbook.base.InvalidInputException;
import com.offerbook.comp.Money;
import com.offerbook.security.CurrentUser;
import java.math.BigDecimal;
import java.math.MathContext;
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
    private final CurrentUser currentUser;

    ExchangeRates(FxRateRepository rates, CurrentUser currentUser) {
        this.rates = rates;
        this.currentUser = currentUser;
    }

    public List<Rate> list() {
        return rates.findAll(org.springframework.data.domain.Sort.by("currency")).stream()
                .map(r -> new Rate(r.getCurrency(), r.getUsdPerUnit(), r.getAsOf(), r.getSource()))
                .toList();
    }

    /** Converts via US dollars; the conversion carries the rate's date and source (the older one for two non-USD currencies). */
    public Conversion convert(Money money, Currency target) {
        if (money.currency().equals(target)) {
            return new Conversion(money, money, BigDecimal.ONE, LocalDate.now(), "same currency");
        }
        var from = rate(money.currency());
        var to = rate(target);
        var rate = from.getUsdPerUnit().divide(to.getUsdPerUnit(), MathContext.DECIMAL64);
        // US dollars are the base: the date and source that matter are those of the other rate(s).
        var asOf = isBase(from)
                ? to.getAsOf()
                : isBase(to) ? from.getAsOf() : from.getAsOf().isBefore(to.getAsOf()) ? from.getAsOf() : to.getAsOf();
        var source = isBase(from)
                ? to.getSource()
                : isBase(to) ? from.getSource() : from.getSource() + "; " + to.getSource();
        return new Conversion(
                money, new Money(money.amount().multiply(rate, MathContext.DECIMAL64), target), rate, asOf, source);
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
        if (source.isBlank() || com.offerbook.base.Texts.hasControlCharacters(source)) {
            throw new InvalidInputException(Map.of("source", "Say where the rate comes from"));
        }
        rate(Currency.getInstance(currency)).update(usdPerUnit, asOf, source.strip());
    }

    private static boolean isBase(FxRate rate) {
        return rate.getCurrency().equals("USD");
    }

    private FxRate rate(Currency currency) {
        return rates.findById(currency.getCurrencyCode())
                .orElseThrow(() -> new IllegalStateException("No stored exchange rate for " + currency));
    }
}
