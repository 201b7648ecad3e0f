package com.offerbook.base.ui;

import com.offerbook.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one way a form shows a service's refusal: each problem goes on the visible field bound to the record component
 * the service named (services name problems by component, see {@link InvalidInputException}); every problem without
 * such a field is shown in an error notification, so none is dropped.
 */
public final class FieldProblems {

    private FieldProblems() {}

    /** Shows every problem of the refusal: on its field in one of the binders, or in a notification. */
    /**
     * Moves the focus to the first field, in the order the binders bound them, that shows a problem, so the browser
     * scrolls it into view: a long form refused at its top is not left showing its save button only.
     */
    public static void focusFirstInvalid(Binder<?>... binders) {
        Arrays.stream(binders)
                .flatMap(Binder::getFields)
                .filter(field -> field instanceof HasValidation validation && validation.isInvalid())
                .filter(field -> field instanceof Focusable<?>)
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    public static void show(InvalidInputException refused, Binder<?>... binders) {
        show(refused, name -> visible(Arrays.stream(binders), name));
    }

    /**
     * For a form that holds a nested record in a binder of its own: a problem whose name starts with a key of
     * {@code nested} (such as {@code "assumptions."}) goes on that binder's field named by the rest of the name; the
     * others on {@code binder}'s fields.
     */
    public static void show(InvalidInputException refused, Binder<?> binder, Map<String, Binder<?>> nested) {
        show(refused, name -> {
            for (var entry : nested.entrySet()) {
                if (name.startsWith(entry.getKey())) {
                    return visible(
                            Stream.of(entry.getValue()),
                            name.substring(entry.getKey().length()));
                }
            }
            return visible(Stream.of(binder), name);
        });
    }

    /** For a small form without a binder: {@code fields} names each field by the problem name it takes. */
    public static void show(InvalidInputException refused, Map<String, ? extends HasValidation> fields) {
        show(
                refused,
                name -> Optional.ofNullable(fields.get(name))
                        .filter(field -> !(field instanceof Component component) || component.isVisible())
                        .map(HasValidation.class::cast));
    }

    private static void show(InvalidInputException refused, Function<String, Optional<HasValidation>> fieldFor) {
        var unplaced = new ArrayList<String>();
        refused.problems()
                .forEach((name, message) -> fieldFor.apply(name)
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

    private static Optional<HasValidation> visible(Stream<Binder<?>> binders, String property) {
        return binders.flatMap(binder -> binder.getBinding(property).stream())
                .map(binding -> binding.getField())
                .filter(field ->
                        field instanceof HasValidation && field instanceof Component component && component.isVisible())
                .map(HasValidation.class::cast)
                .findFirst();
    }
}
