package com.offerbook.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The planner's rule for one component (base, equity grant or signing bonus), written out step by step so the
 * user can see how every number was reached. All money is in the offer's currency.
 *
 * <ol>
 * <li>Band target: min + aim × (max − min) (aim 90 % by default).</li>
 * <li>Competing reference: the best competing offer's value for this component.</li>
 * <li>Premium target: the company's current value × (1 + the lowest premium chosen); its high end uses the
 * highest premium.</li>
 * <li>Suggested ask: the highest of the references that exist and the company's current value (never ask for
 * less than is on the table); with no reference at all, the company's current value (nothing is invented).</li>
 * <li>Range: from the lower of (ask, band target at aim − 20 points) to the higher of (ask, band max, premium
 * high end).</li>
 * <li>Walk-away floor: the best competing value (the alternative you would take), else the band minimum, else
 * the company's current value; never above the ask.</li>
 * <li>At least: a reason the ask must reach an amount (the make-whole amount for equity left behind at the current
 * job) makes that amount one of the references, and the suggested ask is never below it.</li>
 * <li>Rounding: with a step (e.g. 500), the suggested ask, floor and range go to the nearest multiple of it (the
 * ask up to the next one if the nearest is below the company's current value or the amount it must reach).</li>
 * <li>An override replaces the suggestion and is kept; a floor override above the ask is refused.</li>
 * </ol>
 */
public final class CounterTarget {

    private CounterTarget() {}

    /**
     * A reference value with where it comes from, e.g. a competing offer; {@code note} says how it was reached when
     * that is not obvious (a conversion: "converted from $100,000 at 1 USD = 0.7874 GBP, rate of 2026-11-01").
     */
    public record Reference(
            String label, Money value, @Nullable String note) {

        public Reference(String label, Money value) {
            this(label, value, null);
        }
    }

    /** A premium lever: a low and a high percentage with a name. */
    public record Premium(String label, BigDecimal lowPercent, BigDecimal highPercent) {}

    /**
     * An amount the ask must reach, with why ({@code label}, e.g. "the equity you leave behind at Acme") and the
     * steps that made it (shown before the planner's own).
     */
    public record AtLeast(String label, Money value, List<String> steps) {

        public AtLeast {
            steps = List.copyOf(steps);
        }
    }

    /**
     * What the rule needs for one component. {@code bandNote} says how the band's figures were reached (a
     * conversion); {@code step} rounds the suggested ask, floor and range to the nearest multiple (e.g. 500), and
     * null leaves them exact. Numbers the user typed are never rounded.
     */
    public record Inputs(
            String component,
            Money current,
            @Nullable Money bandMin,
            @Nullable Money bandMax,
            BigDecimal aimPercent,
            List<Reference> competing,
            List<Premium> premiums,
            @Nullable Money askOverride,
            @Nullable Money floorOverride,
            @Nullable String bandNote,
            @Nullable BigDecimal step,
            @Nullable AtLeast atLeast) {

        public Inputs {
            if (step != null && step.signum() <= 0) {
                throw new IllegalArgumentException("A rounding step must be above 0");
            }
        }

        /** No amount the ask must reach. */
        public Inputs(
                String component,
                Money current,
                @Nullable Money bandMin,
                @Nullable Money bandMax,
                BigDecimal aimPercent,
                List<Reference> competing,
                List<Premium> premiums,
                @Nullable Money askOverride,
                @Nullable Money floorOverride,
                @Nullable String bandNote,
                @Nullable BigDecimal step) {
            this(
                    component,
                    current,
                    bandMin,
                    bandMax,
                    aimPercent,
                    competing,
                    premiums,
                    askOverride,
                    floorOverride,
                    bandNote,
                    step,
                    null);
        }

        /** Exact figures, no notes. */
        public Inputs(
                String component,
                Money current,
                @Nullable Money bandMin,
                @Nullable Money bandMax,
                BigDecimal aimPercent,
                List<Reference> competing,
                List<Premium> premiums,
                @Nullable Money askOverride,
                @Nullable Money floorOverride) {
            this(
                    component,
                    current,
                    bandMin,
                    bandMax,
                    aimPercent,
                    competing,
                    premiums,
                    askOverride,
                    floorOverride,
                    null,
                    null,
                    null);
        }
    }

    /** The outcome, with the steps in words. */
    public record Result(
            String component,
            Money ask,
            Money rangeLow,
            Money rangeHigh,
            Money floor,
            List<String> steps,
            boolean askOverridden,
            boolean floorOverridden,
            boolean hasReferences) {}

    /** A floor typed above the ask: refused, since the floor is the least the user would take. */
    public static final class FloorAboveAsk extends IllegalArgumentException {

        private final Money floor;
        private final Money ask;

        FloorAboveAsk(Money floor, Money ask) {
            super("The floor (%s) cannot be above the ask (%s)"
                    .formatted(floor.rounded().format(), ask.rounded().format()));
            this.floor = floor;
            this.ask = ask;
        }

        public Money floor() {
            return floor;
        }

        public Money ask() {
            return ask;
        }

        /** The refusal in words for a person; never null, since the constructor gives one. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage(), "the constructor gives a message");
        }
    }

    public static Result compute(Inputs in) {
        var steps = new ArrayList<String>();
        var candidates = new ArrayList<Reference>();
        Money bandTarget = null;
        Money bandLowTarget = null;
        if (in.bandMin() != null && in.bandMax() != null) {
            var width = in.bandMax().minus(in.bandMin());
            bandTarget = in.bandMin().plus(width.percent(in.aimPercent()));
            bandLowTarget = in.bandMin()
                    .plus(width.percent(
                            in.aimPercent().subtract(BigDecimal.valueOf(20)).max(BigDecimal.ZERO)));
            steps.add("Band %s – %s%s: %s %% of the way up is %s."
                    .formatted(
                            in.bandMin().rounded().format(),
                            in.bandMax().rounded().format(),
                            in.bandNote() == null ? "" : " (" + in.bandNote() + ")",
                            Words.plain(in.aimPercent()),
                            bandTarget.rounded().format()));
            candidates.add(new Reference("the band target", bandTarget));
        } else {
            steps.add("No band to aim at.");
        }
        var bestCompeting = in.competing().stream()
                .max(Comparator.comparing(Reference::value))
                .orElse(null);
        if (bestCompeting != null) {
            steps.add("Best competing offer: %s at %s%s."
                    .formatted(
                            bestCompeting.label(),
                            bestCompeting.value().rounded().format(),
                            bestCompeting.note() == null ? "" : " (" + bestCompeting.note() + ")"));
            candidates.add(new Reference(bestCompeting.label(), bestCompeting.value()));
        } else {
            steps.add("No competing offer chosen.");
        }
        Money premiumHigh = null;
        if (!in.premiums().isEmpty() && !in.current().isZero()) {
            var low = in.premiums().stream()
                    .map(Premium::lowPercent)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            var high = in.premiums().stream()
                    .map(Premium::highPercent)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            var premiumTarget = in.current().plus(in.current().percent(low));
            premiumHigh = in.current().plus(in.current().percent(high));
            var names =
                    String.join(", ", in.premiums().stream().map(Premium::label).toList());
            steps.add("Premium (%s): the company's %s + %s %% = %s (up to + %s %% = %s)."
                    .formatted(
                            names,
                            in.current().rounded().format(),
                            Words.plain(low),
                            premiumTarget.rounded().format(),
                            Words.plain(high),
                            premiumHigh.rounded().format()));
            candidates.add(new Reference("the premium", premiumTarget));
        }
        var atLeast = in.atLeast();
        if (atLeast != null) {
            steps.addAll(atLeast.steps());
            steps.add("Make-whole: the ask is at least %s, %s."
                    .formatted(atLeast.value().rounded().format(), atLeast.label()));
            candidates.add(new Reference(atLeast.label(), atLeast.value()));
        }
        boolean hasReferences = !candidates.isEmpty();
        Money suggested;
        if (hasReferences) {
            candidates.add(new Reference("what the company offers now", in.current()));
            var best = candidates.stream()
                    .max(Comparator.comparing(Reference::value))
                    .orElseThrow();
            suggested = best.value();
            steps.add("Suggested ask: the highest of these, %s (%s)."
                    .formatted(suggested.rounded().format(), best.label()));
        } else {
            suggested = in.current();
            steps.add("Nothing to compute an ask from: it starts at the company's current %s; enter your own."
                    .formatted(in.current().rounded().format()));
        }
        if (in.step() != null && in.askOverride() == null && hasReferences) {
            var rounded = roundTo(suggested, in.step());
            // Never below what is on the table, nor below the amount the ask must reach.
            var least = atLeast == null ? in.current() : max(in.current(), atLeast.value());
            if (rounded.compareTo(least) < 0) {
                rounded = new Money(
                        least.amount()
                                .divide(in.step(), 0, RoundingMode.CEILING)
                                .multiply(in.step()),
                        least.currency());
            }
            if (!rounded.equals(suggested.rounded())) {
                steps.add("Rounded to the nearest %s: %s.".formatted(stepText(in), rounded.format()));
            }
            suggested = rounded;
        }
        var ask = in.askOverride() != null ? in.askOverride() : suggested;
        if (in.askOverride() != null) {
            steps.add("You set the ask to %s."
                    .formatted(in.askOverride().rounded().format()));
            if (atLeast != null && in.askOverride().compareTo(atLeast.value()) < 0) {
                steps.add("That is below the make-whole amount, %s: you would not be made whole."
                        .formatted(atLeast.value().rounded().format()));
            }
        }
        var rangeLow = bandLowTarget == null ? ask : min(ask, bandLowTarget);
        var rangeHigh = max(ask, in.bandMax() == null ? ask : in.bandMax());
        if (premiumHigh != null) {
            rangeHigh = max(rangeHigh, premiumHigh);
        }
        if (in.step() != null) {
            rangeLow = min(ask, roundTo(rangeLow, in.step()));
            rangeHigh = max(ask, roundTo(rangeHigh, in.step()));
        }
        Money floor;
        if (bestCompeting != null) {
            floor = bestCompeting.value();
            steps.add("Walk-away floor: below %s the competing offer from %s is worth more."
                    .formatted(floor.rounded().format(), bestCompeting.label()));
        } else if (in.bandMin() != null) {
            floor = in.bandMin();
            steps.add("Walk-away floor: the bottom of the band, %s."
                    .formatted(floor.rounded().format()));
        } else {
            floor = in.current();
            steps.add("Walk-away floor: the company's current %s (no band, no alternative)."
                    .formatted(floor.rounded().format()));
        }
        if (in.step() != null && in.floorOverride() == null) {
            var rounded = roundTo(floor, in.step());
            if (!rounded.equals(floor.rounded())) {
                steps.add("Rounded to the nearest %s: %s.".formatted(stepText(in), rounded.format()));
            }
            floor = rounded;
        }
        if (in.floorOverride() != null) {
            if (in.floorOverride().compareTo(ask) > 0) {
                throw new FloorAboveAsk(in.floorOverride(), ask);
            }
            floor = in.floorOverride();
            steps.add("You set the floor to %s.".formatted(floor.rounded().format()));
        } else if (floor.compareTo(ask) > 0) {
            floor = ask;
            steps.add("The floor is kept at the ask, %s: it is never above it."
                    .formatted(ask.rounded().format()));
        }
        return new Result(
                in.component(),
                ask,
                rangeLow,
                rangeHigh,
                floor,
                List.copyOf(steps),
                in.askOverride() != null,
                in.floorOverride() != null,
                hasReferences);
    }

    /** To the nearest multiple of {@code step}, halves up: 78,740.16 to the nearest 500 is 78,500. */
    public static Money roundTo(Money money, BigDecimal step) {
        var multiples = money.amount().divide(step, 0, RoundingMode.HALF_UP);
        return new Money(multiples.multiply(step), money.currency());
    }

    private static String stepText(Inputs in) {
        return new Money(Objects.requireNonNull(in.step()), in.current().currency()).format();
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
