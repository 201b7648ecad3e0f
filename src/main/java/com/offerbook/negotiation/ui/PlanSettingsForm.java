package com.offerbook.negotiation.ui;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandService;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.Formats;
import com.offerbook.negotiation.AskRounding;
import com.offerbook.negotiation.Lever;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.Plan;
import com.offerbook.negotiation.PlanSettings;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planner's choices: the band, how far up it to aim, the competing offers (and which the message mentions)
 * and the premium levers. Tells the view when the user changed one; the asks and floors are on the target cards.
 */
class PlanSettingsForm extends VerticalLayout {

    final ComboBox<BandDetails> band = new ComboBox<>("Band to negotiate against");
    final TextField aim = AmountConverter.regroupWhenRead(new TextField("Aim (% of the way up the band)"));
    final MultiSelectComboBox<Plan.Choice> competing = new MultiSelectComboBox<>("Competing offers");
    final MultiSelectComboBox<Plan.Choice> mentioned = new MultiSelectComboBox<>("Mention in the message");
    final Select<AskRounding> rounding = new Select<>();
    final CheckboxGroup<Lever> levers = new CheckboxGroup<>("Premium levers that apply to you");
    final Button addLever = new Button("Add your own lever");

    PlanSettingsForm(NegotiationService negotiation, BandService bands, Runnable changed) {
        setPadding(false);
        band.setItemLabelGenerator(BandDetails::title);
        band.setItems(query -> bands.pick(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
        band.setClearButtonVisible(true);
        band.setId("plan-band");
        aim.setId("plan-aim");
        aim.setHelperText("90 % is near the top; 100 % is the top; above 100 % asks beyond the band");
        competing.setItemLabelGenerator(Plan.Choice::label);
        competing.setId("plan-competing");
        mentioned.setItemLabelGenerator(Plan.Choice::label);
        mentioned.setId("plan-mentioned");
        mentioned.setHelperText("Leave empty to keep competing offers out of the message");
        rounding.setLabel("Round suggested asks and floors to");
        rounding.setItems(AskRounding.values());
        rounding.setItemLabelGenerator(AskRounding::label);
        rounding.setValue(AskRounding.DEFAULT);
        rounding.setHelperText("In the offer's currency; numbers you type are kept as typed");
        rounding.setId("plan-rounding");
        levers.setItemLabelGenerator(l -> "%s (+%s–%s %%): %s"
                .formatted(l.name(), Formats.number(l.lowPercent()), Formats.number(l.highPercent()), l.rationale()));
        levers.setId("plan-levers");
        addLever.addThemeVariants(ButtonVariant.TERTIARY);
        addLever.addClickListener(
                e -> new LeverDialog(negotiation, added -> leversChanged(negotiation.levers())).open());

        band.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        aim.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        competing.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var kept = mentioned.getValue().stream()
                        .filter(e.getValue()::contains)
                        .collect(Collectors.toSet());
                mentioned.setItems(e.getValue());
                mentioned.setValue(kept);
                changed.run();
            }
        });
        rounding.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        mentioned.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        levers.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });

        var fields = new FormLayout(band, aim, competing, mentioned, rounding);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(fields, levers, addLever);
    }

    /** Shows the plan's settings without telling the view (nothing changed). */
    void show(Plan plan) {
        var s = plan.settings();
        band.setValue(plan.band());
        aim.setValue(AmountConverter.write(s.aimPercent()));
        aim.setInvalid(false);
        rounding.setValue(s.rounding());
        competing.setItems(plan.otherOffers());
        competing.setValue(chosen(plan.otherOffers(), s.competingOfferIds()));
        mentioned.setItems(competing.getValue());
        mentioned.setValue(chosen(plan.otherOffers(), s.mentionedOfferIds()));
        levers.setItems(plan.levers());
        levers.setValue(plan.levers().stream()
                .filter(l -> s.leverIds().contains(l.id()))
                .collect(Collectors.toSet()));
    }

    /** The settings as chosen here (no asks or floors), or empty when the aim is not a number. */
    Optional<PlanSettings> read() {
        var aimValue = new AmountConverter(false).convertToModel(aim.getValue(), AmountConverter.context());
        var percent = aimValue.isError() ? null : aimValue.getOrThrow(IllegalStateException::new);
        if (percent == null) {
            aim.setErrorMessage(aimValue.getMessage().orElse("Enter a percentage, e.g. 90"));
            aim.setInvalid(true);
            return Optional.empty();
        }
        aim.setInvalid(false);
        return Optional.of(PlanSettings.defaults(
                        band.getValue() == null ? null : band.getValue().id())
                .withAim(percent)
                .withCompeting(ids(competing.getValue()), ids(mentioned.getValue()))
                .withLevers(levers.getValue().stream().map(Lever::id).sorted().toList())
                .withRounding(rounding.getValue() == null ? AskRounding.DEFAULT : rounding.getValue()));
    }

    /** Puts a refused setting's message on its field; false when no field here takes it. */
    boolean showProblem(String setting, String text) {
        HasValidation field = switch (setting) {
            case "aimPercent" -> aim;
            case "bandId" -> band;
            case "competingOfferIds" -> competing;
            case "mentionedOfferIds" -> mentioned;
            case "leverIds" -> levers;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
        return true;
    }

    private void leversChanged(List<Lever> all) {
        var kept = levers.getValue();
        levers.setItems(all);
        levers.setValue(all.stream()
                .filter(l -> kept.stream().anyMatch(k -> k.id() == l.id()))
                .collect(Collectors.toSet()));
    }

    private static Set<Plan.Choice> chosen(List<Plan.Choice> choices, List<Long> ids) {
        return choices.stream().filter(o -> ids.contains(o.offerId())).collect(Collectors.toSet());
    }

    private static List<Long> ids(Set<Plan.Choice> choices) {
        return choices.stream().map(Plan.Choice::offerId).sorted().toList();
    }
}
