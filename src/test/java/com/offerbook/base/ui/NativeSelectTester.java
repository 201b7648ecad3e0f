package com.offerbook.base.ui;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.Tests;
import tools.jackson.databind.node.JsonNodeFactory;

/** Chooses in a {@link NativeSelect} as the browser does: a change event carrying the chosen option's value. */
@Tests(NativeSelect.class)
public class NativeSelectTester<T> extends ComponentTester<NativeSelect<T>> {

    public NativeSelectTester(NativeSelect<T> select) {
        super(select);
    }

    /** Chooses the option showing {@code label}; fails when the list has no such option or cannot be used. */
    public void selectItem(String label) {
        ensureComponentIsUsable();
        var items = getComponent().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (getComponent().labelOf(items.get(i)).equals(label)) {
                sendValue(String.valueOf(i));
                return;
            }
        }
        throw new IllegalArgumentException(
                "No option '" + label + "' in " + getComponent().getId().orElse("the list"));
    }

    /** Sends what a browser would send for an option with value {@code value}, including one the list never had. */
    public void sendValue(String value) {
        var data = JsonNodeFactory.instance.objectNode().put("event.target.value", value);
        fireDomEvent("change", data);
    }

    /** The options' texts, in order, as the browser shows them. */
    public java.util.List<String> labels() {
        return getComponent().getItems().stream().map(getComponent()::labelOf).toList();
    }
}
