package com.offerbook.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Money;
import com.offerbook.comp.Scenarios;
import com.offerbook.comp.ValuationAssumptions;
import com.offerbook.comp.tax.FilingStatus;
import com.offerbook.negotiation.AskRounding;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.BenefitsDraft;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import com.offerbook.offers.RevisionKind;
import com.offerbook.tax.CostOfLiving;
import com.offerbook.tax.TaxService;
import com.offerbook.tax.TaxSettings;
import com.offerbook.valuation.AssumptionsDraft;
import com.offerbook.valuation.CurrentJobDraft;
import com.offerbook.valuation.ValuationFixtures;
import com.offerbook.valuation.ValuationService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class UserDataServiceTest {

    @Autowired
    UserDataService data;

    @Autowired
    TaxService tax;

    @Autowired
    OfferService offers;

    @Autowired
    BandService bands;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    AccountService accounts;

    @Autowired
    ValuationService valuation;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void export_then_import_into_an_empty_account_is_lossless() {
        TestUsers.signInAs(accounts, "alice");
        long anthropic = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        offers.addRevision(anthropic, OfferFixtures.counter());
        long other = offers.create(
                OfferFixtures.details("<b>Initech</b>", "GBP"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 150_000, 0));
        var band = bands.create(BandFixtures.privateBand("Acme", "Seattle"));
        var lever =
                negotiation.addLever("Rust", new BigDecimal("5"), new BigDecimal("10"), "Rust systems work is scarce");
        var shared = negotiation.levers().stream()
                .filter(l -> l.shared())
                .findFirst()
                .orElseThrow();
        negotiation.save(
                anthropic,
                PlanSettings.defaults(band.id())
                        .withAim(new BigDecimal("85"))
                        .withCompeting(List.of(other), List.of(other))
                        .withLevers(List.of(lever.id(), shared.id()))
                        .withAsk(PlanComponent.BASE, new BigDecimal("331000"))
                        .withFloor(PlanComponent.BASE, new BigDecimal("300000"))
                        .withRounding(AskRounding.NEAREST_1000));
        var aliceJson = json();

        TestUsers.signInAs(accounts, "bob");
        data.importInto(data.readJson(new ByteArrayInputStream(aliceJson.getBytes(StandardCharsets.UTF_8))));
        var bobJson = json();

        assertThat(bobJson).isEqualTo(aliceJson);
        assertThat(bobJson).contains("<b>Initech</b>", "Rust systems work is scarce", "331000");
        // Format 1 keeps the plan's numbers under the names it has always had, so files written before stay readable.
        var settings = JsonMapper.builder()
                .build()
                .readTree(aliceJson)
                .get("plans")
                .get(0)
                .get("settings");
        assertThat(settings.propertyNames())
                .containsExactlyInAnyOrder(
                        "bandId",
                        "aimPercent",
                        "competingOfferIds",
                        "mentionedOfferIds",
                        "leverIds",
                        "baseAsk",
                        "equityAsk",
                        "signingAsk",
                        "baseFloor",
                        "equityFloor",
                        "signingFloor",
                        "askStep");
        assertThat(settings.get("baseFloor").decimalValue()).isEqualByComparingTo("300000");
        assertThat(settings.get("askStep").intValue()).isEqualTo(1000);
        assertThat(offers.count()).isEqualTo(2);
    }

    @Test
    void where_an_offer_is_taxed_its_benefits_the_tax_settings_and_cost_indexes_round_trip_losslessly() {
        TestUsers.signInAs(accounts, "erin");
        long remote = offers.create(
                OfferFixtures.details("Initech", "USD"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 0));
        offers.taxAs(remote, "Seattle");
        offers.saveBenefits(
                remote,
                new BenefitsDraft(
                        new BigDecimal("50"),
                        new BigDecimal("6"),
                        new BigDecimal("5000"),
                        new BigDecimal("12000"),
                        BigDecimal.ZERO));
        tax.saveSettings(new TaxSettings(FilingStatus.MARRIED_JOINT, 2026));
        tax.saveCostOfLiving(new CostOfLiving("Seattle", new BigDecimal("118.5"), LocalDate.of(2026, 10, 1), "budget"));
        var erinJson = json();

        TestUsers.signInAs(accounts, "frank");
        data.importInto(data.readJson(new ByteArrayInputStream(erinJson.getBytes(StandardCharsets.UTF_8))));

        assertThat(json()).isEqualTo(erinJson);
        var imported = offers.getAll(offers.list(OfferFilter.none(), PageRequest.of(0, 5)).stream()
                        .map(OfferSummary::id)
                        .toList())
                .getFirst();
        assertThat(imported.taxedAs()).isEqualTo("Seattle");
        assertThat(imported.benefits().yearly(imported.latest().compPackage().base()))
                .isEqualTo(Money.of("17000", "USD")); // match 50 % of 6 % of $200,000 = $6,000, capped at $5,000
        assertThat(tax.settings().filingStatus()).isEqualTo(FilingStatus.MARRIED_JOINT);
        assertThat(tax.costOfLiving()).extracting(CostOfLiving::region).containsExactly("Seattle");
    }

    @Test
    void import_into_an_account_that_has_data_is_refused_and_a_damaged_file_is_named() {
        TestUsers.signInAs(accounts, "carol");
        offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        var exported = data.export();

        assertThatThrownBy(() -> data.importInto(exported))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("empty account"));
        assertThatThrownBy(() -> data.readJson(new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("not an Offerbook data file"));
        assertThat(offers.count()).isEqualTo(1);
    }

    @Test
    void offer_assumptions_defaults_and_the_job_to_leave_round_trip_losslessly() {
        TestUsers.signInAs(accounts, "dave");
        long first = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        long second = offers.create(
                OfferFixtures.details("Initech", "USD"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 0));
        var tenders = AssumptionsDraft.from(ValuationAssumptions.none()
                .withScenarios(Scenarios.of(-30, 0, 25, 25, 50, 25))
                .withLiquidity(Liquidity.tenders(24, 12, Liquidity.CapKind.PERCENT_OF_UNSOLD, BigDecimal.valueOf(20)))
                .withHorizon(7));
        valuation.saveAssumptions(second, tenders);
        valuation.saveDefault(
                EquityKind.PUBLIC_RSU,
                AssumptionsDraft.from(
                        ValuationAssumptions.none().withScenarios(Scenarios.of(-10.5, 5, 15, 20, 60, 20))));
        var job = ValuationFixtures.currentJob("GBP", 6, 10_000);
        valuation.saveCurrentJob(job);
        var daveJson = json();
        var daveAssumptions = valuation.allOfferAssumptions().get(second);
        var daveDefaults = valuation.defaults();
        var daveJob = valuation.currentJob().orElseThrow();

        TestUsers.signInAs(accounts, "erin");
        data.importInto(data.readJson(new ByteArrayInputStream(daveJson.getBytes(StandardCharsets.UTF_8))));

        assertThat(json()).isEqualTo(daveJson);
        var ids = offers
                .list(com.offerbook.offers.OfferFilter.none(), org.springframework.data.domain.PageRequest.of(0, 10))
                .stream()
                .map(o -> o.id())
                .sorted()
                .toList();
        assertThat(valuation.allOfferAssumptions()).containsOnlyKeys(ids.get(1));
        assertThat(valuation.allOfferAssumptions().get(ids.get(1))).isEqualTo(daveAssumptions);
        assertThat(valuation.defaults()).isEqualTo(daveDefaults);
        assertThat(valuation.currentJob()).contains(daveJob);
        assertThat(valuation.currentJob().orElseThrow().recordedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(valuation.currentJob().orElseThrow().tranches()).hasSize(12);
        assertThat(daveJson).contains("\"currentJob\"", "\"defaults\"", "\"PUBLIC_RSU\"", "-10.5");
    }

    @Test
    void a_file_written_before_the_valuation_parts_reads_as_having_none() {
        TestUsers.signInAs(accounts, "frank");
        offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        var tree = (tools.jackson.databind.node.ObjectNode)
                JsonMapper.builder().build().readTree(json());
        tree.remove(List.of("assumptions", "defaults", "currentJob"));
        var old = tree.toString();

        TestUsers.signInAs(accounts, "gina");
        var file = data.readJson(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
        data.importInto(file);

        assertThat(file.assumptions()).isEmpty();
        assertThat(file.defaults()).isEmpty();
        assertThat(file.currentJob()).isNull();
        assertThat(offers.count()).isEqualTo(1);
        assertThat(valuation.currentJob()).isEmpty();
    }

    @Test
    void broken_valuation_entries_are_refused_naming_them_and_nothing_is_saved() {
        TestUsers.signInAs(accounts, "hank");
        long offer = offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        valuation.saveAssumptions(offer, AssumptionsDraft.from(ValuationAssumptions.none()));
        valuation.saveCurrentJob(ValuationFixtures.currentJob("USD", 6, 10_000));
        var file = data.export();
        var none = AssumptionsDraft.from(ValuationAssumptions.none());
        var job = Objects.requireNonNull(file.currentJob(), "the export carries the job to leave");
        var tooManyDates = new ArrayList<CurrentJobDraft.Tranche>();
        for (int month = 1; month <= Limits.MAX_TRANCHES + 1; month++) {
            tooManyDates.add(new CurrentJobDraft.Tranche(month, BigDecimal.ONE));
        }
        var broken = Map.of(
                "assumptions[0].offer",
                with(file, List.of(new UserData.OfferAssumptions(3, none)), file.defaults(), job),
                "assumptions[1].offer",
                with(
                        file,
                        List.of(new UserData.OfferAssumptions(0, none), new UserData.OfferAssumptions(0, none)),
                        file.defaults(),
                        job),
                "defaults[1].equityKind",
                with(
                        file,
                        file.assumptions(),
                        List.of(
                                new UserData.Default(EquityKind.OPTIONS, none),
                                new UserData.Default(EquityKind.OPTIONS, none)),
                        job),
                "currentJob.tranches",
                with(file, file.assumptions(), file.defaults(), ValuationFixtures.withTranches(job, tooManyDates)),
                "currentJob.leaveMonth",
                with(file, file.assumptions(), file.defaults(), withLeaveMonth(job, 500)),
                "assumptions[0].assumptions.bullWeightPercent",
                with(
                        file,
                        List.of(new UserData.OfferAssumptions(
                                0, bullWeight(AssumptionsDraft.from(ValuationAssumptions.none()), 20))),
                        file.defaults(),
                        job));

        TestUsers.signInAs(accounts, "ivy");
        broken.forEach((entry, damaged) -> {
            assertThatThrownBy(() -> data.importInto(damaged))
                    .as(entry)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsKey(entry));
            assertThat(offers.count()).as("nothing saved for " + entry).isZero();
            assertThat(valuation.currentJob()).as("no job saved for " + entry).isEmpty();
        });
    }

    private static AssumptionsDraft bullWeight(AssumptionsDraft d, int bull) {
        return new AssumptionsDraft(
                d.bearGrowthPercent(),
                d.baseGrowthPercent(),
                d.bullGrowthPercent(),
                d.bearWeightPercent(),
                d.baseWeightPercent(),
                BigDecimal.valueOf(bull),
                d.liquidityMode(),
                d.firstSaleMonth(),
                d.saleEveryMonths(),
                d.saleCapKind(),
                d.saleCapValue(),
                d.refresherKind(),
                d.refresherValue(),
                d.refresherVesting(),
                d.refresherFirstYear(),
                d.raisePercent(),
                d.horizonYears(),
                d.optionShares());
    }

    private static UserData with(
            UserData file,
            List<UserData.OfferAssumptions> assumptions,
            List<UserData.Default> defaults,
            com.offerbook.valuation.CurrentJobDraft job) {
        return new UserData(
                file.format(),
                file.offers(),
                file.privateBands(),
                file.levers(),
                file.plans(),
                assumptions,
                defaults,
                job);
    }

    private static com.offerbook.valuation.CurrentJobDraft withLeaveMonth(
            com.offerbook.valuation.CurrentJobDraft d, int leaveMonth) {
        return new com.offerbook.valuation.CurrentJobDraft(
                d.company(),
                d.currency(),
                d.baseSalary(),
                d.bonusKind(),
                d.bonusValue(),
                d.equityKind(),
                d.recordedOn(),
                leaveMonth,
                d.bonusPaidInMonths(),
                d.repayableAmount(),
                d.repayableClawbackMonths(),
                d.repayableProRated(),
                d.monthsServed(),
                d.tranches(),
                d.assumptions());
    }

    private String json() {
        var out = new ByteArrayOutputStream();
        data.writeJson(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
