package com.offerbook.offers.ui;

import com.offerbook.base.Limits;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
    final TextField liquidityDiscountPercent = new TextField("Liquidity discount (%)");
    final TextField signingBonus = amountField("Signing bonus", "paid in year 1");
    final IntegerField clawbackMonths = new IntegerField("Clawback (months)");
    final Checkbox clawbackProRated = new Checkbox("Repayment is pro-rated");
    final TextField relocation = amountField("Relocation", "one-time");
    final TextField otherOneTime = amountField("Other one-time money", "one-time");
    final TextArea note = new TextArea("Note");

    private final Binder<Bean> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

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
        cliffMonths.setHelperText("Nothing vests before the cliff");
        cliffMonths.setMin(0);
        cliffMonths.setMax(Limits.MAX_MONTHS);
        liquidityDiscountPercent.setHelperText("How much less you value illiquid equity, 0–100");
        clawbackMonths.setHelperText("Repayable if you leave earlier");
        clawbackMonths.setMin(0);
        clawbackMonths.setMax(Limits.MAX_MONTHS);
        note.setMaxLength(Limits.NOTES_MAX);

        binder.forField(kind).asRequired("Choose who moved").bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(date).asRequired("Enter the date").bind(b -> b.date, (b, v) -> b.date = v);
        bindAmount(baseSalary, true, b -> b.baseSalary, (b, v) -> b.baseSalary = v);
        binder.forField(bonusKind).asRequired().bind(b -> b.bonusKind, (b, v) -> b.bonusKind = v);
        bindAmount(bonusValue, false, b -> b.bonusValue, (b, v) -> b.bonusValue = v);
        binder.forField(equityKind).asRequired().bind(b -> b.equityKind, (b, v) -> b.equityKind = v);
        bindAmount(equityGrant, false, b -> b.equityGrant, (b, v) -> b.equityGrant = v);
        binder.forField(vestingPercents)
                .asRequired("Enter a percentage per year, e.g. 25/25/25/25")
                .bind(b -> b.vestingPercents, (b, v) -> b.vestingPercents = v);
        binder.forField(cliffMonths)
                .asRequired("Enter the cliff in months, 0 if none")
                .bind(b -> b.cliffMonths, (b, v) -> b.cliffMonths = v);
        binder.forField(strikePrice)
                .withConverter(new AmountConverter(false))
                .bind(b -> b.strikePrice, (b, v) -> b.strikePrice = v);
        binder.forField(liquidityDiscountPercent)
                .withConverter(new AmountConverter(true))
                .bind(b -> b.liquidityDiscountPercent, (b, v) -> b.liquidityDiscountPercent = v);
        bindAmount(signingBonus, false, b -> b.signingBonus, (b, v) -> b.signingBonus = v);
        binder.forField(clawbackMonths)
                .asRequired("Enter the months, 0 if none")
                .bind(b -> b.clawbackMonths, (b, v) -> b.clawbackMonths = v);
        binder.forField(clawbackProRated).bind(b -> b.clawbackProRated, (b, v) -> b.clawbackProRated = v);
        bindAmount(relocation, false, b -> b.relocation, (b, v) -> b.relocation = v);
        bindAmount(otherOneTime, false, b -> b.otherOneTime, (b, v) -> b.otherOneTime = v);
        binder.forField(note).bind(b -> b.note, (b, v) -> b.note = v);
        binder.setBean(new Bean());

        register("kind", kind);
        register("date", date);
        register("baseSalary", baseSalary);
        register("bonusKind", bonusKind);
        register("bonusValue", bonusValue);
        register("equityKind", equityKind);
        register("equityGrant", equityGrant);
        register("vestingPercents", vestingPercents);
        register("cliffMonths", cliffMonths);
        register("strikePrice", strikePrice);
        register("liquidityDiscountPercent", liquidityDiscountPercent);
        register("signingBonus", signingBonus);
        register("clawbackMonths", clawbackMonths);
        register("relocation", relocation);
        register("otherOneTime", otherOneTime);
        register("note", note);
        clawbackProRated.setId("clawbackProRated");

        equityKind.addValueChangeListener(event -> updateEquityFields());
        updateEquityFields();

        add(
                kind,
                date,
                section("Salary and bonus"),
                baseSalary,
                new Spacer(),
                bonusKind,
                bonusValue,
                section("Equity"),
                equityKind,
                equityGrant,
                vestingPercents,
                cliffMonths,
                strikePrice,
                liquidityDiscountPercent,
                section("One-time money"),
                signingBonus,
                clawbackMonths,
                clawbackProRated,
                new Spacer(),
                relocation,
                otherOneTime,
                note);
        setColspan(note, 2);
        getChildren().filter(child -> child instanceof H3).forEach(heading -> setColspan(heading, 2));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    private void updateEquityFields() {
        var selected = equityKind.getValue();
        boolean hasEquity = selected != null && selected != EquityKind.NONE;
        equityGrant.setEnabled(hasEquity);
        vestingPercents.setEnabled(hasEquity);
        cliffMonths.setEnabled(hasEquity);
        strikePrice.setVisible(selected == EquityKind.OPTIONS);
        liquidityDiscountPercent.setVisible(selected != null && !selected.isLiquid());
    }

    void setDraft(RevisionDraft draft) {
        var b = new Bean();
        b.kind = draft.kind();
        b.date = draft.date();
        b.baseSalary = draft.baseSalary();
        b.bonusKind = draft.bonusKind();
        b.bonusValue = draft.bonusValue();
        b.equityKind = draft.equityKind();
        b.equityGrant = draft.equityGrant();
        b.vestingPercents = draft.vestingPercents();
        b.cliffMonths = draft.cliffMonths();
        b.strikePrice = draft.strikePrice();
        b.liquidityDiscountPercent = draft.liquidityDiscountPercent();
        b.signingBonus = draft.signingBonus();
        b.clawbackMonths = draft.clawbackMonths();
        b.clawbackProRated = draft.clawbackProRated();
        b.relocation = draft.relocation();
        b.otherOneTime = draft.otherOneTime();
        b.note = draft.note();
        binder.setBean(b);
        updateEquityFields();
    }

    /** The entered package, or empty when a field shows an error. */
    Optional<RevisionDraft> draft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        var b = binder.getBean();
        var kindOfEquity = b.equityKind == null ? EquityKind.NONE : b.equityKind;
        return Optional.of(new RevisionDraft(
                b.kind,
                b.date,
                java.util.Objects.requireNonNull(b.baseSalary),
                b.bonusKind,
                b.bonusValue,
                kindOfEquity,
                b.equityGrant,
                b.vestingPercents,
                b.cliffMonths,
                kindOfEquity.hasStrikePrice() ? b.strikePrice : null,
                kindOfEquity.isLiquid() ? BigDecimal.ZERO : b.liquidityDiscountPercent,
                b.signingBonus,
                b.clawbackMonths,
                b.clawbackProRated,
                b.relocation,
                b.otherOneTime,
                b.note));
    }

    Map<String, String> showProblems(Map<String, String> problems) {
        return FieldProblems.show(problems, fieldsByName);
    }

    private void register(String name, Component field) {
        field.setId(name);
        fieldsByName.put(name, (HasValidation) field);
    }

    private void bindAmount(
            TextField field,
            boolean required,
            com.vaadin.flow.function.ValueProvider<Bean, @Nullable BigDecimal> getter,
            com.vaadin.flow.data.binder.Setter<Bean, BigDecimal> setter) {
        var chain = binder.forField(field);
        if (required) {
            chain = chain.asRequired("Enter an amount");
        }
        chain.withConverter(new AmountConverter(!required))
                .withValidator(value -> value == null || value.signum() >= 0, "Cannot be negative")
                .bind(getter, (bean, value) -> setter.accept(bean, value == null ? BigDecimal.ZERO : value));
    }

    private static TextField amountField(String label, String helper) {
        var field = new TextField(label);
        field.setHelperText(helper);
        field.setPlaceholder("0");
        return field;
    }

    private static H3 section(String title) {
        var heading = new H3(title);
        heading.addClassName("form-section");
        return heading;
    }

    /** An empty cell so the next field starts a new row. */
    private static final class Spacer extends com.vaadin.flow.component.html.Div {}

    /** The form's values while they are edited. */
    static final class Bean {
        RevisionKind kind = RevisionKind.COMPANY_OFFER;
        LocalDate date = LocalDate.now();

        @Nullable
        BigDecimal baseSalary;

        BonusTarget.Kind bonusKind = BonusTarget.Kind.AMOUNT;
        BigDecimal bonusValue = BigDecimal.ZERO;

        @Nullable
        EquityKind equityKind = EquityKind.NONE;

        BigDecimal equityGrant = BigDecimal.ZERO;
        String vestingPercents = "25/25/25/25";
        Integer cliffMonths = 12;

        @Nullable
        BigDecimal strikePrice;

        BigDecimal liquidityDiscountPercent = BigDecimal.ZERO;
        BigDecimal signingBonus = BigDecimal.ZERO;
        Integer clawbackMonths = 12;
        boolean clawbackProRated = true;
        BigDecimal relocation = BigDecimal.ZERO;
        BigDecimal otherOneTime = BigDecimal.ZERO;
        String note = "";
    }
}
