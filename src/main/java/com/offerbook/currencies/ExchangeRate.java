package com.offerbook.currencies;

import com.offerbook.comp.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What one unit of {@code from} is worth in {@code to}, from the stored rates, with the date and source that
 * matter (the older and both sources when neither currency is the US dollar). Converts money and says how.
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal perUnit, LocalDate asOf, String source) {

    public ExchangeRate {
        if (perUnit.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be above 0");
        }
    }

    public boolean isIdentity() {
        return from.equals(to);
    }

    /** The amount in {@code to}, at full precision; money must be in {@code from}. */
    public Money convert(Money money) {
        if (!money.currency().equals(from)) {
            throw new IllegalArgumentException(
                    "This rate converts " + from + ", not " + money.currency() + " (" + explanation() + ")");
        }
        return isIdentity() ? money : new Money(money.amount().multiply(perUnit, MathContext.DECIMAL64), to);
    }

    /** The converted amount with this rate, for showing both. */
    public Conversion conversion(Money money) {
        return new Conversion(money, convert(money), this);
    }

    /** "1 GBP = 1.27 USD (rate of 2026-11-01; Bank of England)" */
    public String explanation() {
        return "1 %s = %s %s (rate of %s; %s)"
                .formatted(
                        from.getCurrencyCode(),
                        perUnit.setScale(4, RoundingMode.HALF_EVEN)
                                .stripTrailingZeros()
                                .toPlainString(),
                        to.getCurrencyCode(),
                        asOf,
                        source);
    }

    /** "1 GBP = 1.27 USD, rate of 2026-11-01": the short form, beside a converted figure. */
    public String shortExplanation() {
        return "1 %s = %s %s, rate of %s"
                .formatted(
                        from.getCurrencyCode(),
                        perUnit.setScale(4, RoundingMode.HALF_EVEN)
                                .stripTrailingZeros()
                                .toPlainString(),
                        to.getCurrencyCode(),
                        asOf);
    }
}
