package com.offerbook.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The shell around every signed-in view: brand, navigation built from {@code @Menu}, the user and sign-out. */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(SvgIcon.class)
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    private final CurrentUser currentUser;

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var preferences = currentUser.preferences(); // one look-up per page, for the theme and the menu
        var user = createUserMenu(authentication, preferences.darkTheme());
        applyTheme(preferences.darkTheme());
        var navbar = new Div(toggle, viewTitle, user);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);
        addToDrawer(createBrand(), new Scroller(createSideNav()));
    }

    private static Component createBrand() {
        var logo = Icons.SCALE.create();
        logo.addClassName("brand-logo");
        var name = new Span("Offerbook");
        name.addClassName("brand-name");
        var brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    /**
     * The navigation built from {@code @Menu} as static markup: one state node instead of three per item. The side-nav
     * web components highlight the current page and Vaadin's router follows their links in the browser, so the server
     * keeps nothing of it ({@code @Uses} keeps the components in the frontend bundle).
     */
    static Html createSideNav() {
        var html = new StringBuilder("<vaadin-side-nav class=\"app-nav\">");
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path(); // relative to <base>
            html.append("<vaadin-side-nav-item path=\"")
                    .append(htmlEscape(path))
                    .append('"');
            if (!path.isEmpty()) {
                html.append(" match-nested"); // /offers/42 keeps "Offers" highlighted
            }
            html.append('>');
            if (entry.icon() != null) {
                html.append("<vaadin-icon slot=\"prefix\" src=\"")
                        .append(htmlEscape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            html.append(htmlEscape(entry.title())).append("</vaadin-side-nav-item>");
        }
        return new Html(html.append("</vaadin-side-nav>").toString());
    }

    private Component createUserMenu(AuthenticationContext authentication, boolean darkTheme) {
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
        var dark = userItem.getSubMenu().addItem("Dark theme", event -> {
            boolean on = event.getSource().isChecked();
            currentUser.savePreferences(currentUser.preferences().withDarkTheme(on));
            applyTheme(on);
        });
        dark.setCheckable(true);
        dark.setChecked(darkTheme);
        dark.setId("dark-theme");
        userItem.getSubMenu()
                .addItem("Display settings", event -> new DisplaySettings(currentUser).open())
                .setId("open-display-settings");
        userItem.getSubMenu()
                .addItem("Change password", event -> getUI().ifPresent(ui -> ui.navigate(PasswordView.class)))
                .setId("change-password");
        // Issue 17: the second factor and the sessions pages (accounts.ui, reached by address: the shell does not
        // depend on a feature's views).
        userItem.getSubMenu()
                .addItem("Sign-in and security", event -> getUI().ifPresent(ui -> ui.navigate("account/security")))
                .setId("sign-in-security");
        userItem.getSubMenu()
                .addItem("Your sessions", event -> getUI().ifPresent(ui -> ui.navigate("account/sessions")))
                .setId("your-sessions");
        userItem.getSubMenu()
                .addItem("Calendar and reminders", event -> getUI().ifPresent(ui -> ui.navigate("account/calendar")))
                .setId("calendar-reminders"); // issue 14
        userItem.getSubMenu().addSeparator();
        userItem.getSubMenu()
                .addItem("Sign out", event -> authentication.logout())
                .setId("sign-out");
        return menu;
    }

    private static void applyTheme(boolean dark) {
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
