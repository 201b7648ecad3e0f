package com.offerbook.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A drop-down list drawn by the browser's own {@code <select>}, labelled and sized like Vaadin's fields.
 *
 * <p>The label, the list and its options are one element whose markup the server writes, so the field is one state
 * node in the session whatever the number of choices. Vaadin's {@code Select} makes a component of every choice,
 * about 1.3 KB of each open session per choice (issue 15, docs/performance.md, <i>Memory per session</i>). The
 * browser sends back the position of the chosen option, which is checked against the items before it is used.
 * Chromium draws the open list in Lumo's colours ({@code appearance: base-select} in styles.css); other browsers
 * draw their own.
 */
@Tag("label")
public class NativeSelect<T> extends AbstractField<NativeSelect<T>, T> implements HasSize {

    /** The option that stands for "nothing chosen yet"; the browser sends its value as an empty string. */
    private static final String NONE = "";

    private List<T> items = List.of();
    private SerializableFunction<T, String> labels = String::valueOf;
    private String label = "";

    @SuppressWarnings("NullAway") // AbstractField takes the empty value; a select starts with none chosen
    public NativeSelect() {
        super(null);
        addClassName("native-select");
        getElement().addEventListener("change", this::chosenInBrowser).addEventData("event.target.value");
        render();
    }

    public void setLabel(String label) {
        this.label = label;
        render();
    }

    public String getLabel() {
        return label;
    }

    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        if (getValue() != null && !this.items.contains(getValue())) {
            clear();
        }
        render();
    }

    @SafeVarargs
    public final void setItems(T... items) {
        setItems(List.of(items));
    }

    public List<T> getItems() {
        return items;
    }

    public void setItemLabelGenerator(SerializableFunction<T, String> labels) {
        this.labels = labels;
        render();
    }

    /** The text the list shows for {@code item}. */
    public String labelOf(T item) {
        return labels.apply(item);
    }

    @Override
    protected void setPresentationValue(T value) {
        render();
    }

    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(enabled);
        render();
    }

    private void chosenInBrowser(DomEvent event) {
        var sent = event.getEventData().path("event.target.value").asString(NONE);
        var chosen = itemAt(sent);
        if (chosen != null && isEnabled()) {
            setModelValue(chosen, true);
        } else {
            render(); // something the list did not offer: show the server's value again
        }
    }

    private @Nullable T itemAt(String sent) {
        if (sent.isEmpty() || sent.length() > 6 || !sent.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int index = Integer.parseInt(sent);
        return index < items.size() ? items.get(index) : null;
    }

    private void render() {
        var value = getValue();
        var html = new StringBuilder(64 + 48 * items.size())
                .append("<span class=\"native-select-label\">")
                .append(htmlEscape(label))
                .append("</span><select")
                .append(isEnabled() ? "" : " disabled")
                .append('>');
        if (value == null) {
            html.append("<option value=\"").append(NONE).append("\" selected disabled hidden></option>");
        }
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            html.append("<option value=\"").append(i).append('"');
            if (Objects.equals(item, value)) {
                html.append(" selected");
            }
            html.append('>').append(htmlEscape(labels.apply(item))).append("</option>");
        }
        getElement().setProperty("innerHTML", html.append("</select>").toString());
    }
}
