package com.offerbook.negotiation;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.Texts;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.CounterTarget;
import com.offerbook.comp.Money;
import com.offerbook.comp.Verdict;
import com.offerbook.comp.Words;
import com.offerbook.currencies.ExchangeRate;
import com.offerbook.currencies.ExchangeRates;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.security.CurrentUser;
import com.offerbook.valuation.MakeWholeAmount;
import com.offerbook.valuation.ValuationService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a counter-offer for one of the user's offers: targets for base, equity grant and signing bonus (see
 * {@link CounterTarget} and docs/negotiation.md), verdicts on the company's latest offer, a counter message,
 * and recording the asks as a counter revision. Plans and levers are private to their user.
 */
@Service
@Transactional(readOnly = true)
public class NegotiationService {

    private final OfferService offers;
    private final BandService bands;
    private final ExchangeRates rates;
    private final NegotiationPlanRepository plans;
    private final PremiumLeverRepository levers;
    private final ValuationService valuation;
    private final CurrentUser currentUser;
    private final Clock clock;

    NegotiationService(
            OfferService offers,
            BandService bands,
            ExchangeRates rates,
            NegotiationPlanRepository plans,
            PremiumLeverRepository levers,
            ValuationService valuation,
            CurrentUser currentUser,
            Clock clock) {
        this.offers = offers;
        this.bands = bands;
        this.rates = rates;
        this.plans = plans;
        this.levers = levers;
        this.valuation = valuation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The plan with the stored settings, or the defaults (matched band, aim 90 %, nothing else chosen). */
    public Plan plan(long offerId) {
        var offer = offers.getWithBand(offerId);
        var stored = plans.findByOfferIdAndOwnerId(offerId, currentUser.id()).map(NegotiationPlan::toSettings);
        var settings = stored.orElseGet(() -> PlanSettings.defaults(
                offer.band() == null ? null : offer.band().match().band().id()));
        return compute(offer.offer(), settings);
    }

    /** Computes a plan for settings not yet saved (what the form shows while the user changes it). */
    public Plan preview(long offerId, PlanSettings settings) {
        validate(settings);
        return compute(offers.get(offerId), settings);
    }

    /** Stores the settings (overrides included) after checking them; nothing is saved when they are invalid. */
    @Transactional
    public Plan save(long offerId, PlanSettings settings) {
        validate(settings);
        if (settings.bandId() != null) {
            try {
                bands.get(settings.bandId()); // one the user may see, and still there
            } catch (NotFoundException gone) {
                throw new PlanRefusal(Map.of(), Map.of("bandId", "That band is no longer available; choose another"));
            }
        }
        var offer = offers.get(offerId); // not found unless it is the user's
        var plan = compute(offer, settings); // refuses a floor above the ask before anything is stored
        var userId = currentUser.id();
        var entity =
                plans.findByOfferIdAndOwnerId(offerId, userId).orElseGet(() -> new NegotiationPlan(offerId, userId));
        entity.apply(settings, clock.instant());
        plans.saveAndFlush(entity);
        return plan;
    }

    /**
     * Saves the asks as a new revision of kind "my counter", with the message as its note. Settings the planner
     * or the offer's rules refuse are refused on the planner's fields, and nothing is recorded.
     */
    @Transactional
    public long recordCounter(long offerId) {
        var plan = plan(offerId);
        validate(plan.settings()); // a plan stored before today's limits is checked again
        // Everything but the asked amounts stays as the latest revision states it (vesting frequency, the signing
        // bonus's split by year and clawbacks included).
        var draft = offers.get(offerId)
                .latest()
                .draft()
                .counter(
                        LocalDate.now(clock),
                        plan.target(PlanComponent.BASE).ask().rounded().amount(),
                        plan.target(PlanComponent.EQUITY).ask().rounded().amount(),
                        plan.target(PlanComponent.SIGNING).ask().rounded().amount(),
                        plan.message());
        try {
            return offers.addRevision(offerId, draft);
        } catch (InvalidInputException refused) {
            throw onPlannerFields(refused);
        }
    }

    /** The revision's field names of a refused counter, as the planner's asks and message. */
    private static PlanRefusal onPlannerFields(InvalidInputException refused) {
        var figures = new LinkedHashMap<PlanRefusal.At, String>();
        var settings = new LinkedHashMap<String, String>();
        refused.problems().forEach((field, text) -> {
            switch (field) {
                case "baseSalary" ->
                    figures.put(new PlanRefusal.At(PlanComponent.BASE, PlanComponent.Figure.ASK), text);
                case "equityGrant" ->
                    figures.put(new PlanRefusal.At(PlanComponent.EQUITY, PlanComponent.Figure.ASK), text);
                case "signingBonus" ->
                    figures.put(new PlanRefusal.At(PlanComponent.SIGNING, PlanComponent.Figure.ASK), text);
                case "note" -> settings.put("message", text);
                default -> settings.put(field, "The offer's latest revision: " + text);
            }
        });
        return new PlanRefusal(figures, settings);
    }

    /** Every stored plan of the user, by offer id (for the data export). */
    public Map<Long, PlanSettings> allPlans() {
        var userId = currentUser.id();
        return plans.findByOwnerId(userId).stream()
                .collect(Collectors.toMap(NegotiationPlan::getOfferId, NegotiationPlan::toSettings));
    }

    public List<Lever> levers() {
        return levers.findVisible(currentUser.id()).stream()
                .map(PremiumLever::toRecord)
                .toList();
    }

    @Transactional
    public Lever addLever(String name, BigDecimal lowPercent, BigDecimal highPercent, String rationale) {
        var problems = new LinkedHashMap<String, String>();
        if (name.isBlank() || name.strip().length() > 80 || Texts.hasControlCharacters(name)) {
            problems.put("name", "Give the lever a name of at most 80 characters");
        }
        if (lowPercent.signum() < 0 || lowPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("lowPercent", "Use a percentage from 0 to 100");
        }
        if (highPercent.signum() < 0 || highPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("highPercent", "Use a percentage from 0 to 100");
        } else if (highPercent.compareTo(lowPercent) < 0) {
            problems.put("highPercent", "The high end is below the low end");
        }
        if (rationale.isBlank() || rationale.strip().length() > 300 || Texts.hasControlCharacters(rationale)) {
            problems.put("rationale", "Say in one line (at most 300 characters) why it applies");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return levers.saveAndFlush(
                        new PremiumLever(currentUser.id(), name.strip(), lowPercent, highPercent, rationale.strip()))
                .toRecord();
    }

    private void validate(PlanSettings s) {
        var settings = new LinkedHashMap<String, String>();
        var figures = new LinkedHashMap<PlanRefusal.At, String>();
        if (s.aimPercent().signum() < 0 || s.aimPercent().compareTo(BigDecimal.valueOf(150)) > 0) {
            settings.put("aimPercent", "Aim between 0 % (bottom of the band) and 150 % (well above its top)");
        }
        for (var component : PlanComponent.values()) {
            var ceiling = component == PlanComponent.EQUITY ? Limits.MAX_GRANT : Limits.MAX_AMOUNT;
            for (var figure : PlanComponent.Figure.values()) {
                var value = s.figure(component, figure);
                if (value != null && value.signum() < 0) {
                    figures.put(new PlanRefusal.At(component, figure), "Cannot be negative");
                } else if (value != null && value.compareTo(ceiling) > 0) {
                    figures.put(new PlanRefusal.At(component, figure), "Too large: check for an extra zero");
                }
            }
        }
        var visibleLevers = levers().stream().map(Lever::id).toList();
        if (!visibleLevers.containsAll(s.leverIds())) {
            settings.put("leverIds", "Unknown lever");
        }
        if (!s.competingOfferIds().containsAll(s.mentionedOfferIds())) {
            settings.put("mentionedOfferIds", "Only competing offers you chose can be mentioned");
        }
        if (!figures.isEmpty() || !settings.isEmpty()) {
            throw new PlanRefusal(figures, settings);
        }
    }

    private Plan compute(OfferDetails offer, PlanSettings settings) {
        var p = offer.latest().compPackage();
        var currency = p.currency();
        var step = settings.rounding().stepAmount();
        var missing = new ArrayList<String>();
        var conversions = new ArrayList<String>();
        var others =
                offers
                        .list(OfferFilter.none(), PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "lastChangeAt")))
                        .stream()
                        .filter(o -> o.id() != offer.id())
                        .map(o -> new Plan.Choice(o.id(), o.company() + " · " + o.roleTitle()))
                        .toList();

        BandDetails band = null;
        if (settings.bandId() != null) {
            try {
                band = bands.get(settings.bandId());
            } catch (NotFoundException gone) {
                missing.add("The chosen band is no longer available.");
            }
        }
        if (band == null) {
            missing.add("No band: choose one, or add one under Bands, to aim at a place in a range.");
        }
        String bandNote = null;
        var bandRanges = new EnumMap<PlanComponent, Range>(PlanComponent.class);
        if (band != null) {
            var bandRate = rates.rate(band.currency(), currency);
            if (!bandRate.isIdentity()) {
                bandNote = "converted at " + bandRate.shortExplanation();
                conversions.add("Band figures converted: " + bandRate.explanation());
            }
            Function<BigDecimal, Money> toOffer = amount -> bandRate.convert(new Money(amount, bandRate.from()));
            bandRanges.put(
                    PlanComponent.BASE,
                    new Range(
                            toOffer.apply(band.draft().base().min()),
                            toOffer.apply(band.draft().base().max())));
            var equity = band.draft().equity();
            if (equity != null) {
                var scale = BigDecimal.valueOf(p.vesting().years())
                        .divide(BigDecimal.valueOf(band.draft().equityVestingYears()), MathContext.DECIMAL64);
                bandRanges.put(
                        PlanComponent.EQUITY,
                        new Range(
                                toOffer.apply(equity.min()).times(scale),
                                toOffer.apply(equity.max()).times(scale)));
            }
        }

        // One read for all of them; not found unless each is the user's.
        var competing = offers.getAll(settings.competingOfferIds()).stream()
                .map(other -> competitor(other, p))
                .toList();
        if (competing.isEmpty()) {
            missing.add("No competing offer chosen: an alternative sets your walk-away floor.");
        }
        competing.stream()
                .filter(c -> !c.rate().isIdentity())
                .forEach(c -> conversions.add(
                        c.label() + "'s figures converted: " + c.rate().explanation()));
        var allLevers = levers();
        var chosenLevers = allLevers.stream()
                .filter(l -> settings.leverIds().contains(l.id()))
                .toList();
        var premiums = chosenLevers.stream()
                .map(l -> new CounterTarget.Premium(l.name(), l.lowPercent(), l.highPercent()))
                .toList();
        // The make-whole lever: on whenever a current job is recorded and something would vest there.
        var makeWhole = valuation
                .makeWhole(currency)
                .filter(m -> m.makeWhole().amount().expected().amount().signum() > 0)
                .map(NegotiationService::makeWholeLever)
                .orElse(null);
        if (makeWhole == null) {
            missing.add("No make-whole: record the job you would leave (The job I'd leave) and the signing ask makes "
                    + "up for the equity that would have vested there in the year after you leave.");
        } else if (makeWhole.conversion() != null) {
            conversions.add("Your current job's figures converted: " + makeWhole.conversion());
        }

        var targets = new EnumMap<PlanComponent, CounterTarget.Result>(PlanComponent.class);
        var verdicts = new EnumMap<PlanComponent, Plan.ComponentVerdict>(PlanComponent.class);
        var positions = new EnumMap<PlanComponent, Plan.Positions>(PlanComponent.class);
        for (var component : PlanComponent.values()) {
            var current = current(p, component);
            var range = bandRanges.get(component);
            CounterTarget.Result target;
            try {
                target = CounterTarget.compute(new CounterTarget.Inputs(
                        component.label(),
                        current,
                        range == null ? null : range.min(),
                        range == null ? null : range.max(),
                        settings.aimPercent(),
                        competing.stream().map(c -> c.reference(component)).toList(),
                        premiums,
                        money(settings.ask(component), currency),
                        money(settings.floor(component), currency),
                        range == null ? null : bandNote,
                        step,
                        component == PlanComponent.SIGNING && makeWhole != null ? makeWhole.atLeast() : null));
            } catch (CounterTarget.FloorAboveAsk floorAboveAsk) {
                throw PlanRefusal.at(component, PlanComponent.Figure.FLOOR, floorAboveAsk.getMessage());
            }
            targets.put(component, target);
            verdicts.put(component, verdict(component.label(), current, target));
            if (range != null) {
                positions.put(
                        component,
                        new Plan.Positions(
                                BandPosition.of(current, range.min(), range.max()),
                                BandPosition.of(target.ask(), range.min(), range.max())));
            }
        }
        var base = Objects.requireNonNull(targets.get(PlanComponent.BASE));
        var equity = Objects.requireNonNull(targets.get(PlanComponent.EQUITY));
        var recurringSteps = new ArrayList<String>();
        var askRecurring = recurring("your ask", p, base.ask(), equity.ask(), recurringSteps);
        var floorRecurring = recurring("your floor", p, base.floor(), equity.floor(), recurringSteps);
        recurring("the company's offer", p, p.base(), p.equityGrant(), recurringSteps);
        var recurring = new Plan.ComponentVerdict(
                "Recurring total comp",
                p.recurring(),
                floorRecurring,
                askRecurring,
                Verdict.of(p.recurring(), floorRecurring, askRecurring));
        var beatenBy = competing.stream()
                .filter(c -> c.riskAdjustedRecurring().compareTo(p.riskAdjusted()) > 0)
                .map(c -> "%s: %s a year, risk-adjusted%s, against %s here"
                        .formatted(
                                c.label(),
                                whole(c.riskAdjustedRecurring()).format(),
                                c.rate().isIdentity()
                                        ? ""
                                        : " (converted at " + c.rate().shortExplanation() + ")",
                                whole(p.riskAdjusted()).format()))
                .toList();
        var mentioned = competing.stream()
                .filter(c -> settings.mentionedOfferIds().contains(c.offerId()))
                .toList();
        var madeWhole = makeWhole != null
                && Objects.requireNonNull(targets.get(PlanComponent.SIGNING))
                                .ask()
                                .compareTo(makeWhole.amount())
                        >= 0;
        var message = message(offer, p, targets, chosenLevers, mentioned, step, madeWhole);
        var tier = offers.equivalentLevels(offer);
        return new Plan(
                offer.id(),
                offer.details().company() + " · " + offer.details().roleTitle(),
                currency.getCurrencyCode(),
                settings,
                band,
                List.copyOf(conversions),
                tier,
                others,
                allLevers,
                targets,
                verdicts,
                positions,
                recurring,
                List.copyOf(recurringSteps),
                beatenBy,
                List.copyOf(missing),
                message,
                makeWhole);
    }

    /** The make-whole amount as the lever the signing ask must reach, with its steps. */
    private static Plan.MakeWholeLever makeWholeLever(MakeWholeAmount m) {
        var amount = m.makeWhole().amount().expected();
        var steps = new ArrayList<String>();
        steps.add("Your current job at %s:".formatted(m.company()));
        m.makeWhole().steps().forEach(steps::add);
        if (m.conversion() != null) {
            steps.add("Converted: " + m.conversion() + ".");
        }
        var atLeast = new CounterTarget.AtLeast(
                "what would have vested at " + m.company() + " in the 12 months after you leave", amount, steps);
        return new Plan.MakeWholeLever(m.company(), amount, m.conversion(), atLeast);
    }

    /**
     * Recurring total comp with a given base and grant: base + grant / vesting years + the target bonus, which
     * follows the base when it is a percentage of it. Adds the sum, in words, to {@code steps}.
     */
    private static Money recurring(String at, CompPackage p, Money base, Money grant, List<String> steps) {
        var years = BigDecimal.valueOf(p.vesting().years());
        var equityPerYear = grant.dividedBy(years);
        var bonus = p.bonus().annual(base);
        var total = base.plus(equityPerYear).plus(bonus);
        var bonusText = p.bonus().kind() == BonusTarget.Kind.PERCENT_OF_BASE
                ? "bonus %s %% of %s, %s"
                        .formatted(
                                Words.plain(p.bonus().value()),
                                base.rounded().format(),
                                bonus.rounded().format())
                : "bonus " + bonus.rounded().format();
        steps.add("Recurring at %s: base %s + equity %s a year + %s = %s."
                .formatted(
                        at,
                        base.rounded().format(),
                        equityPerYear.rounded().format(),
                        bonusText,
                        total.rounded().format()));
        return total;
    }

    /** A band's range for one component, in the offer's currency. */
    private record Range(Money min, Money max) {}

    /**
     * A competing offer's figures in this offer's currency (illiquid equity discounted, over this offer's vesting
     * years), the same in its own currency, and the rate between them.
     */
    private record Competitor(
            long offerId,
            String label,
            ExchangeRate rate,
            Map<PlanComponent, Money> own,
            Money ownRecurring,
            Money riskAdjustedRecurring) {

        Money converted(PlanComponent component) {
            return rate.convert(Objects.requireNonNull(own.get(component)));
        }

        CounterTarget.Reference reference(PlanComponent component) {
            var original = Objects.requireNonNull(own.get(component));
            return new CounterTarget.Reference(
                    label,
                    converted(component),
                    rate.isIdentity()
                            ? null
                            : "converted from %s at %s"
                                    .formatted(original.rounded().format(), rate.shortExplanation()));
        }

        /** "$200,000 base, $200,000 a year in total; about £157,500 and £157,500 at 1 USD = 0.7874 GBP, …" */
        String summary(BigDecimal step) {
            var base = Objects.requireNonNull(own.get(PlanComponent.BASE));
            var text = "%s base, %s a year in total"
                    .formatted(whole(base).format(), whole(ownRecurring).format());
            if (rate.isIdentity()) {
                return text;
            }
            return text
                    + "; about %s and %s at %s"
                            .formatted(
                                    CounterTarget.roundTo(rate.convert(base), step)
                                            .format(),
                                    CounterTarget.roundTo(rate.convert(ownRecurring), step)
                                            .format(),
                                    rate.shortExplanation());
        }
    }

    private Competitor competitor(OfferDetails other, CompPackage ours) {
        var theirs = other.latest().compPackage();
        var rate = rates.rate(theirs.currency(), ours.currency());
        var grant = theirs.equityGrant();
        if (!theirs.equityKind().isLiquid()) {
            grant = grant.percent(BigDecimal.valueOf(100).subtract(theirs.liquidityDiscountPercent()));
        }
        grant = grant.dividedBy(BigDecimal.valueOf(theirs.vesting().years()))
                .times(BigDecimal.valueOf(ours.vesting().years()));
        var own = new EnumMap<PlanComponent, Money>(PlanComponent.class);
        own.put(PlanComponent.BASE, theirs.base());
        own.put(PlanComponent.EQUITY, grant);
        own.put(PlanComponent.SIGNING, theirs.signingBonus().amount());
        return new Competitor(
                other.id(),
                other.details().company(),
                rate,
                own,
                theirs.recurring(),
                rate.convert(theirs.riskAdjusted()));
    }

    /** The company's latest figure for a component. */
    private static Money current(CompPackage p, PlanComponent component) {
        return switch (component) {
            case BASE -> p.base();
            case EQUITY -> p.equityGrant();
            case SIGNING -> p.signingBonus().amount();
        };
    }

    private static Plan.ComponentVerdict verdict(String component, Money company, CounterTarget.Result target) {
        return new Plan.ComponentVerdict(
                component, company, target.floor(), target.ask(), Verdict.of(company, target.floor(), target.ask()));
    }

    private static @Nullable Money money(@Nullable BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    /** In whole units of the currency, for figures that are not asks: "£157,480", not "£157,480.31". */
    private static Money whole(Money money) {
        return new Money(money.amount().setScale(0, RoundingMode.HALF_EVEN), money.currency());
    }

    /**
     * The counter message, in Offerbook's words, with the user's asks (suggestions rounded to the plan's step).
     * A competing offer in another currency is named in its own figures, with the converted ones and their rate.
     * The floor never appears in it.
     */
    static String message(
            OfferDetails offer,
            CompPackage current,
            Map<PlanComponent, CounterTarget.Result> targets,
            List<Lever> levers,
            List<Competitor> mentioned,
            BigDecimal step,
            boolean madeWhole) {
        var d = offer.details();
        var text = new StringBuilder();
        text.append("Hello,\n\n");
        text.append(
                "Thank you for the offer for the %s role at %s. I am enthusiastic about the team and the work, and I "
                        .formatted(d.roleTitle(), d.company()));
        text.append("would like us to reach terms that let me accept.\n\n");
        if (!mentioned.isEmpty()) {
            text.append("To be open about where I stand: I am also considering ");
            text.append(String.join(
                    " and ",
                    mentioned.stream()
                            .map(c -> "an offer from %s (%s)".formatted(c.label(), c.summary(step)))
                            .toList()));
            text.append(".\n\n");
        }
        for (var lever : levers) {
            text.append(lever.rationale()).append(" This is part of what I bring to the role.\n\n");
        }
        var base = Objects.requireNonNull(targets.get(PlanComponent.BASE)).ask();
        var equity = Objects.requireNonNull(targets.get(PlanComponent.EQUITY)).ask();
        var signing = Objects.requireNonNull(targets.get(PlanComponent.SIGNING)).ask();
        text.append("With that in mind, I would be glad to sign with:\n");
        text.append("- a base salary of %s".formatted(base.rounded().format()));
        var bonus = current.bonus();
        if (bonus.kind() == BonusTarget.Kind.PERCENT_OF_BASE && bonus.value().signum() > 0) {
            text.append(", with the %s %% target bonus on it (%s)"
                    .formatted(
                            Words.plain(bonus.value()),
                            bonus.annual(base).rounded().format()));
        }
        text.append("\n");
        if (equity.amount().signum() > 0) {
            text.append("- an equity grant of %s over %d years\n"
                    .formatted(equity.rounded().format(), current.vesting().years()));
        }
        if (signing.amount().signum() > 0) {
            text.append("- a signing bonus of %s%s\n"
                    .formatted(
                            signing.rounded().format(),
                            madeWhole ? ", to make up for the equity I leave behind at my current employer" : ""));
        }
        text.append(
                "\nIf we can agree on these, I am ready to move quickly. Thank you for working on this with me.\n\nBest regards");
        return text.toString();
    }
}
