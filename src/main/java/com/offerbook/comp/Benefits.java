package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an employer pays besides pay, as money a year, kept apart from total comp so the two are never mixed: a
 * retirement match ({@code matchPercent} % of what the employee puts in, on contributions up to
 * {@code matchLimitPercent} % of base, at most {@code matchCap} a year when there is a cap), the value of health cover,
 * and other yearly benefits. The match assumes the employee contributes at least the limit: the most the match can be.
 */
public record Benefits(
        BigDecimal matchPercent,
        BigDecimal matchLimitPercent,
        @Nullable Money matchCap,
        Money health,
        Money other) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Benefits {
        Objects.requireNonNull(health, "health");
        for (var percent : new BigDecimal[] {matchPercent, matchLimitPercent}) {
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("A match percentage is between 0 and 100 %");
            }
        }
        if (!other.currency().equals(health.currency())
                || (matchCap != null && !matchCap.currency().equals(health.currency()))) {
            throw new IllegalArgumentException("All benefits are in one currency (" + health.currency() + ")");
        }
        if (health.isNegative() || other.isNegative() || (matchCap != null && matchCap.isNegative())) {
            throw new IllegalArgumentException("Benefits cannot be negative");
        }
    }

    public static Benefits none(Currency currency) {
        var zero = Money.zero(currency);
        return new Benefits(BigDecimal.ZERO, BigDecimal.ZERO, null, zero, zero);
    }

    public boolean isNone() {
        return matchPercent.signum() == 0 && health.isZero() && other.isZero();
    }

    /** The most the employer adds to retirement savings in a year on this base: 50 % of up to 6 % of $200,000 = $6,000. */
    public Money employerMatch(Money base) {
        var match = base.percent(matchLimitPercent).percent(matchPercent).rounded();
        return matchCap != null && match.compareTo(matchCap) > 0 ? matchCap : match;
    }

    /** Match, health cover and other benefits: the yearly value of the benefits. */
    public Money yearly(Money base) {
        return employerMatch(base).plus(health).plus(other);
    }

    /** Total rewards: a year's pay figure (recurring total comp, say) plus the benefits on its base. */
    public Money totalRewards(Money pay, Money base) {
        return pay.plus(yearly(base));
    }
}
