package com.offerbook.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.dom.DomEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The signed-in user's menu in the navigation bar: Vaadin's menu bar web component given its items as data.
 *
 * <p>Vaadin's {@code MenuBar} makes a component of every item, 21 state nodes in every open page (issue 15, memory per
 * session); here the whole menu is one. The browser names the chosen item by its class name, which is looked up among
 * the items; anything else is ignored.
 */
@Tag("vaadin-menu-bar")
@Uses(MenuBar.class) // the web component and its styles, as Vaadin's MenuBar brings them
public final class UserMenu extends Component {

    /** One entry: the class name that identifies it, its text, whether it is ticked (null: not a toggle). */
    private record Item(String id, String text, @Nullable Boolean checked, Consumer<Boolean> action) {}

    private static final String SEPARATOR = "";

    private final String userName;
    private final List<Item> items = new ArrayList<>();

    public UserMenu(String userName) {
        this.userName = userName;
        setId("user-menu");
        getElement().setAttribute("theme", "tertiary-inline");
        getElement().setAttribute("aria-label", "Your account");
        getElement().addEventListener("item-selected", this::chosen).addEventData("event.detail.value.className");
        render();
    }

    /** An entry that does {@code action} when chosen; {@code id} is its class name in the page. */
    public void add(String id, String text, Runnable action) {
        items.add(new Item(id, text, null, on -> action.run()));
        render();
    }

    /** An entry with a tick, which it switches when chosen before calling {@code action} with the new state. */
    public void addToggle(String id, String text, boolean checked, Consumer<Boolean> action) {
        items.add(new Item(id, text, checked, action));
        render();
    }

    public void addSeparator() {
        items.add(new Item(SEPARATOR, "", null, on -> {}));
        render();
    }

    /** The user's initial in a circle, as Vaadin's avatar draws it, to stand beside the menu (markup: one node). */
    public static Html initial(String userName) {
        var first = userName.codePoints().filter(Character::isLetterOrDigit).findFirst();
        var letter = first.isPresent() ? Character.toString(first.getAsInt()) : "";
        return new Html("<span class=\"user-initial\" aria-hidden=\"true\">" + htmlEscape(letter) + "</span>");
    }

    /** The entries' texts, in order, as the menu shows them. */
    public List<String> texts() {
        return items.stream()
                .filter(i -> !i.id().equals(SEPARATOR))
                .map(Item::text)
                .toList();
    }

    /** Whether the entry {@code id} is ticked. */
    public boolean isChecked(String id) {
        return items.stream().anyMatch(i -> i.id().equals(id) && Boolean.TRUE.equals(i.checked()));
    }

    private void chosen(DomEvent event) {
        var id = event.getEventData().path("event.detail.value.className").asString("");
        if (id.isEmpty()) {
            return; // a separator's, or nothing
        }
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item.id().equals(id)) {
                boolean on = item.checked() == null || !item.checked();
                if (item.checked() != null) {
                    items.set(i, new Item(item.id(), item.text(), on, item.action()));
                    render();
                }
                item.action().accept(on);
                return;
            }
        }
    }

    private void render() {
        var json = JsonNodeFactory.instance;
        var children = json.arrayNode();
        for (var item : items) {
            if (item.id().equals(SEPARATOR)) {
                children.addObject().put("component", "hr");
                continue;
            }
            var entry = children.addObject().put("text", item.text()).put("className", item.id());
            if (item.checked() != null) {
                entry.put("checked", item.checked());
            }
        }
        var root = json.objectNode().put("text", userName).put("className", "user-menu-root");
        root.set("children", children);
        getElement().setPropertyJson("items", json.arrayNode().add(root));
    }
}
