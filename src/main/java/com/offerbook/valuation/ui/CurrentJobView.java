package com.offerbook.valuation.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.valuation.AssumptionsDraft;
import com.offerbook.valuation.CurrentJobDraft;
import com.offerbook.valuation.Leaving;
import com.offerbook.valuation.ValuationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * "The job I'd leave": the current job (pay, the unvested equity by vesting month, bonus and retention that leaving
 * forfeits), what leaving costs at the chosen month and the make-whole amount with their steps; below, the user's
 * default assumptions per kind of equity.
 */
@Route("current-job")
@PageTitle("The job I'd leave")
@Menu(order = 1.7, icon = "icons/scale.svg", title = "The job I'd leave")
@PermitAll
class CurrentJobView extends VerticalLayout {

    final TextField company = new TextField("Company");
    final Select<String> currency = new Select<>();
    final TextField baseSalary = AmountConverter.regroupWhenRead(new TextField("Base salary a year"));
    final Select<BonusTarget.Kind> bonusKind = new Select<>();
    final TextField bonusValue = AmountConverter.regroupWhenRead(new TextField("Annual bonus"));
    final Select<EquityKind> equityKind = new Select<>();
    final DatePicker recordedOn = new DatePicker("Months count from");
    final IntegerField leaveMonth = new IntegerField("Leave after (months)");
    final IntegerField bonusPaidInMonths = new IntegerField("Next bonus paid in (months)");
    final TextField repayableAmount =
            AmountConverter.regroupWhenRead(new TextField("Signing or retention bonus to repay"));
    final IntegerField repayableClawbackMonths = new IntegerField("Its clawback (months)");
    final Checkbox repayableProRated = new Checkbox("Repayment is pro-rated");
    final IntegerField monthsServed = new IntegerField("Months of it already served");
    final TextArea tranches = new TextArea("Unvested equity, one vesting date a line");
    final TextField spreadTotal = AmountConverter.regroupWhenRead(new TextField("Unvested total"));
    final IntegerField spreadMonths = new IntegerField("Over the next (months)");
    final Select<Integer> spreadEvery = new Select<>();
    final Button spread = new Button("Spread evenly");
    final AssumptionsForm assumptions = new AssumptionsForm(AssumptionsForm.Use.JOB);
    final Button save = new Button("Save the job");
    final Button delete = new Button("Delete");
    final Div leaving = new Div();

    final Select<EquityKind> defaultKind = new Select<>();
    final AssumptionsForm defaults = new AssumptionsForm(AssumptionsForm.Use.DEFAULT);
    final Paragraph defaultStatus = new Paragraph();
    final Button saveDefault = new Button("Save as my default");
    final Button clearDefault = new Button("Back to the suggestion");

    final Binder<CurrentJobDraft> binder = new Binder<>(CurrentJobDraft.class);

    private final ValuationService valuation;
    private final Clock clock;

    CurrentJobView(ValuationService valuation, Clock clock) {
        this.valuation = valuation;
        this.clock = clock;
        addClassName("view");
        configureFields();
        bind();

        var intro = new Paragraph("Record the job you would leave: what you would keep earning if you stayed, and "
                + "what leaving would cost you. Months count from the day you record it; a vesting date is the "
                + "number of months after that day, its amount the equity's value on that day. Each offer then "
                + "shows its difference against staying on its \"What it's worth\" page.");
        intro.addClassName("caption");

        var form = new FormLayout();
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));
        form.add(company, currency, recordedOn, baseSalary, bonusKind, bonusValue);
        var unvested = section("Unvested equity");
        form.add(unvested, equityKind);
        form.setColspan(unvested, 3);
        var spreadRow = new HorizontalLayout(spreadTotal, spreadMonths, spreadEvery, spread);
        spreadRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        spreadRow.setWrap(true);
        form.add(spreadRow, 2);
        form.add(tranches, 3);
        var leavingTitle = section("Leaving");
        form.add(leavingTitle, leaveMonth, bonusPaidInMonths, repayableAmount, repayableClawbackMonths);
        form.setColspan(leavingTitle, 3);
        form.add(monthsServed, repayableProRated);
        var jobCard = new Div(new H3("The job"), form, ifStayed(), assumptions, buttons(save, delete));
        jobCard.addClassNames("card", "section");
        jobCard.setId("job-card");

        leaving.addClassNames("card", "section");
        leaving.setId("leaving");

        add(new H2("The job I'd leave"), intro, jobCard, leaving, defaultsCard());

        var job = valuation.currentJob();
        binder.readRecord(job.orElseGet(this::emptyJob));
        assumptions.setKind(equityKind.getValue());
        assumptions.read(job.map(CurrentJobDraft::assumptions)
                .orElseGet(() -> noOptions(valuation.startingPoint(EquityKind.PUBLIC_RSU))));
        delete.setEnabled(job.isPresent());
        showLeaving();
        defaultKind.setValue(EquityKind.PRIVATE_RSU);
    }

    private void configureFields() {
        company.setMaxLength(Limits.COMPANY_MAX);
        currency.setLabel("Currency");
        currency.setItems(Limits.CURRENCIES);
        bonusKind.setLabel("Bonus is stated as");
        bonusKind.setItems(BonusTarget.Kind.values());
        bonusKind.setItemLabelGenerator(k -> k == BonusTarget.Kind.AMOUNT ? "An amount" : "% of base salary");
        equityKind.setLabel("Its kind");
        equityKind.setItems(EquityKind.values());
        equityKind.setItemLabelGenerator(EquityKind::label);
        equityKind.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                assumptions.setKind(event.getValue());
            }
        });
        recordedOn.setHelperText("Usually today");
        leaveMonth.setHelperText("0: leave now");
        leaveMonth.addValueChangeListener(event -> updateLeaveDate());
        recordedOn.addValueChangeListener(event -> updateLeaveDate());
        bonusPaidInMonths.setHelperText("1 to 12; the part of the year worked is forfeited");
        repayableClawbackMonths.setHelperText("0 if nothing would be repaid");
        tranches.setHelperText("Months from then: amount, e.g. 3: 30,000 for $30,000 vesting 3 months later");
        tranches.setMinHeight("8em");
        spreadMonths.setValue(12);
        spreadEvery.setLabel("Vesting");
        spreadEvery.setItems(1, 3, 6, 12);
        spreadEvery.setItemLabelGenerator(m -> switch (m) {
            case 1 -> "Monthly";
            case 3 -> "Quarterly";
            case 6 -> "Every 6 months";
            default -> "Yearly";
        });
        spreadEvery.setValue(1);
        spread.addClickListener(event -> spreadEvenly());
        spread.setId("spread");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-job");
        save.addClickListener(event -> save());
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(event -> {
            valuation.deleteCurrentJob();
            binder.readRecord(emptyJob());
            delete.setEnabled(false);
            showLeaving();
        });
        for (var entry : Map.of(
                        "company",
                        company,
                        "baseSalary",
                        baseSalary,
                        "bonusValue",
                        bonusValue,
                        "tranches",
                        tranches,
                        "repayableAmount",
                        repayableAmount,
                        "spreadTotal",
                        spreadTotal)
                .entrySet()) {
            entry.getValue().setId(entry.getKey());
        }
        leaveMonth.setId("leaveMonth");
    }

    private void bind() {
        var number = new NumberConverter();
        binder.forField(company).bind("company");
        binder.forField(currency).asRequired("Choose a currency").bind("currency");
        binder.forField(baseSalary).withConverter(number).bind("baseSalary");
        binder.forField(bonusKind).asRequired("Choose how the bonus is stated").bind("bonusKind");
        binder.forField(bonusValue).withConverter(new AmountConverter(true)).bind("bonusValue");
        binder.forField(equityKind).asRequired("Choose the kind of equity").bind("equityKind");
        binder.forField(recordedOn)
                .asRequired("Enter the day months count from")
                .bind("recordedOn");
        binder.forField(leaveMonth).asRequired("Enter the months, 0 for now").bind("leaveMonth");
        binder.forField(bonusPaidInMonths).asRequired("Enter 1 to 12 months").bind("bonusPaidInMonths");
        binder.forField(repayableAmount)
                .withConverter(new AmountConverter(true))
                .bind("repayableAmount");
        binder.forField(repayableClawbackMonths)
                .asRequired("Enter the months, 0 if none")
                .bind("repayableClawbackMonths");
        binder.forField(repayableProRated).bind("repayableProRated");
        binder.forField(monthsServed).asRequired("Enter the months, 0 if none").bind("monthsServed");
        binder.forField(tranches).withConverter(new TranchesConverter()).bind("tranches");
        binder.forField(assumptions).bind("assumptions");
    }

    private CurrentJobDraft emptyJob() {
        return new CurrentJobDraft(
                "",
                "USD",
                BigDecimal.ZERO,
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PUBLIC_RSU,
                LocalDate.now(clock),
                0,
                12,
                BigDecimal.ZERO,
                0,
                false,
                0,
                List.of(),
                noOptions(valuation.startingPoint(EquityKind.PUBLIC_RSU)));
    }

    private static AssumptionsDraft noOptions(AssumptionsDraft d) {
        return d.optionShares() == null
                ? d
                : new AssumptionsDraft(
                        d.bearGrowthPercent(),
                        d.baseGrowthPercent(),
                        d.bullGrowthPercent(),
                        d.bearWeightPercent(),
                        d.baseWeightPercent(),
                        d.bullWeightPercent(),
                        d.liquidityMode(),
                        d.firstSaleMonth(),
                        d.saleEveryMonths(),
                        d.saleCapKind(),
                        d.saleCapValue(),
                        d.refresherKind(),
                        d.refresherValue(),
                        d.refresherVesting(),
                        d.refresherFirstYear(),
                        d.raisePercent(),
                        d.horizonYears(),
                        null);
    }

    private void updateLeaveDate() {
        var start = recordedOn.getValue();
        var months = leaveMonth.getValue();
        leaveMonth.setHelperText(
                start == null || months == null || months < 0
                        ? "0: leave now"
                        : months == 0 ? "Leaving now" : "Leaving on " + Formats.date(start.plusMonths(months)));
    }

    private void spreadEvenly() {
        var total = new NumberConverter().convertToModel(spreadTotal.getValue(), AmountConverter.context());
        var months = spreadMonths.getValue();
        var every = spreadEvery.getValue();
        if (total.isError() || months == null || months < 1 || months > Limits.MAX_MONTHS || every == null) {
            spreadTotal.setInvalid(total.isError());
            spreadTotal.setErrorMessage(total.getMessage().orElse(null));
            spreadMonths.setInvalid(months == null || months < 1 || months > Limits.MAX_MONTHS);
            spreadMonths.setErrorMessage("Use 1 to " + Limits.MAX_MONTHS + " months");
            return;
        }
        spreadTotal.setInvalid(false);
        spreadMonths.setInvalid(false);
        var dates = new ArrayList<Integer>();
        for (int month = every; month <= months; month += every) {
            dates.add(month);
        }
        if (dates.isEmpty() || dates.getLast().intValue() != months) {
            dates.add(months);
        }
        var amount = total.getOrThrow(IllegalStateException::new);
        var each = amount.divide(BigDecimal.valueOf(dates.size()), 2, RoundingMode.DOWN);
        var lines = new ArrayList<String>();
        for (int i = 0; i < dates.size(); i++) {
            // The last date takes what rounding left, so the lines add up to the total.
            var value = i < dates.size() - 1 ? each : amount.subtract(each.multiply(BigDecimal.valueOf(i)));
            lines.add(TranchesConverter.line(dates.get(i), value));
        }
        tranches.setValue(String.join("\n", lines));
    }

    private void save() {
        var ownAssumptions = assumptions.write();
        CurrentJobDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        if (ownAssumptions.isEmpty()) {
            return;
        }
        try {
            valuation.saveCurrentJob(draft);
            Notifications.success("Saved");
            delete.setEnabled(true);
            showLeaving();
        } catch (InvalidInputException e) {
            FieldProblems.show(e, binder, Map.of("assumptions.", assumptions.binder));
        }
    }

    private void showLeaving() {
        leaving.removeAll();
        var found = valuation.leaving();
        if (found.isEmpty()) {
            leaving.add(
                    new H3("Cost of leaving"),
                    new Paragraph("Save the job to see what leaving it would cost and what to ask a new employer "
                            + "to make whole."));
            return;
        }
        Leaving l = found.get();
        var cost = l.costOfLeaving();
        var start = l.job().recordedOn();
        var when = cost.leaveMonth() == 0
                ? "now"
                : "on " + start.plusMonths(cost.leaveMonth()) + " (" + cost.leaveMonth() + " months after " + start
                        + ")";
        var figures = new Div(
                Figures.card(
                        "cost-of-leaving",
                        "Cost of leaving",
                        Figures.whole(cost.total().expected()),
                        "Leaving " + when + ", weighted over the scenarios"),
                Figures.card(
                        "equity-forfeited",
                        "Equity forfeited",
                        Figures.whole(cost.equityForfeited().expected()),
                        "Bear " + Figures.whole(cost.equityForfeited().bear()) + " · bull "
                                + Figures.whole(cost.equityForfeited().bull())),
                Figures.card("bonus-forfeited", "Bonus forfeited", Figures.whole(cost.bonusForfeited()), "Pro-rated"),
                Figures.card("repaid", "Bonus repaid", Figures.whole(cost.repaid()), "By its clawback terms"),
                Figures.card(
                        "make-whole",
                        "Make-whole ask",
                        Figures.wholeAtLeast(l.makeWhole().amount().expected()),
                        "What would have vested in the 12 months after leaving: ask a signing bonus of at least "
                                + "this"));
        figures.addClassName("figure-grid");
        leaving.add(
                new H3("Cost of leaving"),
                figures,
                new H4("How the cost is made"),
                Figures.steps("leaving-steps", cost.steps()),
                new H4("How the make-whole amount is made"),
                Figures.steps("make-whole-steps", l.makeWhole().steps()));
        var stay = l.stay();
        var last = stay.expectedYear(stay.horizonYears());
        var staying = new Paragraph("Staying, weighted: "
                + Figures.whole(last.cumulative()) + " over "
                + stay.horizonYears() + " years from the leave month (" + String.join(" ", stay.assumptionsInWords())
                + ")");
        staying.addClassName("caption");
        staying.setId("staying-total");
        leaving.add(staying);
    }

    private Div defaultsCard() {
        defaultKind.setLabel("Kind of equity");
        defaultKind.setItems(Arrays.stream(EquityKind.values())
                .filter(k -> k != EquityKind.NONE)
                .toList());
        defaultKind.setItemLabelGenerator(EquityKind::label);
        defaultKind.setId("default-kind");
        defaultKind.setMinWidth("16em");
        defaultKind.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                loadDefault(event.getValue());
            }
        });
        defaultStatus.setId("default-status");
        defaultStatus.addClassName("caption");
        saveDefault.addThemeVariants(ButtonVariant.PRIMARY);
        saveDefault.setId("save-default");
        saveDefault.addClickListener(event -> {
            var kind = defaultKind.getValue();
            defaults.write().ifPresent(draft -> {
                try {
                    valuation.saveDefault(kind, draft);
                    loadDefault(kind);
                    Notifications.success("Default saved");
                } catch (InvalidInputException e) {
                    FieldProblems.show(e, defaults.binder);
                }
            });
        });
        clearDefault.addClickListener(event -> {
            valuation.clearDefault(defaultKind.getValue());
            loadDefault(defaultKind.getValue());
        });
        var intro = new Paragraph("Every offer without assumptions of its own uses your default for its kind of "
                + "equity; an offer's own assumptions override it.");
        intro.addClassName("caption");
        var card = new Div(
                new H3("My default assumptions"),
                intro,
                defaultKind,
                defaultStatus,
                defaults,
                buttons(saveDefault, clearDefault));
        card.addClassNames("card", "section");
        card.setId("defaults");
        return card;
    }

    private void loadDefault(EquityKind kind) {
        var own = valuation.defaults().get(kind);
        defaults.setKind(kind);
        defaults.read(own != null ? own : valuation.startingPoint(kind));
        clearDefault.setEnabled(own != null);
        defaultStatus.setText(
                own != null
                        ? "Your default for " + kind.label() + "."
                        : "No default of yours for " + kind.label()
                                + " yet: these are suggestions, not forecasts. Offers of this kind show today's "
                                + "figures until you save one.");
    }

    private static H3 ifStayed() {
        var heading = new H3("If you stayed");
        heading.getStyle().setMarginTop("var(--lumo-space-l)");
        return heading;
    }

    /** A row of buttons that wraps on a narrow screen. */
    static HorizontalLayout buttons(Button... buttons) {
        var row = new HorizontalLayout(buttons);
        row.setWrap(true);
        row.getStyle().setMarginTop("var(--lumo-space-m)");
        return row;
    }

    private static H4 section(String title) {
        var heading = new H4(title);
        heading.addClassName("form-section");
        return heading;
    }
}
