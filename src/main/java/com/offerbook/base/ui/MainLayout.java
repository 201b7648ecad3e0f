package com.offerbook.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The shell around every signed-in view: brand, navigation built from {@code @Menu}, the user and sign-out. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var user = createUserMenu(authentication);
        var navbar = new Div(toggle, viewTitle, user);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);
        addToDrawer(createBrand(), new Scroller(createSideNav()));
    }

    private static Component createBrand() {
        var logo = VaadinIcon.SCALE.create();
        logo.addClassName("brand-logo");
        var name = new Span("Offerbook");
        name.addClassName("brand-name");
        var brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav createSideNav() {
        var nav = new SideNav();
        nav.addClassName("app-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private static SideNavItem createItem(MenuEntry entry) {
        var item = entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
        item.setMatchNested(!entry.path().isEmpty()); // /offers/42 keeps "Offers" highlighted
        return item;
    }

    private static Component createUserMenu(AuthenticationContext authentication) {
        var name = authentication.getPrincipalName().orElse("");
        var avatar = new Avatar(name);
        avatar.addThemeName("xsmall");
        avatar.getElement().setAttribute("aria-hidden", "true");
        var label = new Span(avatar, new Span(name));
        label.addClassName("user-label");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var userItem = menu.addItem(label);
        userItem.setId("user-menu");
        userItem.getSubMenu().addItem("Sign out", event -> authentication.logout()).setId("sign-out");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

}
