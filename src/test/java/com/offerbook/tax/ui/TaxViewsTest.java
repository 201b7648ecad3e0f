package com.offerbook.tax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.comp.tax.FilingStatus;
import com.offerbook.tax.TaxService;
import com.offerbook.tax.TaxSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class TaxViewsTest extends BrowserlessTestBase {

    @Autowired
    TaxService tax;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void aliceIsSignedIn() {
        TestUsers.makeAdministrator(entityManager, accounts, "admin");
        TestUsers.register(accounts, "alice", "bob");
        TestUsers.signInAs(accounts, "alice");
        tax.saveSettings(new TaxSettings(FilingStatus.SINGLE, 2026));
    }

    @Test
    void the_profiles_page_lists_every_profile_and_where_each_region_is_taxed() {
        var view = navigate(TaxProfilesView.class);

        assertThat(test(view.grid).size()).isEqualTo(10);
        var regions = test(view.regions);
        var rows = IntStream.range(0, regions.size())
                .mapToObj(i -> regions.getCellText(i, 0) + " = " + regions.getCellText(i, 1))
                .toList();
        assertThat(rows).contains("Seattle = US + US-WA", "London = GB-ENG");
        assertThat($(Upload.class).all()).isEmpty(); // only administrators add versions
    }

    @Test
    void changing_the_filing_status_is_remembered() {
        var view = navigate(TaxProfilesView.class);

        test(view.filingStatus).selectItem("Married filing jointly");

        assertThat(tax.settings().filingStatus()).isEqualTo(FilingStatus.MARRIED_JOINT);
    }

    @Test
    void a_profile_page_shows_each_row_in_words_with_its_source() {
        navigate("tax/uk-england/2026", Component.class);
        var view = (TaxProfileView) getCurrentView();

        var rows = test(view.rows);
        var described = IntStream.range(0, rows.size())
                .mapToObj(i -> rows.getCellText(i, 0) + ": " + rows.getCellText(i, 2))
                .toList();
        assertThat(described)
                .anySatisfy(row -> assertThat(row).contains("£12,570", "reduced by £1 for every whole £2", "£100,000"))
                .anySatisfy(row -> assertThat(row).contains("above £125,140 at 45 %"));
        assertThat(test(view.versions).size()).isEqualTo(1);
    }

    @Test
    void an_unknown_profile_is_not_found() {
        navigate("tax/atlantis/2026", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void an_administrator_uploads_a_new_version_and_a_broken_one_is_refused_with_its_row() {
        TestUsers.signInAs(accounts, "admin");
        var view = navigate(TaxProfilesView.class);
        var document = tax.history("uk-england", 2026).getFirst().document();

        var broken = document.replace("\"rate\":45", "\"rate\":145");
        var refused = view.handler(outcome -> {}).receive(stream(broken), -1, "admin");
        var accepted = view.handler(outcome -> {})
                .receive(stream(document.replace("\"rate\":45", "\"rate\":46")), -1, "admin");

        assertThat(refused.toString()).contains("Nothing was added", "Row ");
        assertThat(accepted.toString()).contains("Added United Kingdom");
        assertThat(tax.history("uk-england", 2026)).hasSize(2);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
