package com.offerbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandCsv;
import com.offerbook.bands.BandDraft;
import com.offerbook.bands.BandService;
import com.offerbook.bands.Range;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
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
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * At least 1,000 generated inputs (jqwik arbitraries, valid and invalid mixed) at each service that accepts user
 * input: offers, revisions, bands, band import rows and negotiation plans. Each call either succeeds or is refused
 * (invalid input; an id that is not the user's; a shared band for a non-administrator), never with another exception
 * or a database error, and a refused call leaves the database exactly as it was. The services run in the shared Spring context, so the jqwik generators
 * are sampled from a JUnit test rather than run as jqwik properties.
 */
@DatabaseTest
class ServiceInputProperties {

    private static final int INPUTS = 1_000;

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

    @BeforeEach
    void signIn() {
        TestUsers.signInAs(accounts, "root"); // the first account is the administrator; these run as a user
        TestUsers.signInAs(accounts, "fuzz");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void new_offers() {
        var outcomes = run(
                Combinators.combine(offerDrafts(), revisionDrafts()).as(Arrays::<Object>asList),
                input -> offers.create((OfferDraft) input.get(0), (RevisionDraft) input.get(1)));
        assertThat(outcomes.accepted()).isPositive();
        assertThat(outcomes.refused()).isPositive();
    }

    @Test
    void revisions_and_offer_edits() {
        long id = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        var revisions = run(revisionDrafts(), draft -> offers.addRevision(id, draft));
        var edits = run(offerDrafts(), draft -> {
            offers.update(id, offers.get(id).version(), draft);
            return id;
        });
        assertThat(revisions.accepted() + edits.accepted()).isPositive();
        assertThat(revisions.refused() + edits.refused()).isPositive();
    }

    @Test
    void bands() {
        var outcomes = run(bandDrafts(), draft -> bands.create(draft).id());
        assertThat(outcomes.accepted()).isPositive();
        assertThat(outcomes.refused()).isPositive();
    }

    @Test
    void band_import_rows() {
        var header =
                "company,role_title,role_family,level,region,currency,base_min,base_max,equity_min,equity_max,source_title,as_of\n";
        var row = Combinators.combine(
                        mostly(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20), text()),
                        mostly(Arbitraries.of("Engineer", "Scientist"), text()),
                        mostly(Arbitraries.of("Software Engineer", "ML/AI Engineer"), text()),
                        mostly(Arbitraries.of("", "L5", "IC6"), text()),
                        mostly(Arbitraries.of("Seattle", "London"), text()),
                        mostly(Arbitraries.of("USD", "GBP"), Arbitraries.of("XYZ", "", "usd", "\"")),
                        mostly(Arbitraries.of("100000", "\"120,000\""), Arbitraries.of("-5", "abc", "1e12", "", "\"")),
                        mostly(Arbitraries.of("250000", "300000"), Arbitraries.of("50", "abc", "", "\"a,b\"")))
                .as(Arrays::<String>asList);
        var rest = Combinators.combine(
                        mostly(Arbitraries.of("", "400000"), Arbitraries.of("-1", "x")),
                        mostly(Arbitraries.of("", "800000"), Arbitraries.of("10", "x")),
                        mostly(Arbitraries.of("Survey", "\"Recruiter, 2026\""), text()),
                        mostly(
                                Arbitraries.of("2026-01-01", "2025-06-30"),
                                Arbitraries.of("2999-01-01", "yesterday", "")))
                .as(Arrays::<String>asList);
        var fields = Combinators.combine(row, rest).as((a, b) -> String.join(",", a) + "," + String.join(",", b));
        var rowOrGarbage =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, fields), net.jqwik.api.Tuple.of(1, text()));
        var files = rowOrGarbage.list().ofMinSize(1).ofMaxSize(4).map(rows -> header + String.join("\n", rows) + "\n");
        int saved = 0;
        for (var csv : files.sampleStream().limit(INPUTS).toList()) {
            var before = fingerprint();
            try {
                var parsed = BandCsv.parse(new StringReader(csv));
                var report = bands.importAll(parsed.rows(), parsed.problems());
                if (report.problems().isEmpty()) {
                    saved += report.saved();
                } else {
                    assertThat(report.saved()).isZero();
                    assertThat(fingerprint())
                            .as("a refused file saves nothing: %s", shorten(csv))
                            .isEqualTo(before);
                }
            } catch (RuntimeException unexpected) {
                fail("Import of %s threw %s", shorten(csv), unexpected);
            }
        }
        assertThat(saved).as("some generated files are valid").isPositive();
    }

    @Test
    void negotiation_plans() {
        long id = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        long other = offers.create(
                OfferFixtures.details("OpenAI", "USD"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 290_000, 900_000));
        var ids = Arbitraries.of(id, other, 1L, 999_999L).list().ofMaxSize(3);
        var choices = Combinators.combine(
                        Arbitraries.of(1L, 999_999L).injectNull(0.3),
                        amounts(),
                        ids,
                        ids,
                        Arbitraries.of(List.<Long>of(), List.of(1L), List.of(999_999L)))
                .as(Arrays::<Object>asList);
        var overrides = Combinators.combine(optionalAmounts(), optionalAmounts(), optionalAmounts(), optionalAmounts())
                .as(Arrays::<Object>asList);
        @SuppressWarnings("unchecked")
        var settings = Combinators.combine(choices, overrides)
                .as((c, o) -> PlanSettings.defaults((Long) c.get(0))
                        .withAim((BigDecimal) c.get(1))
                        .withCompeting((List<Long>) c.get(2), (List<Long>) c.get(3))
                        .withLevers((List<Long>) c.get(4))
                        .withAsk(PlanComponent.BASE, (BigDecimal) o.get(0))
                        .withAsk(PlanComponent.EQUITY, (BigDecimal) o.get(1))
                        .withFloor(PlanComponent.BASE, (BigDecimal) o.get(2))
                        .withFloor(PlanComponent.EQUITY, (BigDecimal) o.get(3)));
        var outcomes = run(settings, s -> {
            negotiation.save(id, s);
            return id;
        });
        assertThat(outcomes.accepted()).isPositive();
        assertThat(outcomes.refused()).isPositive();
    }

    record Outcomes(int accepted, int refused) {}

    /** Calls the service with each input; accepted or refused with InvalidInputException, a refusal changing nothing. */
    private <T> Outcomes run(Arbitrary<T> inputs, java.util.function.Function<T, ?> call) {
        int accepted = 0;
        int refused = 0;
        for (var input : inputs.sampleStream().limit(INPUTS).toList()) {
            var before = fingerprint();
            try {
                call.apply(input);
                accepted++;
            } catch (InvalidInputException | NotFoundException | AccessDeniedException refusal) {
                refused++;
                if (refusal instanceof InvalidInputException invalid) {
                    assertThat(invalid.problems())
                            .as("a refusal says what is wrong")
                            .isNotEmpty();
                }
                assertThat(fingerprint())
                        .as("refused input leaves the database unchanged: %s", shorten(input))
                        .isEqualTo(before);
            } catch (RuntimeException unexpected) {
                fail("%s threw %s", shorten(input), unexpected);
            }
        }
        return new Outcomes(accepted, refused);
    }

    private static String shorten(Object input) {
        var text = String.valueOf(input);
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** Row counts and versions of everything these services write. */
    private List<Long> fingerprint() {
        return jdbc.queryForList("""
                select count(*) from offer union all select coalesce(sum(version), 0) from offer
                union all select count(*) from offer_revision union all select count(*) from band
                union all select count(*) from negotiation_plan union all select coalesce(sum(version), 0) from negotiation_plan
                """, Long.class);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().alpha().ofMinLength(3000).ofMaxLength(5000),
                Arbitraries.of(
                        "",
                        "   ",
                        "Acme",
                        "<script>alert(1)</script>",
                        "\" onmouseover=\"x",
                        "Ünïcødé 公司",
                        "=SUM(A1)",
                        "nul\u0000byte",
                        "bell\u0007",
                        "\uFFFF"));
    }

    /** Mostly a valid value, one time in five a doubtful one. */
    private static Arbitrary<String> mostly(Arbitrary<String> valid, Arbitrary<String> doubtful) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(1, doubtful));
    }

    /** Mostly plausible amounts; one time in five a negative, huge or over-precise one. */
    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        4,
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, BigDecimal.valueOf(900_000))
                                .ofScale(2)),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.oneOf(
                                Arbitraries.bigDecimals()
                                        .between(BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000))
                                        .ofScale(6),
                                Arbitraries.of(
                                        new BigDecimal("-1"),
                                        new BigDecimal("1e12"),
                                        new BigDecimal("99999999999999.999"),
                                        new BigDecimal("0.005"),
                                        new BigDecimal("150"),
                                        new BigDecimal("100.01")))));
    }

    private static Arbitrary<String> name() {
        return mostly(
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars(' ', '&', '.')
                        .ofMinLength(1)
                        .ofMaxLength(40),
                text());
    }

    private static Arbitrary<BigDecimal> optionalAmounts() {
        return amounts().injectNull(0.4);
    }

    private static Arbitrary<OfferDraft> offerDrafts() {
        return Combinators.combine(
                        name(),
                        name(),
                        name(),
                        name(),
                        mostly(Arbitraries.of("USD", "GBP", "EUR"), Arbitraries.of("XYZ", "", "usd")),
                        Arbitraries.of(OfferStatus.class),
                        Arbitraries.of(LocalDate.of(2026, 12, 1), LocalDate.of(1999, 1, 1), LocalDate.of(2200, 1, 1))
                                .injectNull(0.3),
                        text())
                .as((company, role, level, region, currency, status, deadline, notes) ->
                        new OfferDraft(company, role, role, level, region, region, currency, status, deadline, notes));
    }

    private static Arbitrary<RevisionDraft> revisionDrafts() {
        var head = Combinators.combine(
                        Arbitraries.of(RevisionKind.class),
                        Arbitraries.of(LocalDate.of(2026, 11, 1), LocalDate.of(1900, 1, 1), LocalDate.of(2300, 1, 1)),
                        amounts(),
                        Arbitraries.of(BonusTarget.Kind.class),
                        amounts(),
                        Arbitraries.of(EquityKind.class),
                        amounts(),
                        mostly(
                                Arbitraries.of("25/25/25/25", "100", "50/50", "10/20/30/40", "33.3/33.3/33.4"),
                                Arbitraries.of("abc", "", "60/60", "-10/110")))
                .as(Arrays::<Object>asList);
        var tail = Combinators.combine(
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(4, Arbitraries.of(0, 12)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-12, 200))),
                        amounts().injectNull(0.9),
                        amounts(),
                        amounts(),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(4, Arbitraries.of(0, 12)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-1, 130))),
                        Arbitraries.of(true, false),
                        amounts(),
                        mostly(Arbitraries.strings().alpha().ofMaxLength(100), text()))
                .as(Arrays::<Object>asList);
        return Combinators.combine(head, tail)
                .as((h, t) -> new RevisionDraft(
                        (RevisionKind) h.get(0),
                        (LocalDate) h.get(1),
                        (BigDecimal) h.get(2),
                        (BonusTarget.Kind) h.get(3),
                        (BigDecimal) h.get(4),
                        (EquityKind) h.get(5),
                        (BigDecimal) h.get(6),
                        (String) h.get(7),
                        (Integer) t.get(0),
                        (BigDecimal) t.get(1),
                        (BigDecimal) t.get(2),
                        (BigDecimal) t.get(3),
                        (Integer) t.get(4),
                        (Boolean) t.get(5),
                        (BigDecimal) t.get(6),
                        BigDecimal.ZERO,
                        (String) t.get(7)));
    }

    private static Arbitrary<Range> ranges() {
        return Combinators.combine(amounts(), amounts(), optionalAmounts(), optionalAmounts())
                .as((min, max, p25, p50) -> new Range(min, max, p25, p50, null, null));
    }

    private static Arbitrary<BandDraft> bandDrafts() {
        var names = Combinators.combine(
                        name(),
                        name(),
                        name(),
                        name(),
                        name(),
                        mostly(Arbitraries.of("USD", "GBP"), Arbitraries.of("XYZ", "")))
                .as(Arrays::<String>asList);
        var figures = Combinators.combine(
                        ranges(),
                        ranges().injectNull(0.5),
                        Arbitraries.integers().between(0, 12),
                        ranges().injectNull(0.5),
                        name(),
                        Arbitraries.of(
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2025, 3, 1),
                                LocalDate.of(1990, 1, 1),
                                LocalDate.of(2999, 1, 1)),
                        Arbitraries.of(true, false))
                .as(Arrays::<Object>asList);
        return Combinators.combine(names, figures)
                .as((n, f) -> new BandDraft(
                        n.get(0),
                        n.get(1),
                        n.get(2),
                        n.get(3),
                        n.get(4),
                        n.get(5),
                        (Range) f.get(0),
                        (Range) f.get(1),
                        (Integer) f.get(2),
                        (Range) f.get(3),
                        null,
                        (String) f.get(4),
                        "",
                        (LocalDate) f.get(5),
                        (Boolean) f.get(6)));
    }
}
