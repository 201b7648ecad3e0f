package com.offerbook.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
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
        var name = authentication.getPrincipalName().orElse("");
        var user = createUserMenu(name, authentication, preferences.darkTheme());
        applyTheme(preferences.darkTheme());
        var navbar = new Div(toggle, viewTitle, UserMenu.initial(name), user);
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

    private Component createUserMenu(String name, AuthenticationContext authentication, boolean darkTheme) {
        var menu = new UserMenu(name);
        menu.addToggle("dark-theme", "Dark theme", darkTheme, on -> {
            currentUser.savePreferences(currentUser.preferences().withDarkTheme(on));
            applyTheme(on);
        });
        menu.add("open-display-settings", "Display settings", () -> new DisplaySettings(currentUser).open());
        menu.add("change-password", "Change password", () -> navigate(PasswordView.class));
        // Issue 17: the second factor and the sessions pages (accounts.ui, reached by address: the shell does not
        // depend on a feature's views).
        menu.add("sign-in-security", "Sign-in and security", () -> navigate("account/security"));
        menu.add("your-sessions", "Your sessions", () -> navigate("account/sessions"));
        menu.add("calendar-reminders", "Calendar and reminders", () -> navigate("account/calendar")); // issue 14
        menu.addSeparator();
        menu.add("sign-out", "Sign out", authentication::logout);
        return menu;
    }

    private void navigate(Class<? extends Component> view) {
        getUI().ifPresent(ui -> ui.navigate(view));
    }

    private void navigate(String address) {
        getUI().ifPresent(ui -> ui.navigate(address));
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
