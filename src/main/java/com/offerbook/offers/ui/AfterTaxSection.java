package com.offerbook.offers.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.TaxBreakdown;
import com.offerbook.comp.Money;
import com.offerbook.comp.tax.TaxResult;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferService;
import com.offerbook.tax.AfterTax;
import com.offerbook.tax.TaxService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The offer after tax where it is taxed: where that is (its region, or another chosen for it), income tax, payroll
 * tax and take-home for the recurring pay and each year, each with "how this was computed".
 */
class AfterTaxSection extends Div {

    /** One row of the table: a label and the tax on that figure. */
    record Row(String label, TaxResult result) {}

    static final String OWN_REGION = "Its region";

    final Select<String> taxedAs = new Select<>();
    final Grid<Row> table = new Grid<>();
    final Paragraph status = new Paragraph();

    AfterTaxSection(OfferDetails offer, AfterTax afterTax, TaxService tax, OfferService offers, Runnable changed) {
        addClassName("section");
        setId("after-tax");
        var region = offer.details().region();
        var choices = new ArrayList<String>();
        choices.add(OWN_REGION);
        tax.regions().stream().filter(r -> !r.equalsIgnoreCase(region)).forEach(choices::add);
        taxedAs.setLabel("Taxed as");
        taxedAs.setId("taxed-as");
        taxedAs.setItems(choices);
        taxedAs.setItemLabelGenerator(r -> r.equals(OWN_REGION) ? ownRegionLabel(region) : r);
        taxedAs.setValue(offer.taxedAs() == null ? OWN_REGION : offer.taxedAs());
        taxedAs.setHelperText("Where the wages are taxed, when not in the offer's region");
        taxedAs.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            try {
                offers.taxAs(offer.id(), OWN_REGION.equals(event.getValue()) ? null : event.getValue());
                changed.run();
            } catch (InvalidInputException refused) {
                taxedAs.setErrorMessage(refused.problems().getOrDefault("taxedAs", refused.getMessage()));
                taxedAs.setInvalid(true);
            }
        });
        status.setId("after-tax-status");
        status.addClassName("caption");
        add(new H3("After tax"), taxedAs, status);

        switch (afterTax) {
            case AfterTax.NoProfile(var place, var reason) -> {
                status.setText(reason + " (" + (place.isBlank() ? "no region entered" : place)
                        + "). Choose where the wages are taxed, or ask an administrator to add a tax profile.");
            }
            case AfterTax.Estimate estimate -> showEstimate(estimate);
        }
    }

    private static String ownRegionLabel(String region) {
        return region.isBlank() ? OWN_REGION : OWN_REGION + " (" + region + ")";
    }

    private void showEstimate(AfterTax.Estimate estimate) {
        var words = new ArrayList<String>();
        words.add("Taxed as " + estimate.taxedAs() + " under " + String.join(" + ", estimate.profiles()) + ", "
                + estimate.settings().filingStatus().label().toLowerCase(Locale.ROOT)
                + "; every year uses these rules.");
        if (estimate.conversion() != null) {
            words.add("Converted to the profiles' currency at "
                    + estimate.conversion().shortExplanation() + ".");
        }
        if (!estimate.equityNote().isBlank()) {
            words.add(estimate.equityNote());
        }
        words.add(AfterTax.DISCLAIMER);
        status.setText(String.join(" ", words));

        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        table.addColumn(Row::label).setHeader("Figure").setAutoWidth(true);
        money("Gross", TaxResult::gross);
        money("Income tax", TaxResult::incomeTax);
        money("Payroll tax", TaxResult::payrollTax);
        money("Take-home", TaxResult::takeHome);
        var cost = estimate.costOfLiving();
        if (cost != null) {
            table.addColumn(row -> cost.purchasingPower(row.result().takeHome()).format(Formats.locale()))
                    .setHeader("Purchasing power")
                    .setTextAlign(ColumnTextAlign.END);
            words.add("Purchasing power: take-home × 100 / " + cost.describe(Formats.date(cost.asOf())) + ".");
            status.setText(String.join(" ", words));
        }
        table.addComponentColumn(row -> {
                    var how =
                            new Button("How", event -> breakdown(row, estimate).open());
                    how.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                    how.getElement().setAttribute("aria-label", "How the tax on " + row.label() + " was computed");
                    return how;
                })
                .setHeader("")
                .setAutoWidth(true);
        var rows = new ArrayList<Row>();
        rows.add(new Row("Recurring", estimate.recurring()));
        var years = estimate.years();
        for (int i = 0; i < years.size(); i++) {
            rows.add(new Row("Year " + (i + 1), years.get(i)));
        }
        table.setItems(rows);
        table.setAllRowsVisible(true);
        table.setId("after-tax-table");
        add(table);
    }

    private void money(String header, Function<TaxResult, Money> value) {
        table.addColumn(row -> value.apply(row.result()).format(Formats.locale()))
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END);
    }

    private static TaxBreakdown breakdown(Row row, AfterTax.Estimate estimate) {
        var notes = new ArrayList<String>(List.of(AfterTax.DISCLAIMER));
        row.result().parts().stream().map(TaxResult.Part::note).forEach(notes::add);
        return new TaxBreakdown(
                "How the tax on " + row.label().toLowerCase(Locale.ROOT) + " was computed", row.result(), notes);
    }
}
