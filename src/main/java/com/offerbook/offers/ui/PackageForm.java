package com.offerbook.offers.ui;

import com.offerbook.base.Limits;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.comp.VestingSchedule;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The package of one revision: salary, bonus, equity and its vesting, one-time money. */
class PackageForm extends FormLayout {

    final Select<RevisionKind> kind = new Select<>();
    final DatePicker date = new DatePicker("Date");
    final TextField baseSalary = amountField("Base salary", "per year");
    final Select<BonusTarget.Kind> bonusKind = new Select<>();
    final TextField bonusValue = amountField("Target bonus", "per year");
    final Select<EquityKind> equityKind = new Select<>();
    final TextField equityGrant = amountField("Equity grant", "total value of the grant");
    final TextField vestingPercents = new TextField("Vesting per year (%)");
    final IntegerField cliffMonths = new IntegerField("Cliff (months)");
    final TextField strikePrice = amountField("Strike price", "per share, options only");
    final TextField liquidityDiscountPercent = AmountConverter.regroupWhenRead(new TextField("Liquidity discount (%)"));
    final Select<VestingFrequency> vestingFrequency = new Select<>();
    final TextField signingBonus = amountField("Signing bonus, year 1", "paid at the start");
    final LaterSigningPaymentsField laterSigningPayments = new LaterSigningPaymentsField();
    final IntegerField clawbackMonths = new IntegerField("Clawback (months)");
    final Checkbox clawbackProRated = new Checkbox("Repayment is pro-rated");
    final TextField relocation = amountField("Relocation", "one-time");
    final TextField otherOneTime = amountField("Other one-time money", "one-time");
    final TextArea note = new TextArea("Note");

    private static final String NEGATIVE = "Cannot be negative";

    private final Binder<RevisionDraft> binder = new Binder<>(RevisionDraft.class);

    PackageForm() {
        kind.setLabel("Who moved");
        kind.setItems(RevisionKind.values());
        kind.setItemLabelGenerator(RevisionKind::label);
        bonusKind.setLabel("Bonus is stated as");
        bonusKind.setItems(BonusTarget.Kind.values());
        bonusKind.setItemLabelGenerator(k -> k == BonusTarget.Kind.AMOUNT ? "An amount" : "% of base salary");
        equityKind.setLabel("Equity kind");
        equityKind.setItems(EquityKind.values());
        equityKind.setItemLabelGenerator(EquityKind::label);
        vestingPercents.setHelperText("One percentage per year, summing to 100: 25/25/25/25 or 5/15/40/40");
        cliffMonths.setHelperText("Nothing vests before the cliff; 0 for no cliff");
        vestingFrequency.setLabel("Vesting after the cliff");
        vestingFrequency.setItems(VestingFrequency.values());
        vestingFrequency.setItemLabelGenerator(VestingFrequency::label);
        cliffMonths.setMin(0);
        cliffMonths.setMax(Limits.MAX_MONTHS);
        liquidityDiscountPercent.setHelperText("How much less you value illiquid equity, 0–100");
        clawbackMonths.setHelperText("Repayable if you leave earlier");
        clawbackMonths.setMin(0);
        clawbackMonths.setMax(Limits.MAX_MONTHS);
        note.setMaxLength(Limits.NOTES_MAX);

        // Each binding is named after the RevisionDraft component it fills, which is also the name the service
        // gives a problem with it (FieldProblems) and the field's id.
        binder.forField(kind).asRequired("Choose who moved").bind("kind");
        binder.forField(date).asRequired("Enter the date").bind("date");
        binder.forField(baseSalary)
                .asRequired("Enter an amount")
                .withConverter(new AmountConverter(false))
                .withValidator(PackageForm::notNegative, NEGATIVE)
                .withValidator(value -> atMost(value, Limits.MAX_AMOUNT), ceiling(Limits.MAX_AMOUNT))
                .bind("baseSalary");
        binder.forField(bonusKind).asRequired("Choose how the bonus is stated").bind("bonusKind");
        binder.forField(bonusValue)
                .withConverter(new AmountConverter(true))
                .withValidator(PackageForm::notNegative, NEGATIVE)
                .withValidator(value -> atMost(value, bonusCeiling()), context -> ceiling(bonusCeiling()))
                .bind("bonusValue");
        binder.forField(equityKind).asRequired("Choose the kind of equity").bind("equityKind");
        amount(equityGrant, "equityGrant", Limits.MAX_GRANT);
        binder.forField(vestingPercents)
                .asRequired("Enter a percentage per year, e.g. 25/25/25/25")
                .withValidator(PackageForm::vestingSchedule)
                .bind("vestingPercents");
        // No default cliff: the service asks for one when there is equity ("0" is no cliff).
        binder.forField(cliffMonths).bind("cliffMonths");
        binder.forField(vestingFrequency)
                .asRequired("Choose how often it vests")
                .bind("vestingFrequency");
        binder.forField(strikePrice)
                .withConverter(new AmountConverter(false))
                .withValidator(PackageForm::notNegative, NEGATIVE)
                // only options have a strike price: a hidden field contributes nothing
                .withConverter(price -> hasStrikePrice() ? price : null, price -> price)
                .bind("strikePrice");
        binder.forField(liquidityDiscountPercent)
                .withConverter(new AmountConverter(true))
                .withValidator(PackageForm::notNegative, NEGATIVE)
                // liquid equity is worth what it says: no discount
                .withConverter(percent -> isIlliquid() ? percent : BigDecimal.ZERO, percent -> percent)
                .bind("liquidityDiscountPercent");
        amount(signingBonus, "signingBonus", Limits.MAX_AMOUNT);
        // A clawback exists only where a signing bonus does: the service asks for it then.
        binder.forField(clawbackMonths).bind("clawbackMonths");
        binder.forField(clawbackProRated).bind("clawbackProRated");
        binder.forField(laterSigningPayments)
                .withValidator((payments, context) -> laterSigningPayments
                        .unreadable()
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind("laterSigningPayments");
        amount(relocation, "relocation", Limits.MAX_AMOUNT);
        amount(otherOneTime, "otherOneTime", Limits.MAX_AMOUNT);
        binder.forField(note)
                .withValidator(new StringLengthValidator(
                        "Use at most " + Limits.NOTES_MAX + " characters", 0, Limits.NOTES_MAX))
                .bind("note");
        for (var component : RevisionDraft.class.getRecordComponents()) {
            binder.getBinding(component.getName())
                    .ifPresent(binding -> ((Component) binding.getField()).setId(component.getName()));
        }

        equityKind.addValueChangeListener(event -> updateEquityFields());
        updateEquityFields();

        add(
                kind,
                date,
                section("Salary and bonus"),
                baseSalary,
                new Div(),
                bonusKind,
                bonusValue,
                section("Equity"),
                equityKind,
                equityGrant,
                vestingPercents,
                vestingFrequency,
                cliffMonths,
                strikePrice,
                liquidityDiscountPercent,
                section("One-time money"),
                signingBonus,
                clawbackMonths,
                clawbackProRated,
                new Div(),
                laterSigningPayments,
                relocation,
                otherOneTime,
                note);
        setColspan(note, 2);
        setColspan(laterSigningPayments, 2);
        getChildren().filter(child -> child instanceof H3).forEach(heading -> setColspan(heading, 2));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    private void updateEquityFields() {
        var selected = equityKind.getValue();
        boolean hasEquity = selected != null && selected != EquityKind.NONE;
        equityKind.setHelperText(selected == null ? "" : selected.alsoCalled()); // the names companies use
        equityGrant.setEnabled(hasEquity);
        vestingPercents.setEnabled(hasEquity);
        cliffMonths.setEnabled(hasEquity);
        vestingFrequency.setEnabled(hasEquity);
        strikePrice.setVisible(hasStrikePrice());
        liquidityDiscountPercent.setVisible(isIlliquid());
    }

    private boolean hasStrikePrice() {
        return equityKind.getValue() != null && equityKind.getValue().hasStrikePrice();
    }

    private boolean isIlliquid() {
        return equityKind.getValue() != null && !equityKind.getValue().isLiquid();
    }

    private BigDecimal bonusCeiling() {
        return bonusKind.getValue() == BonusTarget.Kind.PERCENT_OF_BASE ? Limits.MAX_BONUS_PERCENT : Limits.MAX_AMOUNT;
    }

    /** A package as a company first states it: nothing filled in but the date; no cliff or clawback assumed. */
    void startEmpty(LocalDate today) {
        setDraft(RevisionDraft.empty(today));
        baseSalary.clear();
    }

    void setDraft(RevisionDraft draft) {
        binder.readRecord(draft);
        updateEquityFields();
    }

    /** The entered package, or empty when a field shows an error. */
    Optional<RevisionDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException shownOnTheFields) {
            return Optional.empty();
        }
    }

    Binder<RevisionDraft> binder() {
        return binder;
    }

    /** An optional amount (blank is zero), never negative, at most {@code max}. */
    private void amount(TextField field, String property, BigDecimal max) {
        binder.forField(field)
                .withConverter(new AmountConverter(true))
                .withValidator(PackageForm::notNegative, NEGATIVE)
                .withValidator(value -> atMost(value, max), ceiling(max))
                .bind(property);
    }

    /** The schedule's own rule (whole percentages summing to 100), as the service applies it; the cliff aside. */
    private static ValidationResult vestingSchedule(String percents, ValueContext context) {
        try {
            VestingSchedule.parse(percents, 0);
            return ValidationResult.ok();
        } catch (IllegalArgumentException refused) {
            return ValidationResult.error(refused.getMessage());
        }
    }

    private static boolean notNegative(@Nullable BigDecimal value) {
        return value == null || value.signum() >= 0;
    }

    private static boolean atMost(@Nullable BigDecimal value, BigDecimal max) {
        return value == null || value.compareTo(max) <= 0;
    }

    private static String ceiling(BigDecimal max) {
        return "Above " + AmountConverter.write(max) + ": check for an extra zero";
    }

    private static TextField amountField(String label, String helper) {
        var field = AmountConverter.regroupWhenRead(new TextField(label));
        field.setHelperText(helper);
        field.setPlaceholder("0");
        return field;
    }

    private static H3 section(String title) {
        var heading = new H3(title);
        heading.addClassName("form-section");
        return heading;
    }
}
