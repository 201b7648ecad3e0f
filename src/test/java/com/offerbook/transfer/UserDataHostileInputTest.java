package com.offerbook.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.Generated;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandDraft;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.comp.HostileNumbers;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19: a data file is read with bounded numbers and counts, and a file with a broken reference, a missing
 * value or a shared band from a non-administrator is refused naming the entry at fault, never with an unhandled
 * exception, and before anything is saved.
 */
@DatabaseTest
class UserDataHostileInputTest {

    /** A refusal is a sentence or two per problem, never an echo of the file. */
    static final int MESSAGE_MAX = 400;

    @Autowired
    UserDataService data;

    @Autowired
    OfferService offers;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_amount_with_a_huge_exponent_is_refused_naming_its_entry() {
        var json = exported().replaceFirst("\"baseSalary\" : [^,]+", "\"baseSalary\" : 1E-999999999");

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .contains("offers[0].revisions[0].baseSalary", "exponent")
                                .hasSizeLessThan(MESSAGE_MAX));
    }

    @Test
    void a_number_of_ten_thousand_digits_is_refused_without_being_read() {
        var json = exported().replaceFirst("\"baseSalary\" : [^,]+", "\"baseSalary\" : 1" + "0".repeat(10_000));

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .contains("number")
                                .doesNotContain("0".repeat(50))
                                .hasSizeLessThan(MESSAGE_MAX));
    }

    static Stream<Named<String>> hostile() {
        return Generated.inputs(1_000, HostileNumbers::text);
    }

    /** Each number, written bare or as a string, is read within the bounds or refused with a short message. */
    @ParameterizedTest
    @MethodSource("hostile")
    void every_amount_is_read_within_the_bounds_or_refused(String number) {
        var json = template().replace("\"BASE\"", number.hashCode() % 2 == 0 ? number : quoted(number));
        try {
            var file = read(json);
            var salary = file.offers().getFirst().revisions().getFirst().baseSalary();
            assertThat(salary.precision()).isLessThanOrEqualTo(40);
            assertThat(salary.scale()).isBetween(0, 8);
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).hasSizeLessThan(MESSAGE_MAX);
        }
    }

    @Test
    void a_plan_for_an_offer_that_is_not_in_the_file_is_refused_naming_the_plan() {
        var file = withPlan(plan ->
                new UserData.Plan(7, plan.band(), plan.competing(), plan.mentioned(), plan.levers(), plan.settings()));

        assertRefused(file, "plans[0].offer");
    }

    @Test
    void every_kind_of_broken_reference_in_a_plan_is_refused_naming_it() {
        assertRefused(withPlan(p -> plan(p, "private:5", List.of(), List.of())), "plans[0].band");
        assertRefused(withPlan(p -> plan(p, "shared:abc", List.of(), List.of())), "plans[0].band");
        assertRefused(withPlan(p -> plan(p, "elsewhere:1", List.of(), List.of())), "plans[0].band");
        assertRefused(withPlan(p -> plan(p, "", List.of(3), List.of())), "plans[0].competing[0]");
        assertRefused(withPlan(p -> plan(p, "", List.of(), List.of("own:-1"))), "plans[0].levers[0]");
        assertRefused(withPlan(p -> plan(p, "", List.of(), List.of("shared:999999"))), "plans[0].levers[0]");
        assertRefused(withPlan(p -> plan(p, "shared:999999", List.of(), List.of())), "plans[0].band");
    }

    @Test
    void a_missing_value_is_refused_naming_the_entry() {
        var json = exported();

        assertRefused(json.replaceFirst("\"company\" : \"[^\"]*\"", "\"company\" : null"), "offers[0].details.company");
        assertRefused(json.replaceFirst("\"kind\" : \"[^\"]*\"", "\"kind\" : null"), "offers[0].revisions[0].kind");
        assertRefused(json.replaceFirst("\"revisions\" : \\[", "\"revisions\" : [ null,"), "offers[0].revisions[0]");
        assertRefused(json.replaceFirst("\"settings\" : \\{[^}]*}", "\"settings\" : null"), "plans[0].settings");
        assertRefused(json.replaceFirst("\"offers\" : \\[", "\"offers\" : [ null,"), "offers[0]");
    }

    @Test
    void a_shared_band_in_the_file_of_a_non_administrator_is_refused_naming_it() {
        var file = withBand(band -> new BandDraft(
                band.company(),
                band.roleTitle(),
                band.roleFamily(),
                band.levelLabel(),
                band.region(),
                band.currency(),
                band.base(),
                band.equity(),
                band.equityVestingYears(),
                band.bonus(),
                band.totalComp(),
                band.sourceTitle(),
                band.sourceUrl(),
                band.asOf(),
                true));

        assertRefused(file, "privateBands[0].shared");
    }

    @Test
    void a_file_with_more_offers_than_the_limit_is_refused_with_the_limit() {
        var file = fileOf("erin");
        var many = new UserData(
                file.format(),
                Collections.nCopies(Limits.IMPORT_MAX_OFFERS + 1, file.offers().getFirst()),
                List.of(),
                List.of(),
                List.of());

        assertThatThrownBy(() -> data.importInto(many))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("offers", "%,d".formatted(Limits.IMPORT_MAX_OFFERS)));
        assertThat(offers.count()).isZero();
    }

    @Test
    void an_offer_with_more_revisions_than_the_limit_is_refused_with_the_limit() {
        var file = fileOf("frank");
        var offer = file.offers().getFirst();
        var revisions = Collections.nCopies(
                Limits.IMPORT_MAX_REVISIONS_PER_OFFER + 1, offer.revisions().getFirst());
        var many = new UserData(
                file.format(),
                List.of(new UserData.Offer(offer.details(), revisions)),
                List.of(),
                List.of(),
                List.of());

        assertThatThrownBy(() -> data.importInto(many))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage())
                                .contains(
                                        "offers[0].revisions", "%,d".formatted(Limits.IMPORT_MAX_REVISIONS_PER_OFFER)));
        assertThat(offers.count()).isZero();
    }

    private void assertRefused(UserData file, String entry) {
        assertThatThrownBy(() -> data.importInto(file))
                .as(entry)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains(entry).hasSizeLessThan(MESSAGE_MAX));
        assertThat(offers.count()).as("nothing saved").isZero();
    }

    private void assertRefused(String json, String entry) {
        assertThatThrownBy(() -> data.importInto(read(json)))
                .as(entry)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains(entry).hasSizeLessThan(MESSAGE_MAX));
        assertThat(offers.count()).as("nothing saved").isZero();
    }

    private static UserData.Plan plan(UserData.Plan plan, String band, List<Integer> competing, List<String> levers) {
        return new UserData.Plan(plan.offer(), band, competing, List.of(), levers, plan.settings());
    }

    /** A file of one offer with a plan, changed by {@code change}, and a fresh account to import it into. */
    private UserData withPlan(UnaryOperator<UserData.Plan> change) {
        var file = fileOf("grace" + System.nanoTime());
        var plans = new ArrayList<>(file.plans().stream().map(change).toList());
        return new UserData(file.format(), file.offers(), file.privateBands(), file.levers(), plans);
    }

    private UserData withBand(UnaryOperator<BandDraft> change) {
        var file = fileOf("heidi");
        return new UserData(
                file.format(),
                file.offers(),
                file.privateBands().stream().map(change).toList(),
                file.levers(),
                file.plans());
    }

    /** The file of an account with one offer, a private band and a plan; then a fresh account is signed in. */
    private UserData fileOf(String importer) {
        return read(exported(importer));
    }

    private String exported() {
        return exported("ivan" + System.nanoTime());
    }

    private String exported(String importer) {
        TestUsers.register(accounts, "admin"); // the first account is the administrator; the others are not
        TestUsers.signInAs(accounts, "owner" + System.nanoTime());
        long offer = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        bands.create(BandFixtures.privateBand("Acme", "Seattle"));
        negotiation.save(
                offer,
                PlanSettings.defaults(null)
                        .withAim(new BigDecimal("80"))
                        .withAsk(PlanComponent.BASE, new BigDecimal("320000")));
        var out = new ByteArrayOutputStream();
        data.writeJson(out);
        TestUsers.signInAs(accounts, importer);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One exported file, made once for all generated inputs, with "BASE" where the first base salary was. */
    private static @Nullable String template;

    private String template() {
        if (template == null) {
            template = exported().replaceFirst("\"baseSalary\" : [^,]+", "\"baseSalary\" : \"BASE\"");
        }
        return template;
    }

    private UserData read(String json) {
        return data.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\p{Cntrl}", " ") + "\"";
    }

    @Test
    void an_export_carries_every_offer_up_to_the_limit_and_beyond_it_is_refused_never_cut() {
        TestUsers.signInAs(accounts, "judy");
        for (int i = 0; i < Limits.IMPORT_MAX_OFFERS; i++) {
            offers.create(
                    OfferFixtures.details("Company " + i, "USD"),
                    OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 100_000 + i, 0));
        }
        assertThat(data.exportRefusal()).isEmpty();
        assertThat(data.export().offers()).hasSize(Limits.IMPORT_MAX_OFFERS);

        offers.create(OfferFixtures.details("One too many", "USD"), OfferFixtures.counter());

        assertThat(data.exportRefusal())
                .hasValueSatisfying(refusal -> assertThat(refusal)
                        .contains("%,d offers".formatted(Limits.IMPORT_MAX_OFFERS + 1))
                        .contains("at most %,d".formatted(Limits.IMPORT_MAX_OFFERS)));
        assertThatThrownBy(() -> data.writeJson(new ByteArrayOutputStream()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nothing was exported");
    }
}
