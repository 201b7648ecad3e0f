package com.offerbook.base.ui;

import com.offerbook.accounts.Preferences;
import com.offerbook.base.Limits;
import com.offerbook.comp.AmountText;
import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
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
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The shell around every signed-in view: brand, navigation built from {@code @Menu}, the user and sign-out. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    private final CurrentUser currentUser;

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var user = createUserMenu(authentication);
        applyTheme(currentUser.preferences().darkTheme());
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

    private static SideNav createSideNav() {
        var nav = new SideNav();
        nav.addClassName("app-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private static SideNavItem createItem(MenuEntry entry) {
        var item = entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new SvgIcon(entry.icon()));
        item.setMatchNested(!entry.path().isEmpty()); // /offers/42 keeps "Offers" highlighted
        return item;
    }

    private Component createUserMenu(AuthenticationContext authentication) {
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
        var preferences = currentUser.preferences();
        var dark = userItem.getSubMenu().addItem("Dark theme", event -> {
            boolean on = event.getSource().isChecked();
            currentUser.savePreferences(currentUser.preferences().withDarkTheme(on));
            applyTheme(on);
        });
        dark.setCheckable(true);
        dark.setChecked(preferences.darkTheme());
        dark.setId("dark-theme");
        var currencyItem = userItem.getSubMenu().addItem("Display currency");
        currencyItem.setId("display-currency");
        for (var code : Limits.CURRENCIES) {
            var item = currencyItem.getSubMenu().addItem(code, event -> {
                currentUser.savePreferences(currentUser.preferences().withDisplayCurrency(code));
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            item.setCheckable(true);
            item.setChecked(code.equals(preferences.displayCurrency()));
            item.setId("currency-" + code);
        }
        addNumberFormats(userItem.getSubMenu().addItem("Number format"), preferences);
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

    /**
     * "As my browser" and the supported number formats ({@link AmountText#SUPPORTED}), each named in its own language
     * with an example amount; choosing one reloads the page so that every field and figure follows it.
     */
    private void addNumberFormats(MenuItem menu, Preferences preferences) {
        menu.setId("number-format");
        var choices = new ArrayList<@Nullable Locale>();
        choices.add(null);
        choices.addAll(AmountText.SUPPORTED);
        for (var locale : choices) {
            var example = AmountText.write(
                    new BigDecimal("249600.5"), locale == null ? NumberFormatSetup.browserLocale() : locale);
            var name = locale == null ? "As my browser" : capitalized(locale.getDisplayName(locale));
            var item = menu.getSubMenu().addItem(name + " · " + example, event -> {
                currentUser.savePreferences(currentUser.preferences().withNumberFormat(locale));
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            item.setCheckable(true);
            item.setChecked(Objects.equals(preferences.numberLocale().orElse(null), locale));
            item.setId("number-format-" + (locale == null ? "browser" : locale.toLanguageTag()));
        }
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
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
