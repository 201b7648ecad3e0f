package com.offerbook.negotiation.ui;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandFilter;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.Badge;
import com.offerbook.comp.CounterTarget;
import com.offerbook.comp.Verdict;
import com.offerbook.negotiation.Lever;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.Plan;
import com.offerbook.negotiation.PlanSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Plan the counter for one offer: choose band, competing offers and levers; see targets, verdicts and a message. */
@Route("offers/:offerId([0-9]{1,18})/negotiate")
@PermitAll
class NegotiateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> COMPONENTS = List.of("base", "equity", "signing");

    final ComboBox<BandDetails> band = new ComboBox<>("Band to negotiate against");
    final TextField aim = new TextField("Aim (% of the way up the band)");
    final MultiSelectComboBox<Plan.Choice> competing = new MultiSelectComboBox<>("Competing offers");
    final MultiSelectComboBox<Plan.Choice> mentioned = new MultiSelectComboBox<>("Mention in the message");
    final CheckboxGroup<Lever> levers = new CheckboxGroup<>("Premium levers that apply to you");
    final Map<String, TextField> asks = new HashMap<>();
    final Map<String, TextField> floors = new HashMap<>();
    final Div results = new Div();
    final TextArea message = new TextArea("Counter message");
    final Button save = new Button("Save plan");
    final Button record = new Button("Record as my counter");

    private final NegotiationService negotiation;
    private final BandService bands;
    private final Map<String, @Nullable BigDecimal> askOverrides = new HashMap<>();
    private final Map<String, @Nullable BigDecimal> floorOverrides = new HashMap<>();
    private long offerId;
    private String title = "Negotiate";
    private boolean updating;

    NegotiateView(NegotiationService negotiation, BandService bands) {
        this.negotiation = negotiation;
        this.bands = bands;
        addClassName("view");
        band.setItemLabelGenerator(BandDetails::title);
        band.setItems(query -> bands
                .list(
                        new BandFilter(query.getFilter().orElse(""), "", "", "", "", BandFilter.Scope.ALL),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("company", "region")))
                .stream());
        band.setClearButtonVisible(true);
        band.setId("plan-band");
        aim.setId("plan-aim");
        aim.setHelperText("90 % is near the top; 100 % is the top; above 100 % asks beyond the band");
        competing.setItemLabelGenerator(Plan.Choice::label);
        competing.setId("plan-competing");
        mentioned.setItemLabelGenerator(Plan.Choice::label);
        mentioned.setId("plan-mentioned");
        mentioned.setHelperText("Leave empty to keep competing offers out of the message");
        levers.setItemLabelGenerator(l ->
                "%s (+%s–%s %%): %s".formatted(l.name(), plain(l.lowPercent()), plain(l.highPercent()), l.rationale()));
        levers.setId("plan-levers");
        message.setReadOnly(true);
        message.setWidthFull();
        message.setId("plan-message");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-plan");
        record.setId("record-counter");
        for (var component : COMPONENTS) {
            asks.put(component, amountField("Ask", component + "-ask", askOverrides, component));
            floors.put(component, amountField("Walk-away floor", component + "-floor", floorOverrides, component));
        }
        band.addValueChangeListener(e -> refresh(e.isFromClient()));
        aim.addValueChangeListener(e -> refresh(e.isFromClient()));
        competing.addValueChangeListener(e -> {
            mentioned.setItems(e.getValue());
            refresh(e.isFromClient());
        });
        mentioned.addValueChangeListener(e -> refresh(e.isFromClient()));
        levers.addValueChangeListener(e -> refresh(e.isFromClient()));
        save.addClickListener(e -> saveSettings()
                .ifPresent(plan -> Notification.show("Plan saved", 3000, Notification.Position.BOTTOM_START)));
        record.addClickListener(e -> saveSettings().ifPresent(plan -> {
            negotiation.recordCounter(offerId);
            Notification.show(
                    "Your counter is now the latest revision of this offer", 4000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate("offers/" + offerId));
        }));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            offerId = Long.parseLong(event.getRouteParameters().get("offerId").orElseThrow(NumberFormatException::new));
            var plan = negotiation.plan(offerId);
            title = "Negotiate · " + plan.offerLabel();
            build(plan);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void build(Plan plan) {
        removeAll();
        updating = true;
        var s = plan.settings();
        if (plan.band() != null) {
            band.setValue(plan.band());
        }
        aim.setValue(plain(s.aimPercent()));
        competing.setItems(plan.otherOffers());
        competing.setValue(plan.otherOffers().stream()
                .filter(o -> s.competingOfferIds().contains(o.offerId()))
                .collect(Collectors.toSet()));
        mentioned.setItems(competing.getValue());
        mentioned.setValue(plan.otherOffers().stream()
                .filter(o -> s.mentionedOfferIds().contains(o.offerId()))
                .collect(Collectors.toSet()));
        levers.setItems(plan.levers());
        levers.setValue(plan.levers().stream()
                .filter(l -> s.leverIds().contains(l.id()))
                .collect(Collectors.toSet()));
        askOverrides.put("base", s.baseAsk());
        askOverrides.put("equity", s.equityAsk());
        askOverrides.put("signing", s.signingAsk());
        floorOverrides.put("base", s.baseFloor());
        floorOverrides.put("equity", s.equityFloor());
        floorOverrides.put("signing", s.signingFloor());
        updating = false;

        var back = new Anchor("offers/" + offerId, "← Back to the offer");
        var addLever = new Button("Add your own lever", e -> leverDialog());
        addLever.addThemeVariants(ButtonVariant.TERTIARY);
        var settings = new FormLayout(band, aim, competing, mentioned);
        settings.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(
                back,
                new H2("Plan your counter · " + plan.offerLabel()),
                settings,
                levers,
                addLever,
                results,
                new H3("Your counter message"),
                message,
                new HorizontalLayout(save, record, copyButton()));
        show(plan);
    }

    private Component copyButton() {
        var copy = new Button(
                "Copy message",
                e -> message.getElement()
                        .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", message.getValue()));
        copy.setId("copy-message");
        return copy;
    }

    private void refresh(boolean fromUser) {
        if (updating || !fromUser) {
            return;
        }
        currentSettings().ifPresent(settings -> {
            try {
                show(negotiation.preview(offerId, settings));
            } catch (InvalidInputException refused) {
                showProblems(refused.problems());
            }
        });
    }

    private Optional<Plan> saveSettings() {
        var settings = currentSettings();
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        try {
            var plan = negotiation.save(offerId, settings.get());
            show(plan);
            return Optional.of(plan);
        } catch (InvalidInputException refused) {
            showProblems(refused.problems());
            return Optional.empty();
        }
    }

    private Optional<PlanSettings> currentSettings() {
        var aimValue = new AmountConverter(false).convertToModel(aim.getValue(), new ValueContext());
        if (aimValue.isError() || aimValue.getOrThrow(IllegalStateException::new) == null) {
            aim.setErrorMessage("Enter a percentage, e.g. 90");
            aim.setInvalid(true);
            return Optional.empty();
        }
        aim.setInvalid(false);
        return Optional.of(new PlanSettings(
                band.getValue() == null ? null : band.getValue().id(),
                aimValue.getOrThrow(IllegalStateException::new),
                ids(competing.getValue()),
                ids(mentioned.getValue()),
                levers.getValue().stream().map(Lever::id).toList(),
                askOverrides.get("base"),
                askOverrides.get("equity"),
                askOverrides.get("signing"),
                floorOverrides.get("base"),
                floorOverrides.get("equity"),
                floorOverrides.get("signing")));
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, text) -> {
            TextField target = switch (field) {
                case "aimPercent" -> aim;
                case "floor" -> floors.get("base");
                default -> null;
            };
            if (target != null) {
                target.setErrorMessage(text);
                target.setInvalid(true);
            }
            var n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        });
    }

    private void show(Plan plan) {
        results.removeAll();
        results.addClassName("plan-results");
        if (!plan.missing().isEmpty()) {
            var missing = new Div();
            missing.addClassName("notes");
            missing.setId("plan-missing");
            plan.missing().forEach(m -> missing.add(new Paragraph(m)));
            results.add(missing);
        }
        if (plan.bandConversion() != null) {
            var rate = new Paragraph("Band figures converted: " + plan.bandConversion());
            rate.addClassName("caption");
            results.add(rate);
        }
        if (!plan.equivalentLevels().isEmpty()) {
            var tier = new Paragraph(String.join(", ", plan.equivalentLevels()) + " are the same tier as this role.");
            tier.addClassName("caption");
            tier.setId("plan-tier");
            results.add(tier);
        }
        var targets = new Div();
        targets.addClassName("figure-grid");
        targets.setId("plan-targets");
        for (int i = 0; i < COMPONENTS.size(); i++) {
            targets.add(targetCard(
                    COMPONENTS.get(i), plan.targets().get(i), plan.verdicts().get(i)));
        }
        results.add(new H3("Targets"), targets);
        var verdict = new Div();
        verdict.setId("plan-verdict");
        verdict.addClassName("badges");
        var rv = plan.recurringVerdict();
        verdict.add(
                new Span("The company's latest offer, recurring %s: "
                        .formatted(rv.company().rounded().format())),
                new Badge(rv.verdict().label(), tone(rv.verdict())),
                new Span(" (floor %s, ask %s)"
                        .formatted(
                                rv.floor().rounded().format(),
                                rv.ask().rounded().format())));
        results.add(new H3("Verdict"), verdict);
        var beaten = new Paragraph(
                plan.beatenBy().isEmpty()
                        ? "No chosen competing offer beats it."
                        : "Beaten by " + String.join("; ", plan.beatenBy()) + ".");
        beaten.setId("plan-beaten");
        results.add(beaten);
        message.setValue(plan.message());
    }

    private Component targetCard(String key, CounterTarget.Result target, Plan.ComponentVerdict verdict) {
        var ask = asks.get(key);
        var floor = floors.get(key);
        updating = true;
        ask.setValue(AmountConverter.plain(target.ask().rounded().amount()));
        floor.setValue(AmountConverter.plain(target.floor().rounded().amount()));
        ask.setInvalid(false);
        floor.setInvalid(false);
        updating = false;
        ask.setHelperText(target.askOverridden() ? "Your number (clear it to use the suggestion)" : "Suggested");
        floor.setHelperText(
                target.floorOverridden() ? "Your number; never in the message" : "Kept private: never in the message");
        var label = new Span(target.component());
        label.addClassName("figure-label");
        var range = new Span("Range " + target.rangeLow().rounded().format() + " – "
                + target.rangeHigh().rounded().format());
        range.addClassName("caption");
        var company = new Div(
                new Span("Company now: " + verdict.company().rounded().format() + " "),
                new Badge(verdict.verdict().label(), tone(verdict.verdict())));
        company.addClassName("badges");
        var steps = new UnorderedList();
        target.steps().forEach(step -> steps.add(new ListItem(step)));
        var how = new NativeDetails("How this was computed", steps);
        how.addClassName("chart-table");
        var card = new Div(label, ask, range, floor, company, how);
        card.addClassName("figure-card");
        card.setId("target-" + key);
        return card;
    }

    private TextField amountField(String label, String id, Map<String, @Nullable BigDecimal> overrides, String key) {
        var field = new TextField(label);
        field.setId(id);
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            if (updating || !e.isFromClient()) {
                return;
            }
            var parsed = new AmountConverter(false).convertToModel(e.getValue(), new ValueContext());
            if (parsed.isError()) {
                field.setErrorMessage("Enter an amount, e.g. 330000 or 330k");
                field.setInvalid(true);
                return;
            }
            overrides.put(key, parsed.getOrThrow(IllegalStateException::new));
            refresh(true);
        });
        return field;
    }

    private void leverDialog() {
        var dialog = new Dialog("Your own lever");
        var name = new TextField("Name");
        var low = new TextField("Low (%)");
        var high = new TextField("High (%)");
        var rationale = new TextField("Why it applies (one line)");
        rationale.setWidthFull();
        var add = new Button("Add", e -> {
            var converter = new AmountConverter(false);
            var lowValue = converter.convertToModel(low.getValue(), new ValueContext());
            var highValue = converter.convertToModel(high.getValue(), new ValueContext());
            if (lowValue.isError() || highValue.isError()) {
                low.setInvalid(lowValue.isError());
                high.setInvalid(highValue.isError());
                return;
            }
            try {
                negotiation.addLever(
                        name.getValue(),
                        nz(lowValue.getOrThrow(IllegalStateException::new)),
                        nz(highValue.getOrThrow(IllegalStateException::new)),
                        rationale.getValue());
                var kept = levers.getValue();
                levers.setItems(negotiation.levers());
                levers.setValue(levers.getListDataView()
                        .getItems()
                        .filter(l -> kept.stream().anyMatch(k -> k.id() == l.id()))
                        .collect(Collectors.toSet()));
                dialog.close();
            } catch (InvalidInputException refused) {
                var fields = Map.of("name", name, "lowPercent", low, "highPercent", high, "rationale", rationale);
                refused.problems().forEach((k, v) -> {
                    var f = fields.get(k);
                    if (f != null) {
                        f.setErrorMessage(v);
                        f.setInvalid(true);
                    }
                });
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(name, low, high, rationale));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), add);
        dialog.open();
    }

    private static BigDecimal nz(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static List<Long> ids(Set<Plan.Choice> choices) {
        return choices.stream().map(Plan.Choice::offerId).sorted().toList();
    }

    private static String tone(Verdict verdict) {
        return switch (verdict) {
            case BELOW_FLOOR -> "error";
            case BETWEEN -> "neutral";
            case AT_OR_ABOVE_ASK -> "success";
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
