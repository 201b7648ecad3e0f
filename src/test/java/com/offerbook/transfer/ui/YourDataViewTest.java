package com.offerbook.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.transfer.UserDataService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

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

        assertThat(view.importFile(out.toByteArray()))
                .isEqualTo("Imported 1 offer(s), 0 private band(s) and 0 plan(s).");
        assertThat(view.importFile(out.toByteArray()))
                .startsWith("Nothing was imported")
                .contains("empty account");
        assertThat(view.importFile("garbage".getBytes(StandardCharsets.UTF_8))).contains("not an Offerbook data file");
        assertThat(offers.count()).isEqualTo(1);
    }
}
