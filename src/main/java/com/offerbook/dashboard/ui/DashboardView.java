package com.offerbook.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The landing view after sign-in. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
class DashboardView extends VerticalLayout {

    DashboardView(AuthenticationContext authentication) {
        addClassName("view");
        var name = authentication.getPrincipalName().orElse("");
        var welcome = new H2("Welcome, " + name);
        welcome.setId("welcome");
        add(welcome, new Paragraph("Offerbook keeps your job offers and their revisions in one place."));
    }
}
