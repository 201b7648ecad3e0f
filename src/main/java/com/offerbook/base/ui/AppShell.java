package com.offerbook.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.context.annotation.Configuration;

/**
 * The page every view is shown in: Lumo with its utility classes and Offerbook's own styles, the light colour scheme
 * unless the user chooses dark, and the tab icon.
 *
 * <p>Vaadin looks for routes, layouts, error views and this shell in the packages named here: the user-interface
 * packages, not the whole application. At each start it reads every class file of the packages it searches, four
 * times; the services, repositories and Spring's prepared context (more than 700 class files) are not among them
 * (issue 15, cold start; docs/performance.md). {@code ArchitectureTest} fails when a class Vaadin must find lives
 * elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableVaadin({
    "com.offerbook.accounts.ui",
    "com.offerbook.backup.ui",
    "com.offerbook.bands.ui",
    "com.offerbook.base.ui",
    "com.offerbook.currencies.ui",
    "com.offerbook.dashboard.ui",
    "com.offerbook.journal.ui",
    "com.offerbook.negotiation.ui",
    "com.offerbook.offers.ui",
    "com.offerbook.sharing.ui",
    "com.offerbook.tax.ui",
    "com.offerbook.transfer.ui",
    "com.offerbook.valuation.ui"
})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT)
public class AppShell implements AppShellConfigurator {

    /** The tab icon (the brand's scales); without it every page's browser console shows a 404 for favicon.ico. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
