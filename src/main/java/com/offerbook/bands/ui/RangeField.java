package com.offerbook.bands.ui;

import com.offerbook.bands.Range;
import com.offerbook.base.ui.AmountConverter;
import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A band component's range as one field for the binder: min and max side by side, empty ({@code null}) when both are
 * blank, a max left blank is the min. Percentiles, which only an import sets, are kept from the range it was given.
 * Text that is no amount is refused by the field's own validator, which the binder applies first, with the reason the
 * amount reader gives (AmountConverter).
 */
class RangeField extends AbstractCompositeField<FormLayout, RangeField, @Nullable Range>
        implements HasValidation, HasValidator<@Nullable Range> {

    final TextField min;
    final TextField max;
    private @Nullable Range given;

    RangeField(String label, String id) {
        super(null);
        min = amount(label + ", min", id + "Min");
        max = amount(label + ", max", id + "Max");
        setId(id);
        min.addValueChangeListener(event -> setModelValue(entered(), event.isFromClient()));
        max.addValueChangeListener(event -> setModelValue(entered(), event.isFromClient()));
        getContent().add(min, max);
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
    }

    @Override
    protected void setPresentationValue(@Nullable Range range) {
        given = range;
        min.setValue(range == null ? "" : AmountConverter.write(range.min()));
        max.setValue(range == null ? "" : AmountConverter.write(range.max()));
    }

    private @Nullable Range entered() {
        var low = AmountConverter.parse(min.getValue());
        var high = AmountConverter.parse(max.getValue());
        if (low == null && high == null) {
            return null;
        }
        var lo = low == null ? BigDecimal.ZERO : low;
        var hi = high == null ? lo : high;
        var old = given;
        return old == null
                ? new Range(lo, hi, null, null, null, null)
                : new Range(lo, hi, old.p25(), old.p50(), old.p75(), old.p90());
    }

    @Override
    public Validator<@Nullable Range> getDefaultValidator() {
        // The message shows under the min field: it names the field it is about.
        return (range, context) -> refusal(min)
                .map(message -> "Min: " + message)
                .or(() -> refusal(max).map(message -> "Max: " + message))
                .map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }

    /** Why the field's text is no amount ("12,5k — did you mean 12.5k? …"), if it is not one. */
    private static Optional<String> refusal(TextField field) {
        var read = new AmountConverter(false).convertToModel(field.getValue(), AmountConverter.context());
        return read.isError() ? read.getMessage() : Optional.empty();
    }

    /** Both fields show the required mark: the range itself has no label of its own. */
    @Override
    public void setRequiredIndicatorVisible(boolean requiredIndicatorVisible) {
        min.setRequiredIndicatorVisible(requiredIndicatorVisible);
        max.setRequiredIndicatorVisible(requiredIndicatorVisible);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return min.isRequiredIndicatorVisible();
    }

    /** The message shows under the min field; both fields are marked. */
    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        min.setErrorMessage(errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return min.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        min.setInvalid(invalid);
        max.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return min.isInvalid();
    }

    @Override
    public boolean isEmpty() {
        return Objects.isNull(getValue()) && min.isEmpty() && max.isEmpty();
    }

    private static TextField amount(String label, String id) {
        var field = AmountConverter.regroupWhenRead(new TextField(label));
        field.setId(id);
        field.setPlaceholder("e.g. 250k");
        field.setManualValidation(true); // the binder marks them, through this field
        return field;
    }
}
