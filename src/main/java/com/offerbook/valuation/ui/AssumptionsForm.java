package com.offerbook.valuation.ui;

import com.offerbook.base.Limits;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.Notifications;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Refresher;
import com.offerbook.valuation.AssumptionsDraft;
import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Valuation assumptions: scenarios, selling, refreshers, raise, horizon. Bound to {@link AssumptionsDraft} itself
 * (readRecord/writeRecord); as a field its value is the draft, so a form holding a draft of its own (the job to
 * leave) binds it like any other field. Which inputs show depends on the kind of equity and on where the form is.
 */
class AssumptionsForm extends AbstractCompositeField<FormLayout, AssumptionsForm, @Nullable AssumptionsDraft> {

    /** Where the form is used: an offer has options and refresher kinds; a default has no options; a job neither. */
    enum Use {
        OFFER,
        DEFAULT,
        JOB
    }

    final TextField bearGrowth = percentField("Bear growth a year (%)");
    final TextField baseGrowth = percentField("Base growth a year (%)");
    final TextField bullGrowth = percentField("Bull growth a year (%)");
    final TextField bearWeight = percentField("Bear weight (%)");
    final TextField baseWeight = percentField("Base weight (%)");
    final TextField bullWeight = percentField("Bull weight (%)");
    final Paragraph expected = new Paragraph();
    final Select<Liquidity.Mode> liquidityMode = new Select<>();
    final IntegerField firstSaleMonth = new IntegerField("First sale (months after the start)");
    final IntegerField saleEveryMonths = new IntegerField("Then a tender every (months)");
    final Select<Liquidity.CapKind> saleCapKind = new Select<>();
    final TextField saleCapValue = percentField("Sold at most per tender");
    final TextField optionShares = new TextField("Options in the grant");
    final Select<Refresher.Kind> refresherKind = new Select<>();
    final TextField refresherValue = percentField("Refresher a year");
    final TextField refresherVesting = new TextField("Refresher vesting per year (%)");
    final IntegerField refresherFirstYear = new IntegerField("First refresher in year");
    final TextField raisePercent = percentField("Raise on base a year (%)");
    final IntegerField horizonYears = new IntegerField("Years to project");

    final Binder<AssumptionsDraft> binder = new Binder<>(AssumptionsDraft.class);

    private final H4 sellingTitle = section("Selling the equity");
    private final Use use;
    private EquityKind kind = EquityKind.NONE;

    AssumptionsForm(Use use) {
        super(null);
        this.use = use;
        var form = getContent();
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));

        bearGrowth.setHelperText("e.g. -30: the equity loses 30 % of its value each year");
        baseGrowth.setHelperText("0 keeps today's value");
        bullGrowth.setHelperText("e.g. 25: it gains a quarter each year");
        bullWeight.setHelperText("The three weights add up to 100");
        expected.addClassName("caption");
        expected.setId("scenario-expected");

        liquidityMode.setLabel("When it can be sold");
        liquidityMode.setItems(Liquidity.Mode.values());
        liquidityMode.setItemLabelGenerator(Liquidity.Mode::label);
        firstSaleMonth.setHelperText("The expected IPO or first tender; 24 is the end of year 2");
        // No min/max on a field that may be hidden: its own constraint would block saving unseen (the service
        // checks the range and names the field).
        saleCapKind.setLabel("Tender cap is");
        saleCapKind.setItems(Liquidity.CapKind.values());
        saleCapKind.setItemLabelGenerator(
                k -> k == Liquidity.CapKind.AMOUNT ? "An amount per tender" : "% of vested, unsold");
        optionShares.setHelperText("With the strike price: the cost to exercise and the spread");

        refresherKind.setLabel("Refresher is stated as");
        refresherKind.setItems(Refresher.Kind.values());
        refresherKind.setItemLabelGenerator(
                k -> k == Refresher.Kind.AMOUNT ? "An amount a year" : "% of the initial grant");
        refresherValue.setHelperText("0 for none");
        refresherVesting.setHelperText("e.g. 25/25/25/25; empty: the initial grant's years, even");
        raisePercent.setHelperText("The first at the start of year 2; a bonus in % of base follows it");
        horizonYears.setStepButtonsVisible(true);
        horizonYears.setHelperText(Limits.MIN_HORIZON_YEARS + " to " + Limits.MAX_HORIZON_YEARS);

        var number = new NumberConverter();
        binder.forField(bearGrowth).withConverter(number).bind("bearGrowthPercent");
        binder.forField(baseGrowth).withConverter(number).bind("baseGrowthPercent");
        binder.forField(bullGrowth).withConverter(number).bind("bullGrowthPercent");
        binder.forField(bearWeight).withConverter(number).bind("bearWeightPercent");
        binder.forField(baseWeight).withConverter(number).bind("baseWeightPercent");
        binder.forField(bullWeight).withConverter(number).bind("bullWeightPercent");
        binder.forField(liquidityMode).asRequired("Choose when it can be sold").bind("liquidityMode");
        binder.forField(firstSaleMonth)
                .asRequired("Enter the months, 0 for now")
                .bind("firstSaleMonth");
        binder.forField(saleEveryMonths).asRequired("Enter the months").bind("saleEveryMonths");
        binder.forField(saleCapKind).asRequired("Choose the kind of cap").bind("saleCapKind");
        binder.forField(saleCapValue).withConverter(number).bind("saleCapValue");
        binder.forField(AmountConverter.regroupWhenRead(optionShares))
                .withConverter(new AmountConverter(false))
                .withValidator(
                        shares -> shares == null || shares.stripTrailingZeros().scale() <= 0,
                        "Enter a whole number of options")
                .withConverter(
                        shares -> shares == null ? null : shares.longValueExact(),
                        shares -> shares == null ? null : BigDecimal.valueOf(shares))
                .bind("optionShares");
        binder.forField(refresherKind)
                .asRequired("Choose how the refresher is stated")
                .bind("refresherKind");
        binder.forField(refresherValue).withConverter(number).bind("refresherValue");
        binder.forField(refresherVesting).bind("refresherVesting");
        binder.forField(refresherFirstYear).asRequired("Enter the year").bind("refresherFirstYear");
        binder.forField(raisePercent).withConverter(number).bind("raisePercent");
        binder.forField(horizonYears).asRequired("Enter 1 to 10 years").bind("horizonYears");

        var scenariosTitle = section("Equity scenarios");
        var refreshersTitle = section("Refreshers and raises");
        form.add(scenariosTitle);
        form.add(bearGrowth, baseGrowth, bullGrowth, bearWeight, baseWeight, bullWeight);
        form.add(expected);
        form.setColspan(expected, 3);
        form.add(sellingTitle, liquidityMode, firstSaleMonth, saleEveryMonths, saleCapKind, saleCapValue);
        form.add(optionShares);
        form.add(refreshersTitle);
        // A heading takes a whole row, whatever the number of columns (a colspan above it is cut to the row).
        for (var title : new H4[] {scenariosTitle, sellingTitle, refreshersTitle}) {
            form.setColspan(title, 3);
        }
        form.add(refresherKind, refresherValue, refresherVesting, refresherFirstYear, raisePercent, horizonYears);

        liquidityMode.addValueChangeListener(event -> updateVisibility());
        saleCapKind.addValueChangeListener(event -> updateVisibility());
        refresherKind.addValueChangeListener(event -> updateVisibility());
        setIds();
        updateVisibility();
    }

    private void setIds() {
        bearGrowth.setId("bearGrowthPercent");
        baseGrowth.setId("baseGrowthPercent");
        bullGrowth.setId("bullGrowthPercent");
        bearWeight.setId("bearWeightPercent");
        baseWeight.setId("baseWeightPercent");
        bullWeight.setId("bullWeightPercent");
        liquidityMode.setId("liquidityMode");
        firstSaleMonth.setId("firstSaleMonth");
        saleEveryMonths.setId("saleEveryMonths");
        saleCapKind.setId("saleCapKind");
        saleCapValue.setId("saleCapValue");
        optionShares.setId("optionShares");
        refresherKind.setId("refresherKind");
        refresherValue.setId("refresherValue");
        refresherVesting.setId("refresherVesting");
        refresherFirstYear.setId("refresherFirstYear");
        raisePercent.setId("raisePercent");
        horizonYears.setId("horizonYears");
    }

    /** Shows the inputs that matter for this kind of equity. */
    void setKind(EquityKind kind) {
        this.kind = kind;
        updateVisibility();
    }

    private void updateVisibility() {
        boolean illiquid = !kind.isLiquid();
        var mode = liquidityMode.getValue();
        boolean tenders = illiquid && mode == Liquidity.Mode.TENDERS;
        sellingTitle.setVisible(illiquid || (use == Use.OFFER && kind == EquityKind.OPTIONS));
        liquidityMode.setVisible(illiquid);
        firstSaleMonth.setVisible(illiquid && mode != null && mode != Liquidity.Mode.FLAT_DISCOUNT);
        saleEveryMonths.setVisible(tenders);
        saleCapKind.setVisible(tenders);
        saleCapValue.setVisible(tenders);
        saleCapValue.setLabel(
                saleCapKind.getValue() == Liquidity.CapKind.AMOUNT
                        ? "Sold at most per tender (amount)"
                        : "Sold at most per tender (% of unsold)");
        liquidityMode.setHelperText(
                mode == Liquidity.Mode.FLAT_DISCOUNT
                        ? "No sale modelled: the offer's own liquidity discount applies"
                        : mode == Liquidity.Mode.TENDERS ? "Profit units are only sold this way" : null);
        optionShares.setVisible(use == Use.OFFER && kind == EquityKind.OPTIONS);
        refresherKind.setVisible(use != Use.JOB);
        refresherValue.setLabel(
                refresherKind.getValue() == Refresher.Kind.PERCENT_OF_GRANT
                        ? "Refresher a year (% of the initial grant)"
                        : "Refresher a year (amount)");
    }

    /** Shows a draft in the fields. */
    void read(AssumptionsDraft draft) {
        binder.readRecord(draft);
        updateVisibility();
        setModelValue(draft, false);
    }

    /** The draft the fields hold; empty (with the fields' own messages shown) when one cannot be read. */
    Optional<AssumptionsDraft> write() {
        try {
            var draft = binder.writeRecord();
            setModelValue(draft, false);
            return Optional.of(draft);
        } catch (ValidationException e) {
            var unseen = e.getFieldValidationErrors().stream()
                    .filter(error -> error.getField() instanceof Component c && !c.isVisible())
                    .map(error -> error.getMessage().orElse("a hidden field is invalid"))
                    .toList();
            if (!unseen.isEmpty()) {
                Notifications.error(String.join(" ", unseen));
            }
            return Optional.empty();
        }
    }

    @Override
    protected void setPresentationValue(@Nullable AssumptionsDraft draft) {
        if (draft != null) {
            binder.readRecord(draft);
            updateVisibility();
        }
    }

    private static TextField percentField(String label) {
        var field = AmountConverter.regroupWhenRead(new TextField(label));
        field.setClearButtonVisible(false);
        return field;
    }

    private static H4 section(String title) {
        var heading = new H4(title);
        heading.addClassName("form-section");
        return heading;
    }
}
