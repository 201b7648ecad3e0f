package com.offerbook.dashboard.ui;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.counter;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.Preferences;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.base.ui.Markup;
import com.offerbook.base.ui.NativeSelectTester;
import com.offerbook.base.ui.Tables;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import com.offerbook.security.CurrentUser;
import com.offerbook.valuation.ValuationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class DashboardViewTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    DashboardService dashboard;

    @Autowired
    ValuationService valuation;

    @BeforeEach
    void alice() {
        if (accounts.findByUsername("alice").isEmpty()) {
            accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    @Test
    void a_new_user_gets_a_short_guide_and_no_charts() {
        navigate(DashboardView.class);

        assertThat($(Div.class).withId("dashboard-empty").exists()).isTrue();
        assertThat($(ChartPanel.class).exists()).isFalse();
    }

    @Test
    void cards_and_every_chart_carry_the_figures_the_math_computes() {
        long anthropic = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        offers.addRevision(anthropic, counter());
        offers.create(
                new OfferDraft(
                        "Google",
                        "ML Engineer",
                        "ML/AI Engineer",
                        "L5",
                        "",
                        "San Francisco Bay Area",
                        "USD",
                        OfferStatus.OFFER_RECEIVED,
                        null,
                        ""),
                revision(RevisionKind.COMPANY_OFFER, 310_000, 650_000));

        var view = navigate(DashboardView.class);

        // Best active offer by recurring: the counter, $330,000 + $725,000 / 4 = $511,250; year 1 adds the $80,000.
        assertThat(cardValue("card-best")).isEqualTo("$511,250");
        assertThat(cardValue("card-year-one")).isEqualTo("$591,250");
        assertThat(cardValue("card-active")).isEqualTo("2");

        var overTime = specOf(view.overTime);
        assertThat(overTime.kind()).isEqualTo(ChartSpec.Kind.TIME_LINE);
        assertThat(overTime.currency()).isEqualTo("USD");
        assertThat(series(overTime, "Anthropic · ML/AI Engineer"))
                .extracting(ChartSpec.Point::y)
                .containsExactly(502_500.0, 511_250.0);

        var packages = specOf(view.packages);
        assertThat(packages.kind()).isEqualTo(ChartSpec.Kind.STACKED_BAR);
        assertThat(packages.categories())
                .containsExactlyInAnyOrder("Anthropic · ML/AI Engineer", "Google · ML Engineer");
        assertThat(pointFor(packages, DashboardView.BASE, "Anthropic · ML/AI Engineer"))
                .isEqualTo(330_000.0);
        assertThat(pointFor(packages, DashboardView.EQUITY, "Anthropic · ML/AI Engineer"))
                .isEqualTo(181_250.0);
        assertThat(pointFor(packages, DashboardView.ONE_TIME, "Anthropic · ML/AI Engineer"))
                .isEqualTo(80_000.0);
        assertThat(pointFor(packages, DashboardView.EQUITY, "Google · ML Engineer"))
                .isEqualTo(162_500.0);

        var bands = specOf(view.bands);
        assertThat(bands.kind()).isEqualTo(ChartSpec.Kind.RANGE);
        assertThat(bands.ranges())
                .extracting(r -> r.category() + " " + r.min() + "–" + r.max())
                .contains("Anthropic · ML/AI Engineer 371000.0–523000.0", "Google · ML Engineer 371000.0–523000.0");
        assertThat(bands.markers())
                .contains(
                        new ChartSpec.Marker("Anthropic · ML/AI Engineer", "Recurring", 511_250.0),
                        new ChartSpec.Marker("Anthropic · ML/AI Engineer", "Year 1", 591_250.0));

        var years = specOf(view.years);
        assertThat(years.categories()).containsExactly("Year 1", "Year 2", "Year 3", "Year 4");
        assertThat(series(years, DashboardView.ONE_TIME))
                .extracting(ChartSpec.Point::y)
                .containsExactly(80_000.0, 0.0, 0.0, 0.0);
        assertThat(view.packages.tableRows()).hasSize(2);
        assertThat(view.packages.tableBuilt())
                .as("cells are made only when the table is opened")
                .isFalse();
        view.packages.openTable();
        assertThat(Tables.bodyRows(view.packages.table)).isEqualTo(2);
        assertThat(view.packages.tableRows())
                .contains(List.of("Anthropic · ML/AI Engineer", "$330,000", "$0", "$181,250", "$80,000"));
    }

    @Test
    void cards_read_in_the_users_number_format() {
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        UI.getCurrent().setLocale(Locale.GERMANY); // what the "Number format" preference sets

        navigate(DashboardView.class);

        // $315,000 + $750,000 / 4, with German separators like every other figure of the app
        assertThat(cardValue("card-best")).isEqualTo("$502.500");
        assertThat(cardValue("card-year-one")).isEqualTo("$502.500");
    }

    @Test
    void switching_the_year_by_year_offer_while_its_table_is_open_fills_the_table_again() {
        offers.create(anthropic(), counter());
        offers.create(
                com.offerbook.offers.OfferFixtures.details("OpenAI", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        var view = navigate(DashboardView.class);
        assertThat(view.yearOffer.getValue().label()).as("the best offer first").isEqualTo("OpenAI · ML Engineer");
        view.years.openTable();
        assertThat(Tables.bodyRows(view.years.table)).isEqualTo(4);

        new NativeSelectTester<>(view.yearOffer).selectItem("Anthropic · ML/AI Engineer");

        assertThat(Tables.headers(view.years.table)).contains("Base", "Equity vesting");
        assertThat(Tables.bodyRows(view.years.table))
                .as("the open table on the page shows the newly chosen offer's four years")
                .isEqualTo(4);
        assertThat(view.years.tableRows().getFirst())
                .containsExactly("Year 1", "$330,000", "$0", "$181,250", "$80,000");
    }

    @Test
    void the_best_offer_follows_the_figure_the_user_picked_and_it_is_remembered() {
        offers.create(anthropic(), counter());
        offers.create(
                com.offerbook.offers.OfferFixtures.details("OpenAI", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        var view = navigate(DashboardView.class);
        assertThat(view.bestFigure.getValue()).isEqualTo(Figure.RECURRING);
        assertThat(cardValue("card-best")).isEqualTo("$550,000");
        assertThat(view.bestYears.isVisible()).isFalse();

        new NativeSelectTester<>(view.bestFigure).selectItem("Year 1");

        // The counter's $80,000 signing bonus puts Anthropic ahead in year 1: $511,250 + $80,000.
        assertThat(cardValue("card-best")).isEqualTo("$591,250");
        assertThat(cardText("card-best")).contains("Best offer (year 1)", "Anthropic");
        assertThat(dashboard.preferredFigure()).isEqualTo(new FigureChoice(Figure.YEAR_ONE, 5));

        navigate(CompareView.class);
        var again = navigate(DashboardView.class);
        assertThat(again).as("a new page").isNotSameAs(view);

        assertThat(again.bestFigure.getValue()).as("remembered").isEqualTo(Figure.YEAR_ONE);
        assertThat(cardValue("card-best")).isEqualTo("$591,250");

        new NativeSelectTester<>(again.bestFigure).selectItem("Base case");
        new NativeSelectTester<>(again.bestYears).selectItem("2 years");

        // Two years, no assumptions: OpenAI 2 × $550,000; Anthropic $591,250 + $511,250.
        assertThat(again.bestYears.isVisible()).isTrue();
        assertThat(cardValue("card-best")).isEqualTo("$1,102,500");
        assertThat(dashboard.preferredFigure()).isEqualTo(new FigureChoice(Figure.BASE, 2));
    }

    @Test
    void staying_at_the_current_job_shows_beside_the_best_offer_by_the_same_figure() {
        offers.create(
                com.offerbook.offers.OfferFixtures.details("OpenAI", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        valuation.saveCurrentJob(CompareViewTest.currentJob());

        navigate(DashboardView.class);

        assertThat(cardText("card-stay")).contains("Stay at Current Co");
        assertThat(cardValue("card-stay")).isEqualTo("$370,000");
        assertThat(cardText("card-stay")).contains("$180,000 less than the best offer");

        dashboard.savePreferredFigure(new FigureChoice(Figure.EXPECTED, 3));
        navigate(CompareView.class);
        navigate(DashboardView.class);

        // Years 1–3 with no assumptions: staying $370,000 + 2 × $250,000; OpenAI 3 × $550,000.
        assertThat(cardValue("card-stay")).isEqualTo("$870,000");
        assertThat(cardValue("card-best")).isEqualTo("$1,650,000");
    }

    @Test
    void a_user_whose_offers_are_all_closed_sees_their_history_not_the_first_steps_guide() {
        var declined = new OfferDraft(
                "Initech",
                "ML Engineer",
                "ML/AI Engineer",
                "",
                "",
                "San Francisco Bay Area",
                "USD",
                OfferStatus.DECLINED,
                null,
                "");
        offers.create(declined, revision(RevisionKind.COMPANY_OFFER, 200_000, 0));

        var view = navigate(DashboardView.class);

        assertThat($(Div.class).withId("dashboard-empty").exists()).isFalse();
        assertThat(cardValue("card-active")).isEqualTo("0");
        assertThat(specOf(view.overTime).series()).hasSize(1);
        assertThat(view.packages.isVisible()).isFalse();
    }

    @Test
    void figures_follow_the_chosen_display_currency_and_name_the_rate() {
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 254_000, 0));
        currentUser.savePreferences(new Preferences("GBP", false));

        var view = navigate(DashboardView.class);

        assertThat(cardValue("card-best")).isEqualTo("£200,000");
        assertThat(specOf(view.packages).currency()).isEqualTo("GBP");
        assertThat($(Paragraph.class).id("rates-used").getText()).contains("1 USD = 0.7874 GBP");
    }

    private static List<ChartSpec.Point> series(ChartSpec spec, String name) {
        return spec.series().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .points();
    }

    private static double pointFor(ChartSpec spec, String series, String category) {
        return series(spec, series).stream()
                .filter(p -> p.x().equals(category))
                .findFirst()
                .orElseThrow()
                .y();
    }

    /** All a card says, as the browser reads it from the card's markup. */
    private String cardText(String cardId) {
        return Jsoup.parse(Markup.of($(Div.class).id(cardId))).text();
    }

    /** The figure a card shows, as the browser reads it from the card's markup. */
    private String cardValue(String cardId) {
        var value = Jsoup.parse(Markup.of($(Div.class).id(cardId))).selectFirst(".figure-value");
        return Objects.requireNonNull(value, cardId + " has no figure").text();
    }
}
