package com.offerbook.negotiation.ui;

import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.Formats;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.CounterTarget;
import com.offerbook.comp.Verdict;
import com.offerbook.negotiation.Plan;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanComponent.Figure;
import com.offerbook.negotiation.PlanSettings;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One component's target: the ask and the walk-away floor (suggested, or the user's number), the range, the
 * company's figure with its verdict, and how it was computed. Tells the view when the user typed a number.
 */
class TargetCard extends Div {

    final PlanComponent component;
    final TextField ask = AmountConverter.regroupWhenRead(new TextField("Ask"));
    final TextField floor = AmountConverter.regroupWhenRead(new TextField("Walk-away floor"));

    private final Map<Figure, @Nullable BigDecimal> overrides = new EnumMap<>(Figure.class);
    private final Span range = new Span();
    private final Div company = new Div();
    private final Span inBand = new Span();
    private final Span makeWhole = new Span();
    private final UnorderedList steps = new UnorderedList();

    TargetCard(PlanComponent component, Runnable changed) {
        this.component = component;
        addClassName("figure-card");
        setId("target-" + component.key());
        var label = new Span(component.label());
        label.addClassName("figure-label");
        range.addClassName("caption");
        company.addClassName("badges");
        var how = new NativeDetails("How this was computed", steps);
        how.addClassName("chart-table");
        setUp(ask, Figure.ASK, changed);
        setUp(floor, Figure.FLOOR, changed);
        inBand.addClassName("caption");
        makeWhole.addClassName("caption");
        makeWhole.setId(component.key() + "-make-whole");
        makeWhole.setVisible(false);
        add(label, ask, range, floor, company, inBand, makeWhole, how);
    }

    /** The user's own numbers from saved settings. */
    void overrides(PlanSettings settings) {
        overrides.put(Figure.ASK, settings.ask(component));
        overrides.put(Figure.FLOOR, settings.floor(component));
    }

    /** The settings with this card's numbers typed over the suggestions. */
    PlanSettings apply(PlanSettings settings) {
        return settings.withAsk(component, overrides.get(Figure.ASK)).withFloor(component, overrides.get(Figure.FLOOR));
    }

    void show(CounterTarget.Result target, Plan.ComponentVerdict componentVerdict, Optional<Plan.Positions> position) {
        ask.setValue(AmountConverter.write(target.ask().rounded().amount()));
        floor.setValue(AmountConverter.write(target.floor().rounded().amount()));
        ask.setInvalid(false);
        floor.setInvalid(false);
        ask.setHelperText(target.askOverridden() ? "Your number (clear it to use the suggestion)" : "Suggested");
        floor.setHelperText(
                target.floorOverridden() ? "Your number; never in the message" : "Kept private: never in the message");
        range.setText("Range " + target.rangeLow().rounded().format(Formats.locale()) + " – "
                + target.rangeHigh().rounded().format(Formats.locale()));
        company.removeAll();
        company.add(
                new Span("Company now: " + componentVerdict.company().rounded().format(Formats.locale()) + " "),
                new Badge(componentVerdict.verdict().label(), tone(componentVerdict.verdict())));
        inBand.setVisible(position.isPresent());
        position.ifPresent(p -> inBand.setText(
                "In the band: the company's figure %s; your ask %s.".formatted(text(p.company()), text(p.ask()))));
        steps.removeAll();
        target.steps().forEach(step -> steps.add(new ListItem(step)));
    }

    /** The make-whole lever's line on the signing card: the least the ask should be, and why. */
    void showMakeWhole(Plan.@Nullable MakeWholeLever lever) {
        makeWhole.setVisible(lever != null);
        if (lever != null) {
            var text = "Make-whole: at least %s, for the equity you leave behind at %s; the message gives the reason, "
                    + "never this minimum.";
            makeWhole.setText(text.formatted(lever.amount().rounded().format(), lever.company()));
        }
    }

    void showProblem(Figure figure, String text) {
        var field = figure == Figure.ASK ? ask : floor;
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private void setUp(TextField field, Figure figure, Runnable changed) {
        field.setId(component.key() + "-" + figure.name().toLowerCase(Locale.ROOT));
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            var parsed = new AmountConverter(false).convertToModel(e.getValue(), AmountConverter.context());
            if (parsed.isError()) {
                field.setErrorMessage(parsed.getMessage().orElse("Enter an amount"));
                field.setInvalid(true);
                return;
            }
            overrides.put(figure, parsed.getOrThrow(IllegalStateException::new));
            changed.run();
        });
    }

    /** "62 % through the range" inside the band, or by how much it is outside. */
    private static String text(BandPosition position) {
        var text = position.throughTheRange(Formats.locale());
        return position.zone() == BandPosition.Zone.BELOW || position.zone() == BandPosition.Zone.ABOVE
                ? text
                : text + " through the range";
    }

    static String tone(Verdict verdict) {
        return switch (verdict) {
            case BELOW_FLOOR -> "error";
            case BETWEEN -> "neutral";
            case AT_OR_ABOVE_ASK -> "success";
        };
    }
}
