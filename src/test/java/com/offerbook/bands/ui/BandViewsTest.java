package com.offerbook.bands.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandDraft;
import com.offerbook.bands.BandFilter;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandService;
import com.offerbook.bands.Range;
import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class BandViewsTest extends BrowserlessTestBase {

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void accounts() {
        TestUsers.register(accounts, "root", "alice"); // root is the administrator, alice an ordinary user
    }

    @Test
    void bands_view_lists_the_seeded_bands_and_filters_them() {
        var view = navigate(BandsView.class);
        var grid = test(view.grid);

        assertThat(grid.size()).isGreaterThanOrEqualTo(3);
        test(view.company).setValue("anthropic");
        test(view.region).selectItem("London");

        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("base"))).isEqualTo("£201,000 – £255,000");
    }

    @Test
    void the_filter_lists_offer_only_what_exists_together_with_the_choices_made() {
        bands.create(BandFixtures.privateBand("Acme", "Atlantis"));
        var view = navigate(BandsView.class);
        var grid = test(view.grid);
        var regions = test(view.region);
        assertThat(regions.getSuggestions()).contains("Atlantis", "London", "San Francisco Bay Area");

        test(view.currency).selectItem("GBP");

        assertThat(regions.getSuggestions()).containsExactly("London");
        assertThat(test(view.currency).getSuggestions())
                .as("its own choice does not narrow a list")
                .contains("GBP", "USD");
        regions.setFilter("lon");
        assertThat(regions.getSuggestions()).containsExactly("London");
        regions.setFilter("");
        test(view.currency).selectItem("USD");
        assertThat(regions.getSuggestions())
                .contains("Atlantis", "San Francisco Bay Area")
                .doesNotContain("London");
        regions.selectItem("Atlantis");
        assertThat(grid.size()).isEqualTo(1);
    }

    @Test
    void a_shared_band_shows_no_edit_or_delete_buttons_to_an_ordinary_user() {
        long id = seededSanFrancisco();

        navigate("bands/" + id, BandView.class);

        var ranges = specOf($(ChartPanel.class).id("band-ranges")).ranges();
        assertThat(ranges)
                .extracting(r -> r.category() + " " + r.min() + "–" + r.max())
                .containsExactly(
                        "Base salary 265000.0–335000.0",
                        "Equity grant (4 yrs) 425000.0–750000.0",
                        "Total comp (annual) 371000.0–523000.0");
        assertThat($(Button.class).withId("edit-band").exists()).isFalse();
        assertThat($(Button.class).withId("delete-band").exists()).isFalse();
        navigate("bands/" + id + "/edit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void band_editor_shows_field_errors_and_saves_nothing_when_min_is_above_max() {
        var view = navigate(BandEditorView.class);
        test(view.company).setValue("Acme");
        test(view.roleTitle).setValue("ML Engineer");
        view.roleFamily.setValue("ML/AI Engineer");
        view.region.setValue("Seattle");
        test(view.baseMin).setValue("300k");
        test(view.baseMax).setValue("200k");
        test(view.sourceTitle).setValue("Recruiter");
        view.asOf.setValue(LocalDate.of(2026, 6, 1));

        test(view.save).click();

        assertThat(view.baseMin.isInvalid()).isTrue();
        assertThat(view.baseMin.getErrorMessage()).contains("above the maximum");
        assertThat(bands.list(BandFilter.company("Acme"), PageRequest.of(0, 5))).isEmpty();

        test(view.baseMax).setValue("350k");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(BandView.class);
        assertThat(bands.list(BandFilter.company("Acme").withScope(BandFilter.Scope.PRIVATE), PageRequest.of(0, 5)))
                .hasSize(1);
    }

    @Test
    void editing_a_band_refuses_text_that_is_no_amount_and_keeps_the_percentiles_only_an_import_sets() {
        var d = BandFixtures.privateBand("Percentile Co", "Seattle");
        var withPercentiles = new BandDraft(
                d.company(),
                d.roleTitle(),
                d.roleFamily(),
                d.levelLabel(),
                d.region(),
                d.currency(),
                new Range(
                        new BigDecimal("200000"),
                        new BigDecimal("300000"),
                        new BigDecimal("220000"),
                        new BigDecimal("250000"),
                        new BigDecimal("270000"),
                        new BigDecimal("290000")),
                d.equity(),
                d.equityVestingYears(),
                d.bonus(),
                d.totalComp(),
                d.sourceTitle(),
                d.sourceUrl(),
                d.asOf(),
                false);
        long id = bands.create(withPercentiles).id();
        var view = navigate("bands/" + id + "/edit", BandEditorView.class);
        assertThat(view.baseMin.getValue()).isEqualTo("200,000");

        test(view.baseMax).setValue("lots");
        test(view.save).click();

        assertThat(view.baseMin.isInvalid()).isTrue();
        assertThat(view.baseMin.getErrorMessage()).startsWith("Max: Enter a number");
        assertThat(getCurrentView()).isInstanceOf(BandEditorView.class);

        test(view.baseMax).setValue("310k");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(BandView.class);
        var base = bands.get(id).draft().base();
        assertThat(base.max()).isEqualByComparingTo("310000");
        assertThat(base.p50()).isEqualByComparingTo("250000");
        assertThat(base.p90()).isEqualByComparingTo("290000");
    }

    @Test
    void another_users_private_band_is_not_found_by_address() {
        TestUsers.signInAs(accounts, "bob");
        var bobs = bands.create(BandFixtures.privateBand("Bobco", "Seattle"));
        TestUsers.signInAs(accounts, "alice");

        navigate("bands/" + bobs.id(), Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void import_dialog_lists_every_rejected_row_and_imports_nothing_then_imports_a_good_file() {
        var view = navigate(BandsView.class);
        test($(Button.class).id("import-bands")).click();
        var dialog = $(ImportDialog.class).single();

        var bad = ("company,role_title,role_family,region,currency,base_min,base_max,source_title,as_of\n"
                        + "Acme,Engineer,Software Engineer,Seattle,USD,300000,200000,s,2026-01-01\n"
                        + "Acme,Engineer,Software Engineer,Seattle,ABC,100000,200000,s,2026-01-01\n")
                .getBytes(StandardCharsets.UTF_8);
        dialog.show(dialog.importFile(new ByteArrayInputStream(bad), "alice"));

        assertThat(dialog.summary.getText()).startsWith("Nothing was imported: 2 problems");
        assertThat(test(dialog.problems).size()).isEqualTo(2);
        assertThat(test(dialog.problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(bands.list(BandFilter.company("Acme"), PageRequest.of(0, 5))).isEmpty();

        var good = ("company,role_title,role_family,region,currency,base_min,base_max,source_title,as_of\n"
                        + "Acme,Engineer,Software Engineer,Seattle,USD,100000,200000,s,2026-01-01\n")
                .getBytes(StandardCharsets.UTF_8);
        dialog.show(dialog.importFile(new ByteArrayInputStream(good), "alice"));

        assertThat(dialog.summary.getText()).isEqualTo("Imported 1 band.");
        assertThat(bands.list(BandFilter.company("Acme"), PageRequest.of(0, 5))).hasSize(1);
    }

    private long seededSanFrancisco() {
        return bands.list(
                        new BandFilter("Anthropic", "", "San Francisco Bay Area", "", "", BandFilter.Scope.SHARED),
                        PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_without_reading_past_the_limit() {
        navigate(BandsView.class);
        test($(Button.class).id("import-bands")).click();
        var dialog = $(ImportDialog.class).single();
        var header = "company,role_title,role_family,region,currency,base_min,base_max,source_title,as_of\n";
        var row = "Acme,Engineer,Software Engineer,Seattle,USD,100000,200000,s,2026-01-01\n";
        var body = new GeneratedBody(header, row, 1L << 30); // 1 GB, made as it is read

        dialog.show(dialog.importFile(body, "alice"));

        assertThat(dialog.summary.getText()).startsWith("Nothing was imported: 1 problem");
        assertThat(test(dialog.problems).getCellText(0, 2))
                .isEqualTo("The file is larger than 10 MB; nothing was imported.");
        assertThat(body.served()).isLessThanOrEqualTo(10L * 1024 * 1024 + 1);
        assertThat(bands.list(BandFilter.company("Acme"), PageRequest.of(0, 5))).isEmpty();
    }
}
