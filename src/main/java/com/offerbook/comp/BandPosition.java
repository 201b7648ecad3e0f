package com.offerbook.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Where a value sits in a band's min–max range: {@code (value − min) / (max − min)}, named as below the band,
 * its lower, middle or upper third, or above it, with the money still to go to the top of the range.
 */
public record BandPosition(Money value, Money min, Money max, Zone zone, BigDecimal fraction, Money gapToTop) {

    /** The named part of the range a value falls in. */
    public enum Zone {
        BELOW("Below the band"),
        LOWER_THIRD("Lower third"),
        MIDDLE_THIRD("Middle third"),
        UPPER_THIRD("Upper third"),
        ABOVE("Above the band");

        private final String label;

        Zone(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final BigDecimal ONE_THIRD = new BigDecimal(1).divide(new BigDecimal(3), Money.PRECISION);
    private static final BigDecimal TWO_THIRDS = new BigDecimal(2).divide(new BigDecimal(3), Money.PRECISION);

    public static BandPosition of(Money value, Money min, Money max) {
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("A band's max is below its min");
        }
        var width = max.minus(min).amount();
        BigDecimal fraction;
        if (width.signum() == 0) {
            fraction = value.compareTo(min) < 0
                    ? BigDecimal.valueOf(-1)
                    : value.compareTo(max) > 0 ? BigDecimal.valueOf(2) : BigDecimal.ONE;
        } else {
            fraction = value.minus(min).amount().divide(width, Money.PRECISION);
        }
        Zone zone;
        if (value.compareTo(min) < 0) {
            zone = Zone.BELOW;
        } else if (value.compareTo(max) > 0) {
            zone = Zone.ABOVE;
        } else if (fraction.compareTo(ONE_THIRD) < 0) {
            zone = Zone.LOWER_THIRD;
        } else if (fraction.compareTo(TWO_THIRDS) < 0) {
            zone = Zone.MIDDLE_THIRD;
        } else {
            zone = Zone.UPPER_THIRD;
        }
        return new BandPosition(value, min, max, zone, fraction, max.minus(value));
    }

    /** Percent through the range, e.g. 71.4 (can be below 0 or above 100 outside the band). */
    public BigDecimal percentThrough() {
        return fraction.multiply(BigDecimal.valueOf(100), Money.PRECISION);
    }

    /**
     * How far through the range, as people read it: "71.43 %" inside the band; outside it the money to its
     * nearest edge, "$57,000 below the bottom of the band" or "$12,000 above the top of the band" (a percentage
     * below 0 or above 100 says little).
     */
    public String throughTheRange() {
        return throughTheRange(Locale.US);
    }

    /** {@link #throughTheRange()} with the separators of {@code locale} ("71,43 %", "$57.000 below …" in German). */
    public String throughTheRange(Locale locale) {
        return switch (zone) {
            case BELOW -> min.minus(value).rounded().format(locale) + " below the bottom of the band";
            case ABOVE -> value.minus(max).rounded().format(locale) + " above the top of the band";
            case LOWER_THIRD, MIDDLE_THIRD, UPPER_THIRD ->
                AmountText.display(
                                percentThrough()
                                        .setScale(2, RoundingMode.HALF_EVEN)
                                        .stripTrailingZeros(),
                                locale)
                        + " %";
        };
    }
}
