package com.offerbook.valuation.ui;

import com.offerbook.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * Puts each problem of a service's refusal on the visible field bound to the record component it names, and shows
 * the rest in a notification so none is dropped. The same rule as the shared helper being moved to {@code base.ui}
 * (not on this branch yet); replace this class by it once both are merged. {@code nested} maps a key prefix such as
 * {@code "assumptions."} to the binder of that nested record.
 */
final class FieldProblems {

    private FieldProblems() {}

    static void show(InvalidInputException refused, Binder<?> binder) {
        show(refused, binder, Map.of());
    }

    static void show(InvalidInputException refused, Binder<?> binder, Map<String, Binder<?>> nested) {
        var unplaced = new ArrayList<String>();
        refused.problems()
                .forEach((name, message) -> field(name, binder, nested)
                        .ifPresentOrElse(
                                field -> {
                                    field.setErrorMessage(message);
                                    field.setInvalid(true);
                                },
                                () -> unplaced.add(message)));
        if (!unplaced.isEmpty()) {
            var notification = Notification.show(String.join(" ", unplaced), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private static Optional<HasValidation> field(String name, Binder<?> binder, Map<String, Binder<?>> nested) {
        for (var entry : nested.entrySet()) {
            if (name.startsWith(entry.getKey())) {
                return visible(entry.getValue(), name.substring(entry.getKey().length()));
            }
        }
        return visible(binder, name);
    }

    private static Optional<HasValidation> visible(Binder<?> binder, String property) {
        return binder.getBinding(property)
                .map(binding -> (Object) binding.getField())
                .filter(field ->
                        field instanceof HasValidation && field instanceof Component component && component.isVisible())
                .map(HasValidation.class::cast);
    }
}
