package com.offerbook.dashboard.ui;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.counter;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.base.ui.NativeSelectTester;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.base.ui.Tables;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Scenarios;
import com.offerbook.comp.ValuationAssumptions;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.offerbook.valuation.AssumptionsDraft;
import com.offerbook.valuation.CurrentJobDraft;
import com.offerbook.valuation.ValuationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class CompareViewTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    ValuationService valuation;

    @Autowired
    DashboardService dashboard;

    @BeforeEach
    void alice() {
        if (accounts.findByUsername("alice").isEmpty()) {
            accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    @Test
    void three_offers_side_by_side_with_the_best_value_of_each_row_marked() {
        long anthropic = offers.create(anthropic(), counter());
        long openAi = offers.create(
                OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        long deepMind = offers.create(
                OfferFixtures.details("Google DeepMind", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 310_000, 650_000));

        var view = open(anthropic + "," + openAi + "," + deepMind);

        var recurring = row(view, "Recurring total comp");
        assertThat(recurring.cells()).containsExactly("$511,250", "$550,000", "$472,500");
        assertThat(recurring.best()).containsExactly(1);
        var yearOne = row(view, "Year 1");
        assertThat(yearOne.cells()).containsExactly("$591,250", "$550,000", "$472,500");
        assertThat(yearOne.best()).containsExactly(0);
        assertThat(row(view, "Signing bonus at risk").best()).containsExactly(1, 2);
        assertThat(row(view, "In band: Base salary").cells().getFirst()).startsWith("Upper third");

        var chart = specOf(view.chart);
        assertThat(chart.kind()).isEqualTo(ChartSpec.Kind.GROUPED_BAR);
        assertThat(chart.series()).hasSize(3);
        assertThat(chart.series().getFirst().points().getFirst().y()).isEqualTo(591_250.0);
    }

    @Test
    void adding_a_third_offer_with_the_picker_keeps_the_table_on_the_page() {
        long anthropic = offers.create(anthropic(), counter());
        long openAi = offers.create(
                OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        offers.create(
                OfferFixtures.details("Google DeepMind", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 310_000, 650_000));
        var view = open(anthropic + "," + openAi);
        assertThat(Tables.headers(view.table)).hasSize(3);

        // The user adds a third offer to the two shown.
        var chosen = new LinkedHashSet<>(view.picker.getValue());
        chosen.add(item(view, "Google DeepMind · ML Engineer L5"));
        view.picker.setValue(chosen);

        var again = (CompareView) getCurrentView();
        assertThat(again.table.isVisible()).isTrue();
        assertThat(Tables.headers(again.table))
                .as("the table on the page (not a detached copy) shows the three offers")
                .containsExactly(
                        "", "Anthropic · ML/AI Engineer", "OpenAI · ML Engineer", "Google DeepMind · ML Engineer");
        assertThat(Tables.bodyRows(again.table)).isEqualTo(again.rows().size());
    }

    @Test
    void the_chosen_figure_decides_the_best_of_its_row_and_the_address_keeps_it() {
        long anthropic = offers.create(anthropic(), counter());
        long openAi = offers.create(
                OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        long deepMind = offers.create(
                OfferFixtures.details("Google DeepMind", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 310_000, 650_000));
        // Anthropic's private RSUs: bear −30 %, base 0 %, bull +25 % a year, weighted 25/50/25.
        valuation.saveAssumptions(
                anthropic,
                AssumptionsDraft.from(ValuationAssumptions.none().withScenarios(Scenarios.of(-30, 0, 25, 25, 50, 25))));
        var view = open(anthropic + "," + openAi + "," + deepMind);
        assertThat(view.rows().getFirst().label()).isEqualTo("Recurring total comp");
        assertThat(view.rows().getFirst().best()).containsExactly(1);

        new NativeSelectTester<>(view.figure).selectItem("Year 1");

        view = (CompareView) getCurrentView();
        assertThat(view.rows().getFirst().label()).isEqualTo("Year 1");
        assertThat(view.rows().getFirst().best())
                .as("the $80,000 signing bonus")
                .containsExactly(0);
        assertThat(address()).containsEntry("figure", List.of("year-1")).containsEntry("years", List.of("5"));

        new NativeSelectTester<>(view.figure).selectItem("Bull case");

        view = (CompareView) getCurrentView();
        var bull = view.rows().getFirst();
        assertThat(bull.label()).isEqualTo("Bull case, years 1–5 together");
        // Anthropic: 5 × $330,000 + $80,000 + $181,250 × (1.25 + 1.25² + 1.25³ + 1.25⁴) = $3,036,274.41;
        // OpenAI and DeepMind have no assumptions: today's figures, 4 × $550,000 + $300,000 and 4 × $472,500 +
        // $310,000.
        assertThat(bull.cells()).containsExactly("$3,036,274", "$2,500,000", "$2,200,000");
        assertThat(bull.best()).containsExactly(0);
        assertThat(row(view, "Assumptions used").cells())
                .containsExactly("This offer's own assumptions", "None: today's figures", "None: today's figures");
        assertThat(address()).containsEntry("figure", List.of("bull"));

        new NativeSelectTester<>(view.years).selectItem("2 years");

        assertThat(address()).containsEntry("figure", List.of("bull")).containsEntry("years", List.of("2"));
        view = (CompareView) getCurrentView();
        assertThat(view.rows().getFirst().label()).isEqualTo("Bull case, years 1–2 together");
        assertThat(specOf(view.chart).categories()).containsExactly("Year 1", "Year 2");

        // The bookmarked address opens the same comparison.
        var reopened = open(anthropic + "," + openAi + "," + deepMind + "&figure=bull&years=2");
        assertThat(reopened.figure.getValue()).isEqualTo(Figure.BULL);
        assertThat(reopened.years.getValue()).isEqualTo(2);
        assertThat(reopened.rows().getFirst().cells())
                .isEqualTo(view.rows().getFirst().cells());
    }

    @Test
    void an_offer_without_assumptions_adds_up_todays_figures_under_every_projected_figure() {
        long openAi = offers.create(
                OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        long deepMind = offers.create(
                OfferFixtures.details("Google DeepMind", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 310_000, 650_000));

        for (var figure : List.of("bear", "base", "bull", "expected")) {
            var view = open(openAi + "," + deepMind + "&figure=" + figure + "&years=4");
            assertThat(view.rows().getFirst().cells())
                    .as(figure + ": four times the 4-year average")
                    .containsExactly("$2,200,000", "$1,890,000");
        }
    }

    @Test
    void without_a_figure_in_the_address_compare_uses_the_one_the_user_ranks_offers_by() {
        long anthropic = offers.create(anthropic(), counter());
        long openAi = offers.create(
                OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        dashboard.savePreferredFigure(new FigureChoice(Figure.FOUR_YEAR_AVERAGE, 5));

        var view = open(anthropic + "," + openAi);

        assertThat(view.figure.getValue()).isEqualTo(Figure.FOUR_YEAR_AVERAGE);
        assertThat(view.rows().getFirst().label()).isEqualTo("4-year average");
    }

    @Test
    void staying_at_the_current_job_is_a_column_with_its_figures_under_the_same_choice() {
        long anthropic = offers.create(anthropic(), counter());
        valuation.saveCurrentJob(currentJob());

        var view = open(anthropic + ",stay");

        assertThat(view.choices("", 0, 50).map(CompareView.Choice::label)).contains("Stay at Current Co");
        assertThat(view.choices("current", 0, 50).map(CompareView.Choice::label))
                .containsExactly("Stay at Current Co");
        assertThat(Tables.headers(view.table)).containsExactly("", "Anthropic · ML/AI Engineer", "Stay at Current Co");
        // Staying: $250,000 base and $120,000 of equity vesting over the next 12 months, nothing after.
        assertThat(row(view, "Recurring total comp").cells()).containsExactly("$511,250", "$370,000");
        assertThat(row(view, "4-year average").cells()).containsExactly("$531,250", "$280,000");
        assertThat(row(view, "Risk-adjusted").cells().getLast()).isEqualTo("—");
        assertThat(row(view, "Band").cells().getLast()).isEqualTo("—");

        view = open(anthropic + ",stay&figure=expected&years=2");

        assertThat(view.rows().getFirst().cells()).containsExactly("$1,102,500", "$620,000");
        assertThat(view.rows().getFirst().best()).containsExactly(0);
        assertThat(row(view, "Assumptions used").cells().getLast()).isEqualTo("The current job's own assumptions");
        assertThat(view.shown()).extracting(CompareView.Choice::label).endsWith("Stay at Current Co");
    }

    @Test
    void a_company_named_with_markup_is_shown_as_typed_in_the_table() {
        var typed = "<img src=x onerror=alert(1)> & \"Co\"";
        long first = offers.create(anthropic(), counter());
        long second = offers.create(
                OfferFixtures.details(typed, "USD"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));

        var view = open(first + "," + second);

        var shown =
                org.jsoup.Jsoup.parse("<table>" + view.table.getElement().getProperty("innerHTML", "") + "</table>");
        assertThat(shown.select("img")).as("no element from a company's name").isEmpty();
        assertThat(Tables.headers(view.table))
                .anySatisfy(header -> assertThat(header).startsWith(typed));
    }

    @Test
    void fewer_than_two_offers_asks_for_a_choice() {
        long only = offers.create(anthropic(), counter());

        var view = open(String.valueOf(only));

        assertThat(view.hint.getText()).contains("two to four");
        assertThat(view.table.isVisible()).isFalse();
    }

    @Test
    void the_picker_finds_any_offer_by_what_is_typed_and_shows_the_compared_ones_however_old() {
        long oldest = offers.create(OfferFixtures.details("Initech", "USD"), counter());
        for (int i = 0; i < 60; i++) {
            offers.create(OfferFixtures.details("Company " + i, "USD"), counter());
        }
        long newest = offers.create(anthropic(), counter());

        var view = open(oldest + "," + newest);

        assertThat(view.picker.getValue())
                .extracting(CompareView.Choice::label)
                .containsExactlyInAnyOrder("Initech · ML Engineer L5", "Anthropic · ML/AI Engineer Senior");
        assertThat(view.choices("", 0, 50)).hasSize(50).first().isEqualTo(new CompareView.Choice(newest, "any"));
        assertThat(view.choices("", 1, 50)).hasSize(12).last().isEqualTo(new CompareView.Choice(oldest, "any"));
        assertThat(view.choices("INITECH", 0, 50))
                .extracting(CompareView.Choice::label)
                .containsExactly("Initech · ML Engineer L5");
        assertThat(view.choices("%", 0, 50)).as("a typed % is not a wildcard").hasSize(50);
    }

    @Test
    void another_users_offer_in_the_link_answers_not_found() {
        long mine = offers.create(anthropic(), counter());
        TestUsers.signInAs(accounts, "bob");
        long bobs = offers.create(anthropic(), counter());
        TestUsers.signInAs(accounts, "alice");

        navigateToCompare(mine + "," + bobs);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    /** Opens /compare?offers= followed by {@code query} (ids, and more parameters after an &amp;). */
    private CompareView open(String query) {
        navigateToCompare(query);
        return (CompareView) getCurrentView();
    }

    private static void navigateToCompare(String query) {
        UI.getCurrent().navigate("compare", QueryParameters.fromString(CompareView.PARAMETER + "=" + query));
    }

    private static Map<String, List<String>> address() {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getParameters();
    }

    private static CompareView.Choice item(CompareView view, String label) {
        return view.choices("", 0, 50)
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    /** $250,000 base, $120,000 (USD) of RSUs vesting monthly over the next 12 months, leaving now. */
    static CurrentJobDraft currentJob() {
        var tranches = new ArrayList<CurrentJobDraft.Tranche>();
        for (int month = 1; month <= 12; month++) {
            tranches.add(new CurrentJobDraft.Tranche(month, BigDecimal.valueOf(10_000)));
        }
        return new CurrentJobDraft(
                "Current Co",
                "USD",
                BigDecimal.valueOf(250_000),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PUBLIC_RSU,
                LocalDate.of(2026, 11, 1),
                0,
                12,
                BigDecimal.ZERO,
                0,
                false,
                0,
                tranches,
                AssumptionsDraft.from(ValuationAssumptions.none()));
    }

    @Test
    void take_home_sits_beside_the_gross_and_the_same_gross_keeps_more_in_seattle() {
        TestUsers.signInAs(accounts, "alice");
        long sf = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 0));
        long wa = offers.create(
                OfferFixtures.details("Amazon", "USD", "Seattle"), revision(RevisionKind.COMPANY_OFFER, 300_000, 0));

        var view = open(sf + "," + wa);

        assertThat(row(view, Figure.RECURRING.label()).cells().get(0))
                .isEqualTo(row(view, Figure.RECURRING.label()).cells().get(1));
        assertThat(row(view, "Take-home, recurring").best()).containsExactly(1);
        assertThat(row(view, "Take-home, year 1").cells()).doesNotContain("—");
        assertThat(row(view, "Taxed as (an estimate, not tax advice)").cells().get(1))
                .startsWith("Seattle: ");
    }

    private static CompareView.Row row(CompareView view, String label) {
        return view.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
