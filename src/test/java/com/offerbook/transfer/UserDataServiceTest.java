package com.offerbook.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.negotiation.AskRounding;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class UserDataServiceTest {

    @Autowired
    UserDataService data;

    @Autowired
    OfferService offers;

    @Autowired
    BandService bands;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    AccountService accounts;

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

    private String json() {
        var out = new ByteArrayOutputStream();
        data.writeJson(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
