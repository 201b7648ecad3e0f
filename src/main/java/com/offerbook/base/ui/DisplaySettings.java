package com.offerbook.base.ui;

import com.offerbook.base.Limits;
import com.offerbook.comp.AmountText;
import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

/**
 * The display currency and the number format, chosen in a dialog that exists only while it is open (the user menu
 * used to carry both as sub-menus: sixteen items in every page's state that nobody looks at). Saving reloads the page,
 * so that every field and figure follows the new choice.
 */
final class DisplaySettings extends Dialog {

    final Select<String> currency = new Select<>();
    final Select<Optional<Locale>> numberFormat = new Select<>();
    final Button save = new Button("Save");

    DisplaySettings(CurrentUser currentUser) {
        setHeaderTitle("Display settings");
        setId("display-settings");
        var preferences = currentUser.preferences();

        currency.setLabel("Display currency");
        currency.setId("display-currency");
        currency.setHelperText("Figures from offers in other currencies are converted with the stored rates.");
        currency.setItems(Limits.CURRENCIES);
        currency.setValue(preferences.displayCurrency());

        numberFormat.setLabel("Number format");
        numberFormat.setId("number-format");
        numberFormat.setHelperText("How amounts are written and read in every field.");
        var choices = new ArrayList<Optional<Locale>>();
        choices.add(Optional.empty());
        AmountText.SUPPORTED.forEach(locale -> choices.add(Optional.of(locale)));
        numberFormat.setItems(choices);
        numberFormat.setItemLabelGenerator(DisplaySettings::label);
        numberFormat.setValue(preferences.numberLocale());

        save.setId("save-display-settings");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> {
            currentUser.savePreferences(currentUser
                    .preferences()
                    .withDisplayCurrency(currency.getValue())
                    .withNumberFormat(numberFormat.getValue().orElse(null)));
            close();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        add(new FormLayout(currency, numberFormat));
        getFooter().add(new Button("Cancel", event -> close()), save);
        // Gone from the page once closed: nothing of it stays in the session.
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                removeFromParent();
            }
        });
    }

    /** A format named in its own language with an example amount: "Deutsch (Schweiz) · 249’600.5". */
    static String label(Optional<Locale> format) {
        var locale = format.orElseGet(NumberFormatSetup::browserLocale);
        var example = AmountText.write(new BigDecimal("249600.5"), locale);
        var name = format.map(l -> capitalized(l.getDisplayName(l))).orElse("As my browser");
        return name + " · " + example;
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
