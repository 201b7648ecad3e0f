package com.offerbook.negotiation.ui;

import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.Plan;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanRefusal;
import com.offerbook.negotiation.PlanSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plan the counter for one offer: the settings form, a target card per component, the verdict and the message;
 * save the plan or record the asks as the user's counter.
 */
@Route("offers/:offerId([0-9]{1,18})/negotiate")
@PermitAll
class NegotiateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PlanSettingsForm form;
    final Map<PlanComponent, TargetCard> cards = new EnumMap<>(PlanComponent.class);
    final Div results = new Div();
    final TextArea message = new TextArea("Counter message");
    final Button save = new Button("Save plan");
    final Button record = new Button("Record as my counter");

    private final NegotiationService negotiation;
    private final Anchor back = new Anchor("", "← Back to the offer");
    private final H2 heading = new H2();
    private final Div notes = new Div();
    private final Div verdict = new Div();
    private final UnorderedList sums = new UnorderedList();
    private final Paragraph beaten = new Paragraph();
    private long offerId;
    private String title = "Negotiate";

    NegotiateView(NegotiationService negotiation, BandService bands) {
        this.negotiation = negotiation;
        addClassName("view");
        form = new PlanSettingsForm(negotiation, bands, this::refresh);
        var targets = new Div();
        targets.addClassName("figure-grid");
        targets.setId("plan-targets");
        for (var component : PlanComponent.values()) {
            var card = new TargetCard(component, this::refresh);
            cards.put(component, card);
            targets.add(card);
        }
        verdict.setId("plan-verdict");
        verdict.addClassName("badges");
        beaten.setId("plan-beaten");
        results.addClassName("plan-results");
        var howTotals = new NativeDetails("How the totals add up", sums);
        howTotals.addClassName("chart-table");
        howTotals.setId("plan-sums");
        results.add(notes, new H3("Targets"), targets, new H3("Verdict"), verdict, howTotals, beaten);
        message.setReadOnly(true);
        message.setWidthFull();
        message.setId("plan-message");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-plan");
        save.addClickListener(e -> saveSettings().ifPresent(plan -> Notifications.success("Plan saved")));
        record.setId("record-counter");
        record.addClickListener(e -> recordCounter());
        var copy = new Button(
                "Copy message",
                e -> message.getElement()
                        .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", message.getValue()));
        copy.setId("copy-message");
        add(
                back,
                heading,
                form,
                results,
                new H3("Your counter message"),
                message,
                new HorizontalLayout(save, record, copy));
    }

    /** The ask field of one component (tests and the journey find it by id, e.g. "base-ask"). */
    TextField ask(PlanComponent component) {
        return card(component).ask;
    }

    TextField floor(PlanComponent component) {
        return card(component).floor;
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
            heading.setText("Plan your counter · " + plan.offerLabel());
            back.setHref("offers/" + offerId);
            form.show(plan);
            cards.values().forEach(card -> card.overrides(plan.settings()));
            show(plan);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    TargetCard card(PlanComponent component) {
        return Objects.requireNonNull(cards.get(component), "the constructor makes a card for every component");
    }

    private void refresh() {
        currentSettings().ifPresent(settings -> {
            try {
                show(negotiation.preview(offerId, settings));
            } catch (InvalidInputException refused) {
                showProblems(refused);
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
            showProblems(refused);
            return Optional.empty();
        }
    }

    /** Saves the plan, then records the asks; a refusal is shown at its field and nothing is recorded. */
    private void recordCounter() {
        if (saveSettings().isEmpty()) {
            return;
        }
        try {
            negotiation.recordCounter(offerId);
        } catch (InvalidInputException refused) {
            showProblems(refused);
            return;
        }
        Notifications.success("Your counter is now the latest revision of this offer");
        getUI().ifPresent(ui -> ui.navigate("offers/" + offerId));
    }

    private Optional<PlanSettings> currentSettings() {
        return form.read().map(settings -> {
            var withNumbers = settings;
            for (var card : cards.values()) {
                withNumbers = card.apply(withNumbers);
            }
            return withNumbers;
        });
    }

    /** Each problem at its field (an ask or floor by its component, a setting by name); the rest in a notification. */
    private void showProblems(InvalidInputException refused) {
        var elsewhere = new StringBuilder();
        if (refused instanceof PlanRefusal planRefusal) {
            planRefusal.figures().forEach((at, text) -> card(at.component()).showProblem(at.figure(), text));
            planRefusal.settings().forEach((setting, text) -> {
                if (!form.showProblem(setting, text)) {
                    elsewhere.append(text).append(' ');
                }
            });
        } else {
            refused.problems().values().forEach(text -> elsewhere.append(text).append(' '));
        }
        var text = elsewhere.isEmpty()
                ? "Not saved: see the fields marked in red."
                : "Not saved: " + elsewhere.toString().strip();
        Notifications.error(text);
    }

    private void show(Plan plan) {
        notes.removeAll();
        if (!plan.missing().isEmpty()) {
            var missing = new Div();
            missing.addClassName("notes");
            missing.setId("plan-missing");
            plan.missing().forEach(m -> missing.add(new Paragraph(m)));
            notes.add(missing);
        }
        if (!plan.conversions().isEmpty()) {
            var rates = new Div();
            rates.setId("plan-rates");
            plan.conversions().forEach(conversion -> {
                var rate = new Paragraph(conversion);
                rate.addClassName("caption");
                rates.add(rate);
            });
            notes.add(rates);
        }
        if (!plan.equivalentLevels().isEmpty()) {
            var tier = new Paragraph(String.join(", ", plan.equivalentLevels()) + " are the same tier as this role.");
            tier.addClassName("caption");
            tier.setId("plan-tier");
            notes.add(tier);
        }
        cards.forEach((component, card) ->
                card.show(plan.target(component), plan.verdict(component), plan.position(component)));
        card(PlanComponent.SIGNING).showMakeWhole(plan.makeWhole());
        var lever = plan.makeWhole();
        if (lever != null) {
            var on = new Paragraph(
                    new Span("Make-whole lever on: you recorded your job at %s, so the signing ask is at least %s, "
                                    .formatted(
                                            lever.company(),
                                            lever.amount().rounded().format())
                            + "what would have vested there in the 12 months after you leave. "),
                    new Anchor("current-job", "The job I'd leave"));
            on.addClassName("caption");
            on.setId("plan-make-whole");
            notes.add(on);
        }
        var rv = plan.recurringVerdict();
        verdict.removeAll();
        verdict.add(
                new Span("The company's latest offer, recurring %s: "
                        .formatted(rv.company().rounded().format(Formats.locale()))),
                new Badge(rv.verdict().label(), TargetCard.tone(rv.verdict())),
                new Span(" (floor %s, ask %s)"
                        .formatted(
                                rv.floor().rounded().format(Formats.locale()),
                                rv.ask().rounded().format(Formats.locale()))));
        sums.removeAll();
        plan.recurringSteps().forEach(step -> sums.add(new ListItem(step)));
        beaten.setText(
                plan.beatenBy().isEmpty()
                        ? "No chosen competing offer beats it."
                        : "Beaten by " + String.join("; ", plan.beatenBy()) + ".");
        message.setValue(plan.message());
    }
}
