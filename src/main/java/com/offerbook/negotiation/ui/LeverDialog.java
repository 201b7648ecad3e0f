package com.offerbook.negotiation.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.negotiation.Lever;
import com.offerbook.negotiation.NegotiationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Adds a premium lever of the user's own; tells the caller which once it is stored. */
class LeverDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField low = AmountConverter.regroupWhenRead(new TextField("Low (%)"));
    final TextField high = AmountConverter.regroupWhenRead(new TextField("High (%)"));
    final TextField rationale = new TextField("Why it applies (one line)");
    final Button add = new Button("Add");

    LeverDialog(NegotiationService negotiation, Consumer<Lever> added) {
        setHeaderTitle("Your own lever");
        rationale.setWidthFull();
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> {
            var converter = new AmountConverter(true);
            var lowValue = converter.convertToModel(low.getValue(), AmountConverter.context());
            var highValue = converter.convertToModel(high.getValue(), AmountConverter.context());
            low.setErrorMessage(lowValue.getMessage().orElse(null));
            low.setInvalid(lowValue.isError());
            high.setErrorMessage(highValue.getMessage().orElse(null));
            high.setInvalid(highValue.isError());
            if (lowValue.isError() || highValue.isError()) {
                return;
            }
            try {
                var lever = negotiation.addLever(
                        name.getValue(), percent(lowValue.getOrThrow(IllegalStateException::new)),
                        percent(highValue.getOrThrow(IllegalStateException::new)), rationale.getValue());
                close();
                added.accept(lever);
            } catch (InvalidInputException refused) {
                FieldProblems.show(
                        refused, Map.of("name", name, "lowPercent", low, "highPercent", high, "rationale", rationale));
            }
        });
        add(new FormLayout(name, low, high, rationale));
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    private static BigDecimal percent(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
