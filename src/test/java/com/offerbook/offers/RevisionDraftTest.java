package com.offerbook.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.base.Limits;
import com.offerbook.comp.SigningBonus;
import com.offerbook.comp.VestingFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RevisionDraftTest {

    @Test
    void a_revision_from_an_export_file_of_the_first_format_vests_monthly_with_its_whole_bonus_in_year_one() {
        var json = """
                {"kind":"COUNTER","date":"2026-11-05","baseSalary":330000,"bonusKind":"AMOUNT","bonusValue":0,
                 "equityKind":"PRIVATE_RSU","equityGrant":725000,"vestingPercents":"25/25/25/25","cliffMonths":12,
                 "strikePrice":null,"liquidityDiscountPercent":0,"signingBonus":80000,"clawbackMonths":12,
                 "clawbackProRated":true,"relocation":0,"otherOneTime":0,"note":""}""";

        var draft = JsonMapper.builder().build().readValue(json, RevisionDraft.class);

        assertThat(draft.vestingFrequency()).isEqualTo(VestingFrequency.MONTHLY);
        assertThat(draft.laterSigningPayments()).isEmpty();
        assertThat(draft).isEqualTo(OfferFixtures.counter());
    }

    @Test
    void a_draft_written_to_json_and_read_back_keeps_its_split_bonus_and_frequency() {
        var mapper = JsonMapper.builder().build();
        var amazon = OffersAsWrittenTest.amazon();

        assertThat(mapper.readValue(mapper.writeValueAsString(amazon), RevisionDraft.class))
                .isEqualTo(amazon);
    }

    @Test
    void a_counter_keeps_the_split_of_the_signing_bonus_scaled_to_the_asked_total() {
        var amazon = OffersAsWrittenTest.amazon(); // 60,000 + 40,000

        var counter = amazon.withAmounts(
                RevisionKind.COUNTER,
                LocalDate.of(2026, 11, 20),
                BigDecimal.valueOf(220_000),
                BigDecimal.valueOf(450_000),
                BigDecimal.valueOf(150_000),
                "Counter");

        assertThat(counter.signingBonus()).isEqualByComparingTo("90000");
        assertThat(counter.laterSigningPayments())
                .singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("60000"));
        assertThat(counter.signingBonusTotal()).isEqualByComparingTo("150000");
        assertThat(counter.vestingFrequency()).isEqualTo(VestingFrequency.SEMIANNUAL);
        assertThat(counter.kind()).isEqualTo(RevisionKind.COUNTER);
        assertThat(counter.equityGrant()).isEqualByComparingTo("450000");
    }

    @Test
    void a_counter_asking_a_signing_bonus_where_there_was_none_pays_it_in_year_one_without_inventing_a_clawback() {
        var plain = OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 400_000);

        var counter = plain.withAmounts(
                RevisionKind.COUNTER,
                plain.date(),
                plain.baseSalary(),
                plain.equityGrant(),
                BigDecimal.valueOf(50_000),
                "");

        assertThat(counter.signingBonus()).isEqualByComparingTo("50000");
        assertThat(counter.laterSigningPayments()).isEqualTo(List.of());
        assertThat(counter.clawbackMonths()).isZero();
    }

    @Test
    void the_last_signing_year_is_one_number_for_the_rules_and_the_math() {
        assertThat(Limits.MAX_SIGNING_YEAR).isEqualTo(SigningBonus.MAX_YEAR);
    }
}
