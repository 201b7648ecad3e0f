package com.offerbook.currencies.ui;

import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Icons;
import com.offerbook.comp.AmountText;
import com.offerbook.currencies.ExchangeRates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The stored exchange rates every conversion uses; administrators keep them current. */
@Route("rates")
@PageTitle("Exchange rates")
@Menu(order = 3, icon = "icons/exchange.svg", title = "Exchange rates")
@PermitAll
class RatesView extends VerticalLayout {

    final Grid<ExchangeRates.Rate> grid = new Grid<>();
    private final ExchangeRates rates;

    RatesView(ExchangeRates rates, BandService bands) {
        this.rates = rates;
        addClassName("view");
        var intro = new Paragraph(
                "Offerbook converts between currencies only with these stored rates, each with its date "
                        + "and source; it never fetches rates from the internet. Every converted figure names the rate it used.");
        grid.setId("rates-grid");
        grid.addColumn(ExchangeRates.Rate::currency).setHeader("Currency").setAutoWidth(true);
        grid.addColumn(r -> "1 " + r.currency() + " = " + Formats.number(r.usdPerUnit()) + " USD")
                .setHeader("Rate")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.asOf())).setHeader("As of").setAutoWidth(true);
        grid.addColumn(ExchangeRates.Rate::source).setHeader("Source").setFlexGrow(1);
        if (bands.canManageShared()) {
            grid.addComponentColumn(r -> r.currency().equals("USD") ? new Paragraph() : editButton(r))
                    .setHeader("")
                    .setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setItems(rates.list());
        add(intro, grid);
    }

    private Button editButton(ExchangeRates.Rate rate) {
        var button = new Button(Icons.EDIT.create(), event -> edit(rate));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel("Edit the " + rate.currency() + " rate");
        button.setId("edit-rate-" + rate.currency());
        return button;
    }

    private void edit(ExchangeRates.Rate rate) {
        var dialog = new Dialog("1 " + rate.currency() + " in US dollars");
        var value = new TextField("US dollars per " + rate.currency());
        value.setValue(AmountText.write(rate.usdPerUnit(), AmountConverter.currentLocale()));
        var asOf = new DatePicker("As of", rate.asOf());
        var source = new TextField("Source", rate.source(), "");
        source.setWidthFull();
        var save = new Button("Save", event -> {
            var parsed = AmountConverter.ratio(value.getValue());
            if (parsed.isError() || asOf.getValue() == null) {
                value.setErrorMessage(parsed.getMessage().orElse("Enter a positive number, e.g. 1.27"));
                value.setInvalid(true);
                return;
            }
            try {
                rates.update(
                        rate.currency(),
                        parsed.getOrThrow(IllegalArgumentException::new),
                        asOf.getValue(),
                        source.getValue());
                grid.setItems(rates.list());
                dialog.close();
            } catch (InvalidInputException refused) {
                value.setInvalid(false);
                source.setInvalid(false);
                FieldProblems.show(refused, Map.of("usdPerUnit", value, "asOf", asOf, "source", source));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(value, asOf, source));
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
    }
}
