package com.offerbook.comp;

import com.offerbook.base.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How an equity grant vests: a percentage per year that together make 100, a cliff in months before which nothing
 * vests (what would have vested is released at the cliff), and how often shares are released after the cliff.
 *
 * <p>Within a year the grant accrues evenly by month; a release hands over what has accrued since the last one.
 * Releases happen at the cliff and then every {@link VestingFrequency#months()} months after it (with no cliff:
 * every period from the start), and the last one at the end of the schedule. Monthly releases are the schedule as
 * every revision before vesting frequencies had it.
 */
public record VestingSchedule(List<BigDecimal> yearlyPercents, int cliffMonths, VestingFrequency frequency) {

    public static final int MAX_YEARS = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public VestingSchedule {
        yearlyPercents = List.copyOf(yearlyPercents);
        Objects.requireNonNull(frequency, "frequency");
        if (yearlyPercents.isEmpty() || yearlyPercents.size() > MAX_YEARS) {
            throw new IllegalArgumentException("A schedule has 1 to " + MAX_YEARS + " years");
        }
        if (yearlyPercents.stream().anyMatch(p -> p.signum() < 0)) {
            throw new IllegalArgumentException("Yearly percentages cannot be negative");
        }
        var sum = yearlyPercents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("The yearly percentages add up to "
                    + sum.stripTrailingZeros().toPlainString() + " %, not 100 %");
        }
        if (cliffMonths < 0) {
            throw new IllegalArgumentException("The cliff cannot be negative");
        }
        if (cliffMonths > yearlyPercents.size() * 12) {
            throw new IllegalArgumentException("The cliff (" + cliffMonths
                    + " months) is longer than the vesting period (" + yearlyPercents.size() * 12 + " months)");
        }
    }

    /** Monthly releases after the cliff. */
    public VestingSchedule(List<BigDecimal> yearlyPercents, int cliffMonths) {
        this(yearlyPercents, cliffMonths, VestingFrequency.MONTHLY);
    }

    /** Even vesting over the given years, e.g. 25/25/25/25 for 4. */
    public static VestingSchedule even(int years, int cliffMonths) {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("A schedule has 1 to " + MAX_YEARS + " years");
        }
        var share = HUNDRED.divide(BigDecimal.valueOf(years), Money.PRECISION);
        var percents = new ArrayList<BigDecimal>();
        var remaining = HUNDRED;
        for (int year = 1; year < years; year++) {
            percents.add(share);
            remaining = remaining.subtract(share);
        }
        percents.add(remaining);
        return new VestingSchedule(percents, cliffMonths);
    }

    /**
     * Parses "25/25/25/25" (or with commas or spaces). Throws IllegalArgumentException with a message fit for
     * a person when the text is not a valid schedule.
     */
    public static VestingSchedule parse(String text, int cliffMonths) {
        return parse(text, cliffMonths, VestingFrequency.MONTHLY);
    }

    /** {@link #parse(String, int)} with releases at the given frequency after the cliff. */
    public static VestingSchedule parse(String text, int cliffMonths, VestingFrequency frequency) {
        // Ten numbers and their separators; anything longer is refused before it is split (issue 19).
        if (text.length() > MAX_YEARS * (Amounts.MAX_LENGTH + 2)) {
            throw new IllegalArgumentException("Too long for a vesting schedule; write e.g. 25/25/25/25");
        }
        var parts = Arrays.stream(text.trim().split("[/,;\\s]+"))
                .filter(p -> !p.isBlank())
                .toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Enter a percentage per year, e.g. 25/25/25/25");
        }
        if (parts.size() > MAX_YEARS) {
            throw new IllegalArgumentException("A schedule has 1 to " + MAX_YEARS + " years");
        }
        var percents = new ArrayList<BigDecimal>();
        for (var part : parts) {
            switch (Amounts.parse(part.replace("%", ""))) {
                case Amounts.Result.Amount(var percent) -> percents.add(percent);
                case Amounts.Result.Refused(var reason) ->
                    throw new IllegalArgumentException("Year %d, '%s': %s; write e.g. 25/25/25/25"
                            .formatted(
                                    percents.size() + 1,
                                    Texts.excerpt(part),
                                    reason.message().toLowerCase(Locale.ROOT)));
            }
        }
        return new VestingSchedule(percents, cliffMonths, frequency);
    }

    /** The same percentages and frequency with another cliff (refused when longer than the vesting period). */
    public VestingSchedule withCliff(int newCliffMonths) {
        return new VestingSchedule(yearlyPercents, newCliffMonths, frequency);
    }

    /** The same percentages and cliff, released at another frequency. */
    public VestingSchedule withFrequency(VestingFrequency newFrequency) {
        return new VestingSchedule(yearlyPercents, cliffMonths, newFrequency);
    }

    public int years() {
        return yearlyPercents.size();
    }

    /** "25/25/25/25" */
    public String format() {
        return String.join(
                "/",
                yearlyPercents.stream()
                        .map(p -> p.stripTrailingZeros().toPlainString())
                        .toList());
    }

    /** Share of the grant vested after {@code months} months, honouring the cliff and the frequency. 0 ≤ result ≤ 1. */
    public BigDecimal vestedFractionAfter(int months) {
        if (months < cliffMonths || months <= 0) {
            return BigDecimal.ZERO;
        }
        return accruedFraction(lastReleaseBy(months));
    }

    /** The month of the last release at or before {@code months} (0 when none yet); the cliff has passed. */
    private int lastReleaseBy(int months) {
        int end = years() * 12;
        if (months >= end) {
            return end;
        }
        int period = frequency.months();
        return cliffMonths + (months - cliffMonths) / period * period;
    }

    /** Share of the grant accrued after {@code months} months, ignoring cliff and frequency (monthly within a year). */
    private BigDecimal accruedFraction(int months) {
        int capped = Math.min(months, years() * 12);
        var percent = BigDecimal.ZERO;
        int fullYears = capped / 12;
        for (int year = 0; year < fullYears; year++) {
            percent = percent.add(yearlyPercents.get(year));
        }
        int extraMonths = capped % 12;
        if (extraMonths > 0) {
            percent = percent.add(yearlyPercents
                    .get(fullYears)
                    .multiply(BigDecimal.valueOf(extraMonths))
                    .divide(TWELVE, Money.PRECISION));
        }
        return percent.divide(HUNDRED, Money.PRECISION);
    }

    /**
     * Percentage of the grant released during year {@code year} (1-based), after the cliff and the frequency have
     * been applied. A year whose both ends are releases (after the cliff, on the frequency) gets its own percentage.
     */
    public BigDecimal percentVestingInYear(int year) {
        if (year < 1 || year > years()) {
            return BigDecimal.ZERO;
        }
        if (releasesAt((year - 1) * 12) && releasesAt(year * 12)) {
            return yearlyPercents.get(year - 1);
        }
        var fraction = vestedFractionAfter(year * 12).subtract(vestedFractionAfter((year - 1) * 12));
        return fraction.multiply(HUNDRED, Money.PRECISION);
    }

    /** Whether what has accrued by {@code month} has all been released then (month 0: nothing has accrued). */
    private boolean releasesAt(int month) {
        return month == 0 || (month >= cliffMonths && lastReleaseBy(month) == month);
    }

    /** Equity vesting in year {@code year}: grant × that year's percentage. */
    public Money equityInYear(Money grant, int year) {
        return grant.percent(percentVestingInYear(year));
    }
}
