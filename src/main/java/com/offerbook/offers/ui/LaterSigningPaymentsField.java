package com.offerbook.offers.ui;

import com.offerbook.base.Limits;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.offers.RevisionDraft.SigningPayment;
import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The signing bonus paid in later years (Amazon pays one in year 1 and one in year 2): one row per year 2 to
 * {@link Limits#MAX_SIGNING_YEAR}, each with its amount and its own clawback. A year left empty has no payment.
 * The service checks the values; its problems come back under this field's name.
 */
class LaterSigningPaymentsField extends AbstractCompositeField<Div, LaterSigningPaymentsField, List<SigningPayment>>
        implements HasValidation {

    private final List<Row> rows = new ArrayList<>();
    private final Span error = new Span();
    private @Nullable String errorMessage;

    LaterSigningPaymentsField() {
        super(List.of());
        var layout = getContent();
        layout.addClassName("later-signing-payments");
        var label = new Span("Signing bonus in later years");
        label.addClassName("later-signing-label");
        var helper = new Span("Leave a year empty when nothing is paid in it; each payment has its own clawback");
        helper.addClassName("later-signing-helper");
        layout.add(label);
        for (int year = 2; year <= Limits.MAX_SIGNING_YEAR; year++) {
            var row = new Row(year);
            rows.add(row);
            layout.add(row.layout);
            row.amount.addValueChangeListener(event -> updateValue());
            row.clawbackMonths.addValueChangeListener(event -> updateValue());
            row.proRated.addValueChangeListener(event -> updateValue());
        }
        error.addClassName("later-signing-error");
        error.setVisible(false);
        layout.add(helper, error);
    }

    private void updateValue() {
        setModelValue(generateModelValue(), true);
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        this.errorMessage = errorMessage;
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    /** Why an amount typed in a row cannot be read (the first such row), if one cannot: shown at the field. */
    Optional<String> unreadable() {
        return rows.stream().flatMap(row -> row.unreadable().stream()).findFirst();
    }

    private List<SigningPayment> generateModelValue() {
        var payments = new ArrayList<SigningPayment>();
        for (var row : rows) {
            row.payment().ifPresent(payments::add);
        }
        return payments;
    }

    @Override
    protected void setPresentationValue(List<SigningPayment> payments) {
        for (var row : rows) {
            row.clear();
        }
        for (var payment : payments) {
            rows.stream().filter(row -> row.year == payment.year()).findFirst().ifPresent(row -> row.show(payment));
        }
    }

    /** Year N: amount, clawback months, pro-rated. */
    private static final class Row {

        private static final AmountConverter AMOUNTS = new AmountConverter(false);

        final int year;
        final TextField amount = AmountConverter.regroupWhenRead(new TextField());
        final IntegerField clawbackMonths = new IntegerField();
        final Checkbox proRated = new Checkbox("Pro-rated");
        final Div layout = new Div();

        Row(int year) {
            this.year = year;
            amount.setPlaceholder("Amount");
            amount.setId("signing-year-" + year);
            amount.setAriaLabel("Signing bonus, year " + year);
            clawbackMonths.setPlaceholder("Clawback months");
            clawbackMonths.setAriaLabel("Clawback of the year " + year + " payment, in months");
            clawbackMonths.setMin(0);
            clawbackMonths.setMax(Limits.MAX_MONTHS);
            proRated.setValue(true);
            var label = new Span("Year " + year);
            label.addClassName("later-signing-year");
            layout.addClassName("later-signing-row");
            layout.add(label, amount, clawbackMonths, proRated);
        }

        /** The payment entered, if an amount is entered and can be read. */
        Optional<SigningPayment> payment() {
            if (amount.getValue().isBlank() || unreadable().isPresent()) {
                return Optional.empty();
            }
            BigDecimal value = AMOUNTS.convertToModel(amount.getValue(), AmountConverter.context())
                    .getOrThrow(IllegalStateException::new);
            var months = clawbackMonths.getValue();
            return Optional.of(new SigningPayment(
                    year, value == null ? BigDecimal.ZERO : value, months == null ? 0 : months, proRated.getValue()));
        }

        /** Why the amount typed cannot be read, if it cannot. */
        Optional<String> unreadable() {
            if (amount.getValue().isBlank()) {
                return Optional.empty();
            }
            var parsed = AMOUNTS.convertToModel(amount.getValue(), AmountConverter.context());
            return parsed.isError()
                    ? parsed.getMessage().map(message -> "Year " + year + ": " + message)
                    : Optional.empty();
        }

        void show(SigningPayment payment) {
            amount.setValue(AmountConverter.write(payment.amount()));
            clawbackMonths.setValue(payment.clawbackMonths());
            proRated.setValue(payment.proRated());
        }

        void clear() {
            amount.clear();
            clawbackMonths.clear();
            proRated.setValue(true);
        }
    }
}
