package com.offerbook.comp.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.comp.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seeded profiles against worked examples. Where no authority publishes a worked example for a figure, the
 * expected value is computed by hand from the authority's published table and the arithmetic is in the comment;
 * docs/tax.md lists which is which. Band taxes are rounded line by line as the profile says, then added.
 */
class SeededProfilesTest {

    @Test
    void every_seeded_profile_is_valid_and_cites_a_dated_source_on_every_row() {
        assertThat(Seeded.ALL).hasSize(10);
        for (var profile : Seeded.ALL) {
            assertThat(profile.problems()).as(profile.key()).isEmpty();
            assertThat(profile.rows())
                    .allSatisfy(row -> assertThat(row.source().asOf()).isNotNull());
        }
    }

    @Nested
    class UnitedKingdomEngland {

        @Test
        void employment_income_of_210000_pounds_in_2026_27() {
            // Issue 13's figures. No Personal Allowance (income above £125,140). Income Tax: 20 % × 37,700 = 7,540;
            // 40 % × (125,140 − 37,700) = 34,976; 45 % × (210,000 − 125,140) = 38,187; total 80,703.00.
            // NI (GOV.UK rates and thresholds for employers 2026 to 2027): 8 % × (50,270 − 12,570) = 3,016;
            // 2 % × (210,000 − 50,270) = 3,194.60; total 6,210.60. Take-home 210,000 − 80,703 − 6,210.60.
            var result = Seeded.gbp(210_000, "uk-england");

            assertThat(result.incomeTax()).isEqualTo(Money.of("80703.00", "GBP"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("6210.60", "GBP"));
            assertThat(result.takeHome()).isEqualTo(Money.of("123086.40", "GBP"));
        }

        @Test
        void below_the_taper_and_the_upper_earnings_limit() {
            // By hand from GOV.UK's tables: £50,000 − 12,570 allowance = 37,430 taxable × 20 % = 7,486.00;
            // NI 8 % × (50,000 − 12,570) = 2,994.40; take-home 50,000 − 7,486 − 2,994.40 = 39,519.60.
            var result = Seeded.gbp(50_000, "uk-england");

            assertThat(result.incomeTax()).isEqualTo(Money.of("7486.00", "GBP"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("2994.40", "GBP"));
            assertThat(result.takeHome()).isEqualTo(Money.of("39519.60", "GBP"));
        }

        @Test
        void at_the_taper_threshold_the_whole_allowance_is_kept() {
            // £100,000: allowance 12,570, taxable 87,430: 20 % × 37,700 = 7,540 + 40 % × 49,730 = 19,892 → 27,432.00.
            // NI 3,016 + 2 % × (100,000 − 50,270) = 994.60 → 4,010.60.
            var result = Seeded.gbp(100_000, "uk-england");

            assertThat(result.incomeTax()).isEqualTo(Money.of("27432.00", "GBP"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("4010.60", "GBP"));
        }

        @Test
        void inside_the_taper_the_allowance_falls_by_one_pound_for_every_two() {
            // £110,000: allowance 12,570 − (110,000 − 100,000) / 2 = 7,570; taxable 102,430:
            // 7,540 + 40 % × (102,430 − 37,700 = 64,730) = 25,892 → 33,432.00. NI 3,016 + 2 % × 59,730 = 1,194.60 →
            // 4,210.60. Take-home 110,000 − 33,432 − 4,210.60 = 72,357.40.
            var result = Seeded.gbp(110_000, "uk-england");

            assertThat(result.parts().getFirst().taxable())
                    .isEqualTo(Money.of(102_430, result.gross().currency()));
            assertThat(result.incomeTax()).isEqualTo(Money.of("33432.00", "GBP"));
            assertThat(result.takeHome()).isEqualTo(Money.of("72357.40", "GBP"));
        }

        @Test
        void the_allowance_counts_whole_steps_of_two_pounds() {
            // "£1 for every £2": £100,001 keeps the full allowance, £100,002 loses £1 of it.
            assertThat(Seeded.gbp(100_001, "uk-england").parts().getFirst().taxable())
                    .isEqualTo(Money.of(87_431, Seeded.profile("uk-england").currency()));
            assertThat(Seeded.gbp(100_002, "uk-england").parts().getFirst().taxable())
                    .isEqualTo(Money.of(87_433, Seeded.profile("uk-england").currency()));
        }
    }

    @Nested
    class UnitedStatesFederal {

        @Test
        void single_100000_below_the_social_security_wage_base() {
            // IRS Rev. Proc. 2025-32 (2026): taxable 100,000 − 16,100 = 83,900; 10 % × 12,400 = 1,240;
            // 12 % × 38,000 = 4,560; 22 % × 33,500 = 7,370 → 13,170.00. FICA (SSA 2026 fact sheet):
            // 6.2 % × 100,000 = 6,200 + 1.45 % = 1,450 → 7,650. Take-home 79,180.
            var result = Seeded.usd(100_000, "us-federal-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("13170.00", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("7650.00", "USD"));
            assertThat(result.takeHome()).isEqualTo(Money.of("79180.00", "USD"));
        }

        @Test
        void single_250000_above_the_wage_base_and_the_additional_medicare_threshold() {
            // Taxable 233,900, in the 32 % bracket: the published schedule's "$41,024 plus 32 % of the excess over
            // $201,775" = 41,024 + 10,280 = 51,304.00. Social Security stops at the wage base: 6.2 % × 184,500 =
            // 11,439 (the SSA's stated maximum). Medicare 3,625; additional 0.9 % × (250,000 − 200,000) = 450.
            var result = Seeded.usd(250_000, "us-federal-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("51304.00", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("15514.00", "USD"));
            assertThat(result.lines())
                    .filteredOn(line -> line.row().startsWith("Social Security"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.tax()).isEqualTo(Money.of("11439", "USD")));
        }

        @Test
        void single_700000_in_the_top_bracket() {
            // Taxable 683,900: "$192,979.25 plus 37 % of the excess over $640,600" = 192,979.25 + 16,021 =
            // 209,000.25. Payroll 11,439 + 1.45 % × 700,000 = 10,150 + 0.9 % × 500,000 = 4,500 → 26,089.
            var result = Seeded.usd(700_000, "us-federal-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("209000.25", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("26089.00", "USD"));
        }

        @Test
        void a_wage_below_the_standard_deduction_owes_payroll_tax_only() {
            var result = Seeded.usd(10_000, "us-federal-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("0", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("765.00", "USD"));
        }

        @Test
        void married_jointly_250000_at_the_joint_additional_medicare_threshold() {
            // Taxable 250,000 − 32,200 = 217,800: 2,480 + 9,120 + 22 % × 110,600 = 24,332 (the schedule's $35,932 at
            // $211,400) + 24 % × 6,400 = 1,536 → 37,468.00. Additional Medicare starts above $250,000 jointly: 0.
            var result = Seeded.usd(250_000, "us-federal-mfj");

            assertThat(result.incomeTax()).isEqualTo(Money.of("37468.00", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("15064.00", "USD"));
        }

        @Test
        void married_jointly_300000_and_150000() {
            // 300,000: taxable 267,800 = 35,932 + 24 % × 56,400 = 13,536 → 49,468; payroll 11,439 + 4,350 + 450.
            // 150,000: taxable 117,800 = 2,480 + 9,120 + 22 % × 17,000 = 3,740 → 15,340; payroll 9,300 + 2,175.
            assertThat(Seeded.usd(300_000, "us-federal-mfj").incomeTax()).isEqualTo(Money.of("49468", "USD"));
            assertThat(Seeded.usd(300_000, "us-federal-mfj").payrollTax()).isEqualTo(Money.of("16239", "USD"));
            assertThat(Seeded.usd(150_000, "us-federal-mfj").incomeTax()).isEqualTo(Money.of("15340", "USD"));
            assertThat(Seeded.usd(150_000, "us-federal-mfj").payrollTax()).isEqualTo(Money.of("11475", "USD"));
        }
    }

    @Nested
    class California {

        // FTB 2025 schedule X (single), cumulative tax through each bracket, rounded per band:
        // 1 % × 11,079 = 110.79; 2 % × 15,185 = 303.70; 4 % × 15,188 = 607.52; 6 % × 16,090 = 965.40;
        // 8 % × 15,182 = 1,214.56 → 3,201.97 at 72,724.

        @Test
        void single_100000_keeps_the_whole_exemption_credit() {
            // Taxable 100,000 − 5,706 = 94,294: 3,201.97 + 9.3 % × 21,570 = 2,006.01 → 5,207.98; less the $153
            // exemption credit → 5,054.98. SDI 1.3 % × 100,000 = 1,300 (EDD 2026, no wage limit).
            var result = Seeded.usd(100_000, "us-ca-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("5054.98", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("1300.00", "USD"));
        }

        @Test
        void single_260000_loses_part_of_the_credit_in_steps_of_2500_or_part() {
            // Federal AGI 260,000 is 7,797 above the $252,203 threshold: 7,797 / 2,500 = 3.12, a part counts as a
            // step → 4 × $6 = $24; credit 153 − 24 = 129 (the FTB's worked phase-out rounds up the same way).
            // Taxable 254,294: 3,201.97 + 9.3 % × 181,570 = 16,886.01 → 20,087.98 − 129 = 19,958.98.
            var result = Seeded.usd(260_000, "us-ca-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("19958.98", "USD"));
            assertThat(result.lines())
                    .filteredOn(line -> line.row().startsWith("Personal exemption"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.tax()).isEqualTo(Money.of("-129", "USD")));
        }

        @Test
        void single_400000_has_no_credit_left() {
            // 153 / 6 = 25.5 → gone after 26 steps (65,000 above the threshold). Taxable 394,294:
            // 3,201.97 + 9.3 % × 298,755 = 27,784.22 → 30,986.19 + 10.3 % × 22,815 = 2,349.95 → 33,336.14.
            var result = Seeded.usd(400_000, "us-ca-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("33336.14", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("5200.00", "USD"));
        }

        @Test
        void single_1500000_pays_the_mental_health_surcharge_above_one_million_of_taxable_income() {
            // Taxable 1,494,294. Through 742,953: 30,986.19 + 10.3 % × 74,292 = 7,652.08 + 11.3 % × 297,182 =
            // 33,581.57 → 72,219.84; + 12.3 % × 751,341 = 92,414.94 → 164,634.78. Surcharge 1 % × 494,294 =
            // 4,942.94. Total 169,577.72. SDI 1.3 % × 1,500,000 = 19,500 (not capped).
            var result = Seeded.usd(1_500_000, "us-ca-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("169577.72", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("19500.00", "USD"));
        }

        @Test
        void married_jointly_below_in_and_above_the_credit_phase_out() {
            // Schedule Y doubles schedule X's brackets: through 145,448: 221.58 + 607.40 + 1,215.04 + 1,930.80 +
            // 2,429.12 = 6,403.94.
            // 200,000: taxable 188,588 → 6,403.94 + 9.3 % × 43,140 = 4,012.02 → 10,415.96 − 306 = 10,109.96.
            // 510,000: 5,589 above 504,411 → 3 steps × $12 = 36, credit 270; taxable 498,588 → 6,403.94 +
            //          9.3 % × 353,140 = 32,842.02 → 39,245.96 − 270 = 38,975.96.
            // 700,000: credit gone; taxable 688,588 → 6,403.94 + 9.3 % × 543,140 = 50,512.02 → 56,915.96.
            assertThat(Seeded.usd(200_000, "us-ca-mfj").incomeTax()).isEqualTo(Money.of("10109.96", "USD"));
            assertThat(Seeded.usd(510_000, "us-ca-mfj").incomeTax()).isEqualTo(Money.of("38975.96", "USD"));
            assertThat(Seeded.usd(700_000, "us-ca-mfj").incomeTax()).isEqualTo(Money.of("56915.96", "USD"));
        }

        @Test
        void the_credit_phase_out_is_the_laws_own_six_dollar_step() {
            // At the threshold the full $153; one dollar above it, a whole step is lost ("or part thereof").
            var at = Seeded.usd(252_203, "us-ca-single");
            var above = Seeded.usd(252_204, "us-ca-single");

            var drop = at.takeHome().minus(above.takeHome());
            // 6 of credit, plus the extra dollar's 9.3 % band line (16,160.89 → 16,160.98: 0.09) and SDI line
            // (3,278.64 → 3,278.65: 0.01), less the dollar itself: 6 + 0.09 + 0.01 − 1 = 5.10.
            assertThat(drop).isEqualTo(Money.of("5.10", "USD"));
        }
    }

    @Nested
    class Washington {

        @Test
        void no_income_tax_and_the_premiums_a_payroll_guide_publishes_for_75000() {
            // mybenefitadvisor.com, "Washington increases 2026 Paid Family and Medical Leave premium": $75,000 ×
            // 1.13 % = $847.50, employee share $605.37. WA Cares 0.58 % × 75,000 = 435.00.
            var result = Seeded.usd(75_000, "us-wa");

            assertThat(result.incomeTax()).isEqualTo(Money.of("0", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("1040.37", "USD"));
        }

        @Test
        void wa_cares_on_65000_is_377_dollars() {
            // Seattle University Payroll, "Payroll Deduction for WA Cares Fund Begins" (2023): $65,000 → $377 a year.
            var result = Seeded.usd(65_000, "us-wa");

            assertThat(result.lines())
                    .filteredOn(line -> line.row().startsWith("WA Cares"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.tax()).isEqualTo(Money.of("377.00", "USD")));
            // Paid Leave by hand: 65,000 × 0.807159 % = 524.65.
            assertThat(result.payrollTax()).isEqualTo(Money.of("901.65", "USD"));
        }

        @Test
        void paid_leave_stops_at_the_social_security_cap_and_wa_cares_does_not() {
            // 250,000: Paid Leave on 184,500 only: 184,500 × 0.807159 % = 1,489.21; WA Cares 0.58 % × 250,000 = 1,450.
            var result = Seeded.usd(250_000, "us-wa");

            assertThat(result.payrollTax()).isEqualTo(Money.of("2939.21", "USD"));
        }
    }

    @Nested
    class NewYork {

        // Tax year 2026 (version 2): New York Tax Law §601 as amended by the 2025-26 budget (S.3009-C), five lowest
        // rates 3.9 / 4.4 / 5.15 / 5.4 / 5.9 %, brackets unchanged. Single, through the top of each band, rounded per
        // band: 3.9 % × 8,500 = 331.50; 4.4 % × 3,200 = 140.80; 5.15 % × 2,200 = 113.30; 5.4 % × 66,750 = 3,604.50;
        // 5.9 % × 134,750 = 7,950.25 → 12,140.35 at 215,400.

        @Test
        void state_single_60000_below_the_recapture() {
            // NY AGI 60,000 is below $107,650: schedule only. Taxable 60,000 − 8,000 = 52,000:
            // 331.50 + 140.80 + 113.30 + 5.4 % × 38,100 = 2,057.40 → 2,643.00 (2025 schedule: 2,695.00).
            assertThat(Seeded.usd(60_000, "us-ny-single").incomeTax()).isEqualTo(Money.of("2643.00", "USD"));
        }

        @Test
        void state_single_150000_is_partly_recaptured() {
            // Tax computation worksheet (NY AGI above $107,650, taxable up to $215,400): banded tax on 142,000 =
            // 331.50 + 140.80 + 113.30 + 3,604.50 + 5.9 % × 61,350 = 3,619.65 → 7,809.75; flat 5.9 % × 142,000 =
            // 8,378.00; difference 568.25 × (150,000 − 107,650) / 50,000 = 0.847 → 481.31. Tax 8,291.06.
            assertThat(Seeded.usd(150_000, "us-ny-single").incomeTax()).isEqualTo(Money.of("8291.06", "USD"));
        }

        @Test
        void state_single_240000_and_300000_in_the_685_band() {
            // Above taxable $215,400: recapture base 5.9 % × 215,400 − 12,140.35 = 568.25 (the law writes $567 for
            // 2026 in whole dollars); incremental benefit 6.85 % × taxable − banded − 568.25 = 0.95 % × 215,400 =
            // 2,046.30 (the law's $2,047).
            // 240,000: taxable 232,000, banded 12,140.35 + 6.85 % × 16,600 = 1,137.10 → 13,277.45; recapture
            //          568.25 + 2,046.30 × (240,000 − 215,400) / 50,000 = 0.492 → 1,006.78 → 1,575.03; tax 14,852.48.
            // 300,000: fully recaptured, the rate cut is gone: 6.85 % × 292,000 = 20,002.00 (as in 2025).
            assertThat(Seeded.usd(240_000, "us-ny-single").incomeTax()).isEqualTo(Money.of("14852.48", "USD"));
            assertThat(Seeded.usd(300_000, "us-ny-single").incomeTax()).isEqualTo(Money.of("20002.00", "USD"));
        }

        @Test
        void state_married_jointly_below_inside_and_past_each_recapture() {
            // Joint 2026 schedule, rounded per band: 3.9 % × 17,150 = 668.85; 4.4 % × 6,450 = 283.80;
            // 5.15 % × 4,300 = 221.45; then 5.4 % to 161,550 (8,391.20 there), 5.9 % to 323,200.
            // 100,000: below $107,650; taxable 83,950: 1,174.10 + 5.4 % × 56,050 = 3,026.70 → 4,200.80.
            // 130,000: taxable 113,950: banded 1,174.10 + 5.4 % × 86,050 = 4,646.70 → 5,820.80; flat 5.4 % ×
            //          113,950 = 6,153.30; 332.50 × (130,000 − 107,650) / 50,000 = 0.447 → 148.63 → 5,969.43.
            // 180,000: taxable 163,950 in the 5.9 % band, past its own recapture start ($161,550): recapture base
            //          5.4 % × 161,550 − 8,391.20 = 332.50 (the worksheet's $333); incremental benefit 5.9 % ×
            //          163,950 − 8,532.80 − 332.50 = 807.75 (the worksheet's $807) × (180,000 − 161,550) / 50,000 =
            //          0.369 → 298.06; banded 8,391.20 + 5.9 % × 2,400 = 141.60 → 8,532.80; tax 8,532.80 + 630.56 =
            //          9,163.36.
            // 400,000: taxable 383,950 in the 6.85 % band, fully recaptured: 6.85 % × 383,950 = 26,300.58.
            assertThat(Seeded.usd(100_000, "us-ny-mfj").incomeTax()).isEqualTo(Money.of("4200.80", "USD"));
            assertThat(Seeded.usd(130_000, "us-ny-mfj").incomeTax()).isEqualTo(Money.of("5969.43", "USD"));
            assertThat(Seeded.usd(180_000, "us-ny-mfj").incomeTax()).isEqualTo(Money.of("9163.36", "USD"));
            assertThat(Seeded.usd(400_000, "us-ny-mfj").incomeTax()).isEqualTo(Money.of("26300.58", "USD"));
        }

        @Test
        void the_state_profiles_are_the_2026_version_citing_the_budget_bill() {
            for (var key : new String[] {"us-ny-single", "us-ny-mfj"}) {
                var profile = Seeded.profile(key);
                assertThat(profile.version()).as(key).isEqualTo(2);
                assertThat(profile.rows())
                        .filteredOn(row -> row instanceof TaxRow.Bands)
                        .singleElement()
                        .satisfies(row -> assertThat(row.source().url()).contains("S3009C"));
            }
        }

        @Test
        void city_single_on_new_york_taxable_income() {
            // NYC schedule: 20,000 → taxable 12,000 × 3.078 % = 369.36.
            // 60,000 → taxable 52,000: 369.36 + 3.762 % × 13,000 = 489.06 + 3.819 % × 25,000 = 954.75 (the
            //          schedule's $1,813 at $50,000) + 3.876 % × 2,000 = 77.52 → 1,890.69.
            // 300,000 → taxable 292,000: 1,813.17 + 3.876 % × 242,000 = 9,379.92 → 11,193.09.
            assertThat(Seeded.usd(20_000, "us-nyc-single").incomeTax()).isEqualTo(Money.of("369.36", "USD"));
            assertThat(Seeded.usd(60_000, "us-nyc-single").incomeTax()).isEqualTo(Money.of("1890.69", "USD"));
            assertThat(Seeded.usd(300_000, "us-nyc-single").incomeTax()).isEqualTo(Money.of("11193.09", "USD"));
        }

        @Test
        void city_married_jointly() {
            // 30,000 → taxable 13,950 × 3.078 % = 429.38.
            // 100,000 → taxable 83,950: 664.85 + 3.762 % × 23,400 = 880.31 + 3.819 % × 38,950 = 1,487.50 → 3,032.66.
            // 300,000 → taxable 283,950: 664.85 + 880.31 + 1,718.55 + 3.876 % × 193,950 = 7,517.50 → 10,781.21.
            assertThat(Seeded.usd(30_000, "us-nyc-mfj").incomeTax()).isEqualTo(Money.of("429.38", "USD"));
            assertThat(Seeded.usd(100_000, "us-nyc-mfj").incomeTax()).isEqualTo(Money.of("3032.66", "USD"));
            assertThat(Seeded.usd(300_000, "us-nyc-mfj").incomeTax()).isEqualTo(Money.of("10781.21", "USD"));
        }
    }

    @Nested
    class Stacks {

        @Test
        void san_francisco_stacks_federal_and_california_on_the_same_gross() {
            // Federal single 250,000 (51,304 + 15,514) and California single 250,000: taxable 244,294 →
            // 3,201.97 + 9.3 % × 171,570 = 15,956.01 → 19,157.98 − 153 = 19,004.98; SDI 3,250.
            var result = Seeded.usd(250_000, "us-federal-single", "us-ca-single");

            assertThat(result.incomeTax()).isEqualTo(Money.of("70308.98", "USD"));
            assertThat(result.payrollTax()).isEqualTo(Money.of("18764.00", "USD"));
            assertThat(result.takeHome()).isEqualTo(Money.of("160927.02", "USD"));
            assertThat(result.parts()).hasSize(2);
        }

        @Test
        void seattle_keeps_more_of_the_same_gross_than_san_francisco() {
            var seattle = Seeded.usd(250_000, "us-federal-single", "us-wa");
            var sanFrancisco = Seeded.usd(250_000, "us-federal-single", "us-ca-single");

            // Federal 66,818 + WA premiums 1,489.21 + 1,450 → take-home 180,242.79.
            assertThat(seattle.takeHome()).isEqualTo(Money.of("180242.79", "USD"));
            assertThat(seattle.takeHome()).isGreaterThan(sanFrancisco.takeHome());
        }
    }
}
