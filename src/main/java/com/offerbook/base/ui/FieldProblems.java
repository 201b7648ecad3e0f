package com.offerbook.base.ui;

import com.offerbook.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one way a form shows a service's refusal: each problem goes on the visible field bound to the record component
 * the service named (services name problems by component, see {@link InvalidInputException}); every problem without
 * such a field is shown in an error notification, so none is dropped.
 */
public final class FieldProblems {

    private FieldProblems() {}

    /** Shows every problem of the refusal: on its field in one of the binders, or in a notification. */
    public static void show(InvalidInputException refused, Binder<?>... binders) {
        var unplaced = new ArrayList<String>();
        refused.problems()
                .forEach((name, message) -> field(name, binders)
                        .ifPresentOrElse(
                                field -> {
                                    field.setErrorMessage(message);
                                    field.setInvalid(true);
                                },
                                () -> unplaced.add(message)));
        if (!unplaced.isEmpty()) {
            Notifications.error(String.join(" ", unplaced));
        }
    }

    private static Optional<HasValidation> field(String property, Binder<?>... binders) {
        return Arrays.stream(binders)
                .flatMap(binder -> binder.getBinding(property).stream())
                .map(binding -> binding.getField())
                .filter(field ->
                        field instanceof HasValidation && field instanceof Component component && component.isVisible())
                .map(HasValidation.class::cast)
                .findFirst();
    }
}
