package com.offerbook.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.bands.ui.GeneratedBody;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.transfer.UserDataService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@WithMockUser(username = "alice")
class YourDataViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    OfferService offers;

    @Autowired
    UserDataService data;

    @BeforeEach
    void alice() {
        if (accounts.findByUsername("alice").isEmpty()) {
            accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    @Test
    void a_file_is_imported_into_an_empty_account_and_refused_into_a_full_one() {
        TestUsers.signInAs(accounts, "bob");
        offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        var out = new ByteArrayOutputStream();
        data.writeJson(out);
        TestUsers.signInAs(accounts, "alice");

        var view = navigate(YourDataView.class);

        assertThat(view.importFile(new ByteArrayInputStream(out.toByteArray()), "alice"))
                .isEqualTo("Imported 1 offer(s), 0 private band(s) and 0 plan(s).");
        assertThat(view.importFile(new ByteArrayInputStream(out.toByteArray()), "alice"))
                .startsWith("Nothing was imported")
                .contains("empty account");
        assertThat(view.importFile(new ByteArrayInputStream("garbage".getBytes(StandardCharsets.UTF_8)), "alice"))
                .contains("not an Offerbook data file");
        assertThat(offers.count()).isEqualTo(1);
    }

    @Test
    void a_file_over_twenty_megabytes_is_refused_without_reading_past_the_limit() {
        TestUsers.signInAs(accounts, "alice");
        var view = navigate(YourDataView.class);
        var body = new GeneratedBody("{\"format\":1,\"offers\":[", "                    ", 1L << 30);

        assertThat(view.importFile(body, "alice")).isEqualTo("The file is larger than 20 MB; nothing was imported.");
        assertThat(body.served()).isLessThanOrEqualTo(20L * 1024 * 1024 + 1);
    }

    /** Outside the test's transaction, so that what the import committed (nothing) is what is counted. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_file_whose_third_offer_breaks_a_rule_leaves_nothing_saved() {
        TestUsers.signInAs(accounts, "olga");
        offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        offers.create(OfferFixtures.details("Initech", "USD"), OfferFixtures.counter());
        offers.create(OfferFixtures.details("Globex", "USD"), OfferFixtures.counter());
        var out = new ByteArrayOutputStream();
        data.writeJson(out);
        var json = out.toString(StandardCharsets.UTF_8);
        int third = json.indexOf("Globex");
        var broken = json.substring(0, third)
                + json.substring(third).replaceFirst("\"baseSalary\" : [^,]+", "\"baseSalary\" : -5");
        TestUsers.signInAs(accounts, "peggy");
        var view = navigate(YourDataView.class);

        assertThat(view.importFile(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "peggy"))
                .startsWith("Nothing was imported")
                .contains("offers[2].revisions[0].baseSalary");
        assertThat(offers.count()).isZero();
    }
}
