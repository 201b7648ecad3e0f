package com.offerbook.valuation;

import com.offerbook.base.InvalidInputException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Money;
import com.offerbook.comp.Projection;
import com.offerbook.comp.Refresher;
import com.offerbook.comp.ValuationAssumptions;
import com.offerbook.comp.ValuationInputException;
import com.offerbook.currencies.ExchangeRates;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferService;
import com.offerbook.security.CurrentUser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Valuation assumptions per offer and per user, the job the user would leave, and what each offer is worth under
 * them. Everything belongs to the signed-in user: another user's offer answers not-found (through
 * {@link OfferService#get}). Assumptions never touch an offer's revisions.
 */
@Service
@Transactional(readOnly = true)
public class ValuationService {

    private final OfferService offers;
    private final ExchangeRates rates;
    private final OfferAssumptionsRepository assumptions;
    private final UserDefaultRepository defaults;
    private final JobToLeaveRepository jobs;
    private final CurrentUser currentUser;
    private final Clock clock;

    ValuationService(
            OfferService offers,
            ExchangeRates rates,
            OfferAssumptionsRepository assumptions,
            UserDefaultRepository defaults,
            JobToLeaveRepository jobs,
            CurrentUser currentUser,
            Clock clock) {
        this.offers = offers;
        this.rates = rates;
        this.assumptions = assumptions;
        this.defaults = defaults;
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The assumptions an offer's figures use: its own, else the user's default for its kind, else none. */
    public Worth.AssumptionsInUse assumptionsFor(long offerId) {
        var kind = offers.get(offerId).latest().compPackage().equityKind(); // not found unless it is the user's
        return inUse(offerId, kind);
    }

    private Worth.AssumptionsInUse inUse(long offerId, EquityKind kind) {
        var userId = currentUser.id();
        var own = assumptions.findByOfferIdAndOwnerId(offerId, userId);
        if (own.isPresent()) {
            return new Worth.AssumptionsInUse(Worth.Source.OFFER, own.get().draft());
        }
        return defaults.findById(new UserDefault.Key(userId, kind))
                .map(d -> new Worth.AssumptionsInUse(Worth.Source.YOUR_DEFAULT, d.draft()))
                .orElseGet(() -> new Worth.AssumptionsInUse(
                        Worth.Source.NONE, AssumptionsDraft.from(ValuationAssumptions.none())));
    }

    /**
     * What an offer's assumptions form starts from: its own assumptions, else the user's default for its kind of
     * equity, else the built-in starting point for that kind (a suggestion, not a forecast).
     */
    public AssumptionsDraft startingPoint(long offerId) {
        var kind = offers.get(offerId).latest().compPackage().equityKind();
        var used = inUse(offerId, kind);
        return used.source() == Worth.Source.NONE ? startingPoint(kind) : used.assumptions();
    }

    /** The built-in starting point for a kind of equity. */
    public AssumptionsDraft startingPoint(EquityKind kind) {
        return AssumptionsDraft.from(ValuationAssumptions.startingPointFor(kind));
    }

    /** Stores an offer's assumptions after checking them; nothing is saved when they break a rule. */
    @Transactional
    public void saveAssumptions(long offerId, AssumptionsDraft draft) {
        var offer = offers.get(offerId); // not found unless it is the user's
        var problems = ValuationRules.check(draft, offer.latest().compPackage().equityKind());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var userId = currentUser.id();
        var entity = assumptions
                .findByOfferIdAndOwnerId(offerId, userId)
                .orElseGet(() -> new OfferAssumptions(offerId, userId));
        entity.apply(draft, clock.instant());
        assumptions.saveAndFlush(entity);
    }

    /** Removes an offer's own assumptions: it uses the user's default or today's figures again. */
    @Transactional
    public void clearAssumptions(long offerId) {
        offers.get(offerId);
        assumptions.findByOfferIdAndOwnerId(offerId, currentUser.id()).ifPresent(assumptions::delete);
    }

    /** Every offer's own assumptions, by offer id (for the data export). */
    public Map<Long, AssumptionsDraft> allOfferAssumptions() {
        var result = new LinkedHashMap<Long, AssumptionsDraft>();
        for (var stored : assumptions.findByOwnerId(currentUser.id())) {
            result.put(stored.offerId(), stored.draft());
        }
        return result;
    }

    /** The user's own defaults, by kind of equity (kinds without one are left out). */
    public Map<EquityKind, AssumptionsDraft> defaults() {
        var result = new EnumMap<EquityKind, AssumptionsDraft>(EquityKind.class);
        for (var stored : defaults.findByUserId(currentUser.id())) {
            result.put(stored.equityKind(), stored.draft());
        }
        return result;
    }

    @Transactional
    public void saveDefault(EquityKind kind, AssumptionsDraft draft) {
        var problems = ValuationRules.checkDefault(draft, kind);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var userId = currentUser.id();
        var entity =
                defaults.findById(new UserDefault.Key(userId, kind)).orElseGet(() -> new UserDefault(userId, kind));
        entity.apply(draft, clock.instant());
        defaults.saveAndFlush(entity);
    }

    @Transactional
    public void clearDefault(EquityKind kind) {
        defaults.findById(new UserDefault.Key(currentUser.id(), kind)).ifPresent(defaults::delete);
    }

    /** The job the user would leave, if recorded. */
    public Optional<CurrentJobDraft> currentJob() {
        return jobs.findById(currentUser.id()).map(JobToLeave::draft);
    }

    /** Records (or replaces) the job the user would leave; nothing is saved when it breaks a rule. */
    @Transactional
    public void saveCurrentJob(CurrentJobDraft draft) {
        var problems = ValuationRules.check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var userId = currentUser.id();
        var entity = jobs.findById(userId).orElseGet(() -> new JobToLeave(userId));
        entity.apply(draft, clock.instant());
        jobs.saveAndFlush(entity);
    }

    @Transactional
    public void deleteCurrentJob() {
        jobs.findById(currentUser.id()).ifPresent(jobs::delete);
    }

    /** The current job in its own currency: staying, the cost of leaving and the make-whole amount. */
    public Optional<Leaving> leaving() {
        return currentJob().map(draft -> {
            var job = ValuationRules.toJob(draft);
            var a = draft.assumptions().toAssumptions();
            return new Leaving(
                    draft,
                    Projection.stay(job, draft.leaveMonth(), a),
                    job.costOfLeaving(draft.leaveMonth(), a.scenarios()),
                    job.makeWhole(draft.leaveMonth(), a.scenarios()));
        });
    }

    /**
     * The make-whole amount of the recorded current job in {@code currency} (converted with the stored rate when the
     * job is in another one), or empty when no job is recorded.
     */
    public Optional<MakeWholeAmount> makeWhole(Currency currency) {
        return currentJob().map(draft -> {
            String conversion = null;
            var converted = draft;
            if (!draft.currency().equals(currency.getCurrencyCode())) {
                var rate = rates.rate(Currency.getInstance(draft.currency()), currency);
                conversion = rate.explanation();
                converted = convert(draft, currency, rate.perUnit());
            }
            var job = ValuationRules.toJob(converted);
            var scenarios = converted.assumptions().toAssumptions().scenarios();
            return new MakeWholeAmount(draft.company(), job.makeWhole(converted.leaveMonth(), scenarios), conversion);
        });
    }

    /** What an offer (its latest revision) is worth under the assumptions it uses, and against staying. */
    public Worth worth(long offerId) {
        var offer = offers.get(offerId); // not found unless it is the user's
        var pkg = offer.latest().compPackage();
        var used = inUse(offerId, pkg.equityKind());
        var projection = Projection.of(pkg, used.assumptions().toAssumptions());
        var staying = currentJob()
                .map(draft -> againstStaying(
                        draft, projection, pkg.currency(), pkg.signingBonus().amount()))
                .orElse(null);
        return new Worth(offerId, offer.details().company(), used, projection, staying);
    }

    /**
     * These offers (the signed-in user's, as {@link OfferService} loaded them) projected over {@code horizonYears}
     * under the assumptions each uses, by offer id: two statements however many offers. Assumptions that no longer
     * fit the offer's latest kind of equity (a later revision changed it) are set aside for today's figures.
     */
    public Map<Long, Projected> projections(List<OfferDetails> offerList, int horizonYears) {
        var userId = currentUser.id();
        var own = new HashMap<Long, AssumptionsDraft>();
        if (!offerList.isEmpty()) {
            var ids = offerList.stream().map(OfferDetails::id).toList();
            assumptions.findByOwnerIdAndOfferIdIn(userId, ids).forEach(a -> own.put(a.offerId(), a.draft()));
        }
        var byKind = defaults();
        var none = new Worth.AssumptionsInUse(Worth.Source.NONE, AssumptionsDraft.from(ValuationAssumptions.none()));
        var result = new LinkedHashMap<Long, Projected>();
        for (var offer : offerList) {
            var pkg = offer.latest().compPackage();
            var used = own.containsKey(offer.id())
                    ? new Worth.AssumptionsInUse(Worth.Source.OFFER, own.get(offer.id()))
                    : byKind.containsKey(pkg.equityKind())
                            ? new Worth.AssumptionsInUse(Worth.Source.YOUR_DEFAULT, byKind.get(pkg.equityKind()))
                            : none;
            Projected projected;
            try {
                projected = new Projected(
                        used,
                        Projection.of(pkg, used.assumptions().toAssumptions().withHorizon(horizonYears)));
            } catch (ValuationInputException noLongerFitting) {
                projected = new Projected(
                        none, Projection.of(pkg, ValuationAssumptions.none().withHorizon(horizonYears)));
            }
            result.put(offer.id(), projected);
        }
        return result;
    }

    /** Staying at the recorded current job over {@code horizonYears}, today's figures and under its assumptions. */
    public Optional<Staying> staying(int horizonYears) {
        return currentJob().map(draft -> {
            var job = ValuationRules.toJob(draft);
            return new Staying(
                    draft.company(),
                    Projection.stay(
                            job, draft.leaveMonth(), ValuationAssumptions.none().withHorizon(horizonYears)),
                    Projection.stay(
                            job,
                            draft.leaveMonth(),
                            draft.assumptions().toAssumptions().withHorizon(horizonYears)));
        });
    }

    private Worth.AgainstStaying againstStaying(
            CurrentJobDraft draft, Projection offer, Currency currency, Money offeredSigning) {
        String conversion = null;
        var converted = draft;
        if (!draft.currency().equals(currency.getCurrencyCode())) {
            var rate = rates.rate(Currency.getInstance(draft.currency()), currency);
            conversion = rate.explanation();
            converted = convert(draft, currency, rate.perUnit());
        }
        var job = ValuationRules.toJob(converted);
        var a = converted.assumptions().toAssumptions().withHorizon(offer.horizonYears());
        var stay = Projection.stay(job, converted.leaveMonth(), a);
        var makeWhole = job.makeWhole(converted.leaveMonth(), a.scenarios());
        return new Worth.AgainstStaying(
                draft.company(),
                stay,
                offer.against(stay),
                job.costOfLeaving(converted.leaveMonth(), a.scenarios()),
                makeWhole,
                makeWhole.signingAsk(offeredSigning),
                conversion);
    }

    /** The job's amounts at {@code rate} (target per unit of the job's currency); percentages stay. */
    private static CurrentJobDraft convert(CurrentJobDraft d, Currency target, BigDecimal rate) {
        var a = d.assumptions();
        var cap = a.saleCapKind() == Liquidity.CapKind.AMOUNT ? times(a.saleCapValue(), rate) : a.saleCapValue();
        var refresher =
                a.refresherKind() == Refresher.Kind.AMOUNT ? times(a.refresherValue(), rate) : a.refresherValue();
        var assumptions = new AssumptionsDraft(
                a.bearGrowthPercent(),
                a.baseGrowthPercent(),
                a.bullGrowthPercent(),
                a.bearWeightPercent(),
                a.baseWeightPercent(),
                a.bullWeightPercent(),
                a.liquidityMode(),
                a.firstSaleMonth(),
                a.saleEveryMonths(),
                a.saleCapKind(),
                cap,
                a.refresherKind(),
                refresher,
                a.refresherVesting(),
                a.refresherFirstYear(),
                a.raisePercent(),
                a.horizonYears(),
                a.optionShares());
        List<CurrentJobDraft.Tranche> tranches = d.tranches().stream()
                .map(t -> new CurrentJobDraft.Tranche(t.month(), times(t.amount(), rate)))
                .toList();
        return new CurrentJobDraft(
                d.company(),
                target.getCurrencyCode(),
                times(d.baseSalary(), rate),
                d.bonusKind(),
                d.bonusKind() == BonusTarget.Kind.AMOUNT ? times(d.bonusValue(), rate) : d.bonusValue(),
                d.equityKind(),
                d.recordedOn(),
                d.leaveMonth(),
                d.bonusPaidInMonths(),
                times(d.repayableAmount(), rate),
                d.repayableClawbackMonths(),
                d.repayableProRated(),
                d.monthsServed(),
                tranches,
                assumptions);
    }

    private static BigDecimal times(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate, MathContext.DECIMAL64);
    }
}
