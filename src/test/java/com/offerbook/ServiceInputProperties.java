package com.offerbook;

import static com.offerbook.Generated.between;
import static com.offerbook.Generated.oneOf;
import static com.offerbook.Generated.orNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandCsv;
import com.offerbook.bands.BandDraft;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandService;
import com.offerbook.bands.Range;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * 1,000 generated inputs (valid and invalid mixed) at each service that accepts user input: new offers, revisions,
 * offer edits, bands, band import files and negotiation plans. Each call either succeeds or is refused (invalid
 * input, saying what is wrong; an id that is not the user's; a shared band for a non-administrator), never with
 * another exception or a database error, and a refused call leaves the database exactly as it was.
 *
 * <p>Each input is its own test in the shared Spring context, in its own transaction rolled back afterwards, so a
 * failing input runs again alone and the same from its seed ({@code -Dofferbook.seed=<seed>}). The two accounts
 * and the user's two offers the inputs run against are made once for the class, committed (registering hashes a
 * password with Argon2id, too slow for every input), and removed after the class. After the class each service
 * must have accepted some inputs and refused others: a generator whose inputs were all refused would check nothing.
 */
@DatabaseTest
@ExtendWith(Generated.SeedInFailures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceInputProperties {

    private static final String USER = "fuzz";
    private static final List<String> ACCOUNTS = List.of("root", USER); // the first is the administrator

    @Autowired
    AccountService accounts;

    @Autowired
    OfferService offers;

    @Autowired
    BandService bands;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> registered = new ArrayList<>();
    private final Map<String, Outcomes> outcomes = new ConcurrentHashMap<>();
    private long offer;
    private long otherOffer;

    @BeforeAll
    void registerAccountsAndTheirOffers() {
        for (var username : ACCOUNTS) {
            if (accounts.findByUsername(username).isEmpty()) {
                TestUsers.register(accounts, username);
                registered.add(username);
            }
        }
        TestUsers.signInAs(accounts, USER);
        try {
            offer = offers.create(
                    OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
            otherOffer = offers.create(
                    OfferFixtures.details("OpenAI", "USD"),
                    OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 290_000, 900_000));
        } finally {
            TestUsers.signOut();
        }
    }

    @AfterAll
    void removeAccountsAndCheckEachServiceAcceptedAndRefused() {
        jdbc.update("delete from offer where id in (?, ?)", offer, otherOffer); // with their revisions and plans
        for (var username : registered) {
            jdbc.update("delete from user_account where username = ?", username); // with all they own
        }
        outcomes.forEach((service, outcome) -> {
            System.out.println(service + ": " + outcome);
            if (outcome.accepted() + outcome.refused() == Generated.TRIES) {
                assertThat(outcome.accepted())
                        .as("%s: inputs accepted", service)
                        .isPositive();
                assertThat(outcome.refused()).as("%s: inputs refused", service).isPositive();
            }
        });
    }

    @BeforeEach
    void signIn() {
        TestUsers.signInAs(accounts, USER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    // ---- New offers

    record NewOffer(OfferDraft offer, RevisionDraft revision) {}

    @ParameterizedTest
    @MethodSource("newOffers")
    void new_offers(NewOffer input) {
        tally("new offers", callService(input, () -> offers.create(input.offer(), input.revision())));
    }

    static Stream<Named<NewOffer>> newOffers() {
        return Generated.inputs(random -> new NewOffer(offerDraft(random), revisionDraft(random)));
    }

    @Test
    void an_offer_at_every_ceiling_is_accepted_and_one_cent_above_is_refused() {
        var atCeiling = withBase(OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 0, 0), Limits.MAX_AMOUNT);
        var above = withBase(atCeiling, Limits.MAX_AMOUNT.add(new BigDecimal("0.01")));
        var longest = withCompany(OfferFixtures.anthropic(), "A".repeat(Limits.COMPANY_MAX));

        assertThat(callService(longest, () -> offers.create(longest, atCeiling)))
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(callService(above, () -> offers.create(OfferFixtures.anthropic(), above)))
                .isEqualTo(Outcome.REFUSED);
        var tooLong = withCompany(OfferFixtures.anthropic(), "A".repeat(Limits.COMPANY_MAX + 1));
        assertThat(callService(tooLong, () -> offers.create(tooLong, atCeiling)))
                .isEqualTo(Outcome.REFUSED);
    }

    /** Empty, blank, control characters (PostgreSQL cannot store NUL). */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "nul\u0000byte", "bell\u0007", "escape\u001B"})
    void an_offer_named_with_doubtful_text_is_refused_and_changes_nothing(String company) {
        var draft = withCompany(OfferFixtures.anthropic(), company);
        var revision = OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000);

        assertThat(callService(draft, () -> offers.create(draft, revision))).isEqualTo(Outcome.REFUSED);
    }

    // ---- Revisions and offer edits, on the user's offer

    @ParameterizedTest
    @MethodSource("revisions")
    void revisions(RevisionDraft draft) {
        tally("revisions", callService(draft, () -> offers.addRevision(offer, draft)));
    }

    static Stream<Named<RevisionDraft>> revisions() {
        return Generated.inputs(ServiceInputProperties::revisionDraft);
    }

    @ParameterizedTest
    @MethodSource("offerEdits")
    void offer_edits(OfferDraft draft) {
        tally("offer edits", callService(draft, () -> {
            offers.update(offer, offers.get(offer).version(), draft);
        }));
    }

    static Stream<Named<OfferDraft>> offerEdits() {
        return Generated.inputs(ServiceInputProperties::offerDraft);
    }

    @Test
    void a_revision_with_doubtful_vesting_or_months_is_refused_and_changes_nothing() {
        long id = offer;
        var valid = OfferFixtures.revision(RevisionKind.COUNTER, 320_000, 650_000);
        for (var draft : List.of(
                withVesting(valid, "60/60", 12),
                withVesting(valid, "", 12),
                withVesting(valid, "-10/110", 12),
                withVesting(valid, "100", 13),
                withVesting(valid, "25/25/25/25", -1))) {
            assertThat(callService(draft, () -> offers.addRevision(id, draft)))
                    .as(draft.vestingPercents() + ", cliff " + draft.cliffMonths())
                    .isEqualTo(Outcome.REFUSED);
        }
        var longest = withVesting(valid, "100", 12);
        assertThat(callService(longest, () -> offers.addRevision(id, longest))).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void an_offer_that_is_not_the_users_is_not_found_and_changes_nothing() {
        var revision = OfferFixtures.revision(RevisionKind.COUNTER, 320_000, 650_000);

        assertThat(callService(999_999L, () -> offers.addRevision(999_999L, revision)))
                .isEqualTo(Outcome.REFUSED);
    }

    // ---- Bands

    @ParameterizedTest
    @MethodSource("bandDrafts")
    void bands(BandDraft draft) {
        tally("bands", callService(draft, () -> bands.create(draft).id()));
    }

    static Stream<Named<BandDraft>> bandDrafts() {
        return Generated.inputs(ServiceInputProperties::bandDraft);
    }

    @Test
    void a_private_band_is_accepted_and_a_shared_one_from_a_user_is_refused() {
        var own = BandFixtures.privateBand("Acme", "Seattle");
        var shared = BandFixtures.sharedBand("Acme", "London");

        assertThat(callService(own, () -> bands.create(own).id())).isEqualTo(Outcome.ACCEPTED);
        assertThat(callService(shared, () -> bands.create(shared).id())).isEqualTo(Outcome.REFUSED);
    }

    // ---- Band import files

    private static final String HEADER = "company,role_title,role_family,level,region,currency,base_min,base_max,"
            + "equity_min,equity_max,source_title,as_of\n";

    @ParameterizedTest
    @MethodSource("importFiles")
    void band_import_files(String csv) {
        var outcome = importFile(csv);
        tally("band import files", outcome);
    }

    static Stream<Named<String>> importFiles() {
        return Generated.inputs(random ->
                HEADER + String.join("\n", Generated.listOf(random, 1, 4, ServiceInputProperties::csvRow)) + "\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Acme,Engineer,Software Engineer,L5,Seattle,USD,-5,250000,,,Survey,2026-01-01\n",
                "Acme,Engineer,Software Engineer,L5,Seattle,XYZ,100000,250000,,,Survey,2026-01-01\n",
                "Acme,Engineer,Software Engineer,L5,Seattle,USD,100000,250000,,,Survey,2999-01-01\n",
                "Acme,Engineer,Software Engineer,L5,Seattle,USD,100000,250000,,,Survey,2026-01-01\n\"\n",
                "nul\u0000byte,Engineer,Software Engineer,L5,Seattle,USD,100000,250000,,,Survey,2026-01-01\n"
            })
    void a_doubtful_import_file_saves_nothing(String rows) {
        assertThat(importFile(HEADER + rows)).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void a_valid_import_file_is_saved() {
        var rows =
                "Acme,Engineer,Software Engineer,L5,Seattle,USD,\"120,000\",250000,,,\"Recruiter, 2026\",2026-01-01\n";

        assertThat(importFile(HEADER + rows)).isEqualTo(Outcome.ACCEPTED);
    }

    /** Accepted: every row saved; refused: a problem reported and nothing saved. */
    private Outcome importFile(String csv) {
        var before = fingerprint();
        try {
            var parsed = BandCsv.parse(new StringReader(csv));
            var report = bands.importAll(parsed.rows(), parsed.problems());
            if (report.problems().isEmpty()) {
                return Outcome.ACCEPTED;
            }
            assertThat(report.saved()).isZero();
            assertThat(fingerprint()).as("a refused file saves nothing").isEqualTo(before);
            return Outcome.REFUSED;
        } catch (RuntimeException unexpected) {
            throw new AssertionError("Import threw " + unexpected, unexpected);
        }
    }

    // ---- Negotiation plans, on the user's offer with the other one competing

    /** Offer ids are only known once the input's test runs. */
    enum OfferRef {
        THIS_OFFER,
        OTHER_OFFER,
        ID_1,
        MISSING;

        long id(long offer, long other) {
            return switch (this) {
                case THIS_OFFER -> offer;
                case OTHER_OFFER -> other;
                case ID_1 -> 1L;
                case MISSING -> 999_999L;
            };
        }
    }

    record PlanInput(
            @Nullable Long bandId,
            BigDecimal aimPercent,
            List<OfferRef> competing,
            List<OfferRef> mentioned,
            List<Long> leverIds,
            @Nullable BigDecimal baseAsk,
            @Nullable BigDecimal equityAsk,
            @Nullable BigDecimal baseFloor,
            @Nullable BigDecimal equityFloor) {

        PlanSettings settings(long offer, long other) {
            return PlanSettings.defaults(bandId)
                    .withAim(aimPercent)
                    .withCompeting(
                            competing.stream().map(ref -> ref.id(offer, other)).toList(),
                            mentioned.stream().map(ref -> ref.id(offer, other)).toList())
                    .withLevers(leverIds)
                    .withAsk(PlanComponent.BASE, baseAsk)
                    .withAsk(PlanComponent.EQUITY, equityAsk)
                    .withFloor(PlanComponent.BASE, baseFloor)
                    .withFloor(PlanComponent.EQUITY, equityFloor);
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    void negotiation_plans(PlanInput plan) {
        tally("negotiation plans", savePlan(plan));
    }

    static Stream<Named<PlanInput>> plans() {
        return Generated.inputs(random -> new PlanInput(
                orNull(random, 0.3, r -> oneOf(r, 1L, 999_999L)),
                aim(random),
                offerRefs(random),
                offerRefs(random),
                oneOf(random, List.<Long>of(), List.of(1L), List.of(999_999L)),
                optionalAmount(random),
                optionalAmount(random),
                optionalAmount(random),
                optionalAmount(random)));
    }

    @Test
    void a_plan_with_a_band_that_is_gone_or_not_the_users_is_refused() {
        // Once a database error (foreign key) instead of a refusal.
        var missingBand = new PlanInput(
                999_999L, PlanSettings.DEFAULT_AIM, List.of(), List.of(), List.of(), null, null, null, null);
        var defaults =
                new PlanInput(null, PlanSettings.DEFAULT_AIM, List.of(), List.of(), List.of(), null, null, null, null);
        var everyone = new PlanInput(
                null,
                PlanSettings.DEFAULT_AIM,
                List.of(OfferRef.OTHER_OFFER),
                List.of(OfferRef.OTHER_OFFER),
                List.of(),
                Limits.MAX_AMOUNT,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);

        assertThat(savePlan(missingBand)).isEqualTo(Outcome.REFUSED);
        assertThat(savePlan(defaults)).isEqualTo(Outcome.ACCEPTED);
        assertThat(savePlan(everyone)).isEqualTo(Outcome.ACCEPTED);
    }

    private Outcome savePlan(PlanInput plan) {
        return callService(plan, () -> negotiation.save(offer, plan.settings(offer, otherOffer)));
    }

    // ---- The check

    enum Outcome {
        ACCEPTED,
        REFUSED
    }

    record Outcomes(int accepted, int refused) {

        Outcomes plus(Outcome outcome) {
            return outcome == Outcome.ACCEPTED
                    ? new Outcomes(accepted + 1, refused)
                    : new Outcomes(accepted, refused + 1);
        }
    }

    private void tally(String service, Outcome outcome) {
        outcomes.merge(service, new Outcomes(0, 0).plus(outcome), (a, b) -> a.plus(outcome));
    }

    /** Calls the service: accepted, or refused with a reason and the database unchanged; never another exception. */
    private Outcome callService(Object input, Runnable call) {
        var before = fingerprint();
        try {
            call.run();
            return Outcome.ACCEPTED;
        } catch (InvalidInputException | NotFoundException | AccessDeniedException refusal) {
            if (refusal instanceof InvalidInputException invalid) {
                assertThat(invalid.problems())
                        .as("a refusal says what is wrong")
                        .isNotEmpty();
            }
            assertThat(fingerprint())
                    .as("refused input leaves the database unchanged (%s)", refusal.getMessage())
                    .isEqualTo(before);
            return Outcome.REFUSED;
        } catch (RuntimeException unexpected) {
            throw new AssertionError(shorten(input) + " threw " + unexpected, unexpected);
        }
    }

    private static String shorten(Object input) {
        var text = String.valueOf(input);
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** Row counts and versions of everything these services write. */
    private List<@Nullable Long> fingerprint() {
        return jdbc.queryForList("""
                select count(*) from offer union all select coalesce(sum(version), 0) from offer
                union all select count(*) from offer_revision union all select count(*) from band
                union all select count(*) from negotiation_plan union all select coalesce(sum(version), 0) from negotiation_plan
                """, Long.class);
    }

    // ---- Generators

    /** Any of: up to 30 typeable characters, up to 200 of any, 3,000 to 5,000 letters, a known troublemaker. */
    private static String text(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> Generated.text(random, 0, 30);
            case 1 -> Generated.anyText(random, 0, 200);
            case 2 -> Generated.text(random, Generated.LETTERS, 3000, 5000);
            default ->
                oneOf(
                        random,
                        "",
                        "   ",
                        "Acme",
                        "<script>alert(1)</script>",
                        "\" onmouseover=\"x",
                        "Ünïcødé 公司",
                        "=SUM(A1)",
                        "nul\u0000byte",
                        "bell\u0007",
                        "\uFFFF");
        };
    }

    /** Mostly a valid value, one time in five a doubtful one. */
    private static <T> T mostly(
            RandomGenerator random, Function<RandomGenerator, T> valid, Function<RandomGenerator, T> doubtful) {
        return random.nextInt(5) < 4 ? valid.apply(random) : doubtful.apply(random);
    }

    /** Mostly plausible amounts; one time in five a negative, huge or over-precise one. */
    private static BigDecimal amount(RandomGenerator random) {
        return mostly(
                random,
                r -> between(r, BigDecimal.ZERO, BigDecimal.valueOf(900_000), 2),
                r -> r.nextBoolean()
                        ? between(r, BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000), 6)
                        : oneOf(
                                r,
                                new BigDecimal("-1"),
                                new BigDecimal("1e12"),
                                new BigDecimal("99999999999999.999"),
                                new BigDecimal("0.005"),
                                new BigDecimal("150"),
                                new BigDecimal("100.01")));
    }

    /**
     * Mostly an aim the planner takes (0 to 150 %), else any amount: with amounts alone about one plan in a thousand
     * would be valid, too few to check that a valid plan is saved.
     */
    private static BigDecimal aim(RandomGenerator random) {
        return mostly(
                random, r -> between(r, BigDecimal.ZERO, BigDecimal.valueOf(150), 2), ServiceInputProperties::amount);
    }

    private static @Nullable BigDecimal optionalAmount(RandomGenerator random) {
        return orNull(random, 0.4, ServiceInputProperties::amount);
    }

    private static String name(RandomGenerator random) {
        return mostly(
                random,
                r -> Generated.text(r, Generated.LETTERS + Generated.DIGITS + " &.", 1, 40),
                ServiceInputProperties::text);
    }

    private static String pick(RandomGenerator random, List<String> valid, List<String> doubtful) {
        return mostly(random, r -> valid.get(r.nextInt(valid.size())), r -> doubtful.get(r.nextInt(doubtful.size())));
    }

    private static String pickOrText(RandomGenerator random, String... valid) {
        return mostly(random, r -> oneOf(r, valid), ServiceInputProperties::text);
    }

    private static List<OfferRef> offerRefs(RandomGenerator random) {
        return Generated.listOf(random, 0, 3, r -> oneOf(r, OfferRef.class));
    }

    private static OfferDraft offerDraft(RandomGenerator random) {
        var company = name(random);
        var role = name(random);
        var level = name(random);
        var region = name(random);
        var currency = pick(random, List.of("USD", "GBP", "EUR"), List.of("XYZ", "", "usd"));
        var status = oneOf(random, OfferStatus.class);
        var deadline = orNull(
                random,
                0.3,
                r -> oneOf(r, LocalDate.of(2026, 12, 1), LocalDate.of(1999, 1, 1), LocalDate.of(2200, 1, 1)));
        return new OfferDraft(company, role, role, level, region, region, currency, status, deadline, text(random));
    }

    private static RevisionDraft revisionDraft(RandomGenerator random) {
        return new RevisionDraft(
                oneOf(random, RevisionKind.class),
                oneOf(random, LocalDate.of(2026, 11, 1), LocalDate.of(1900, 1, 1), LocalDate.of(2300, 1, 1)),
                amount(random),
                oneOf(random, BonusTarget.Kind.class),
                amount(random),
                oneOf(random, EquityKind.class),
                amount(random),
                pick(
                        random,
                        List.of("25/25/25/25", "100", "50/50", "10/20/30/40", "33.3/33.3/33.4"),
                        List.of("abc", "", "60/60", "-10/110")),
                VestingFrequency.MONTHLY,
                mostly(random, r -> oneOf(r, 0, 12), r -> between(r, -12, 200)),
                orNull(random, 0.9, ServiceInputProperties::amount),
                amount(random),
                amount(random),
                mostly(random, r -> oneOf(r, 0, 12), r -> between(r, -1, 130)),
                random.nextBoolean(),
                List.of(),
                amount(random),
                BigDecimal.ZERO,
                mostly(random, r -> Generated.text(r, Generated.LETTERS, 0, 100), ServiceInputProperties::text));
    }

    private static Range range(RandomGenerator random) {
        return new Range(amount(random), amount(random), optionalAmount(random), optionalAmount(random), null, null);
    }

    private static BandDraft bandDraft(RandomGenerator random) {
        return new BandDraft(
                name(random),
                name(random),
                name(random),
                name(random),
                name(random),
                pick(random, List.of("USD", "GBP"), List.of("XYZ", "")),
                range(random),
                orNull(random, 0.5, ServiceInputProperties::range),
                between(random, 0, 12),
                orNull(random, 0.5, ServiceInputProperties::range),
                null,
                name(random),
                "",
                oneOf(
                        random,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(1990, 1, 1),
                        LocalDate.of(2999, 1, 1)),
                random.nextBoolean());
    }

    /** Nine times in ten a row of mostly valid fields, else any text. */
    private static String csvRow(RandomGenerator random) {
        if (random.nextInt(10) == 9) {
            return text(random);
        }
        return String.join(
                ",",
                mostly(random, r -> Generated.text(r, Generated.LETTERS, 1, 20), ServiceInputProperties::text),
                pickOrText(random, "Engineer", "Scientist"),
                pickOrText(random, "Software Engineer", "ML/AI Engineer"),
                pickOrText(random, "", "L5", "IC6"),
                pickOrText(random, "Seattle", "London"),
                pick(random, List.of("USD", "GBP"), List.of("XYZ", "", "usd", "\"")),
                pick(random, List.of("100000", "\"120,000\""), List.of("-5", "abc", "1e12", "", "\"")),
                pick(random, List.of("250000", "300000"), List.of("50", "abc", "", "\"a,b\"")),
                pick(random, List.of("", "400000"), List.of("-1", "x")),
                pick(random, List.of("", "800000"), List.of("10", "x")),
                pickOrText(random, "Survey", "\"Recruiter, 2026\""),
                pick(random, List.of("2026-01-01", "2025-06-30"), List.of("2999-01-01", "yesterday", "")));
    }

    // ---- Small edits of valid drafts for the examples

    private static RevisionDraft withBase(RevisionDraft d, BigDecimal base) {
        return new RevisionDraft(
                d.kind(),
                d.date(),
                base,
                d.bonusKind(),
                d.bonusValue(),
                d.equityKind(),
                d.equityGrant(),
                d.vestingPercents(),
                VestingFrequency.MONTHLY,
                d.cliffMonths(),
                d.strikePrice(),
                d.liquidityDiscountPercent(),
                d.signingBonus(),
                d.clawbackMonths(),
                d.clawbackProRated(),
                List.of(),
                d.relocation(),
                d.otherOneTime(),
                d.note());
    }

    private static RevisionDraft withVesting(RevisionDraft d, String percents, int cliff) {
        return new RevisionDraft(
                d.kind(),
                d.date(),
                d.baseSalary(),
                d.bonusKind(),
                d.bonusValue(),
                d.equityKind(),
                d.equityGrant(),
                percents,
                VestingFrequency.MONTHLY,
                cliff,
                d.strikePrice(),
                d.liquidityDiscountPercent(),
                d.signingBonus(),
                d.clawbackMonths(),
                d.clawbackProRated(),
                List.of(),
                d.relocation(),
                d.otherOneTime(),
                d.note());
    }

    private static OfferDraft withCompany(OfferDraft d, String company) {
        return new OfferDraft(
                company,
                d.roleTitle(),
                d.roleFamily(),
                d.levelLabel(),
                d.location(),
                d.region(),
                d.currency(),
                d.status(),
                d.deadline(),
                d.notes());
    }
}
