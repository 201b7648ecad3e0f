package com.offerbook.base.ui;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.Tests;
import tools.jackson.databind.node.JsonNodeFactory;

/** Chooses in the {@link UserMenu} as the browser does: an item-selected event naming the item's class. */
@Tests(UserMenu.class)
public class UserMenuTester extends ComponentTester<UserMenu> {

    public UserMenuTester(UserMenu menu) {
        super(menu);
    }

    /** Chooses the entry whose class name is {@code id}, or sends a name no entry has. */
    public void choose(String id) {
        ensureComponentIsUsable();
        fireDomEvent("item-selected", JsonNodeFactory.instance.objectNode().put("event.detail.value.className", id));
    }
}
