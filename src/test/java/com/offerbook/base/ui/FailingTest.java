package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The one way to fail: the not-found page by type, the session's error handler, field problems, notifications. */
@WithMockUser(username = "ivan")
class FailingTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void ivanHasAnAccount() {
        if (accounts.findByUsername("ivan").isEmpty()) {
            accounts.register(new SignupRequest("ivan", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    @Test
    void the_router_shows_the_not_found_page_for_the_apps_not_found_exception_by_its_type() {
        var registry =
                ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());

        var target = registry.getErrorNavigationTarget(new NotFoundException("Offer"))
                .orElseThrow()
                .getNavigationTarget();

        assertThat(NotFoundView.class).isAssignableFrom(target);
        var unexpected = registry.getErrorNavigationTarget(new IllegalStateException("bug"));
        assertThat(unexpected.map(entry -> entry.getNavigationTarget()))
                .hasValueSatisfying(other ->
                        assertThat(NotFoundView.class.isAssignableFrom(other)).isFalse());
    }

    @Test
    void an_unknown_offer_id_renders_the_not_found_page_with_status_404() {
        navigate("offers/987654321", Component.class);

        var view = getCurrentView();
        assertThat(view).isInstanceOf(NotFoundView.MissingData.class);
        var ui = UI.getCurrent();
        var event = new BeforeEnterEvent(
                ui.getInternals().getRouter(),
                NavigationTrigger.PROGRAMMATIC,
                new Location("offers/987654321"),
                NotFoundView.MissingData.class,
                ui,
                List.of());
        var missing = new NotFoundException("Offer");
        assertThat(((NotFoundView.MissingData) view)
                        .setErrorParameter(event, new ErrorParameter<>(NotFoundException.class, missing)))
                .isEqualTo(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    void an_unexpected_exception_in_a_click_listener_tells_the_user_with_an_error_id_and_no_stack_trace() {
        navigate("", Component.class);
        var broken = new Button("Broken", event -> {
            throw new IllegalStateException("secret internal detail");
        });
        UI.getCurrent().add(broken);

        try {
            test(broken).click();
        } catch (RuntimeException thrown) {
            // browserless calls the listener directly; in the app Vaadin hands the exception to the session's handler
            VaadinSession.getCurrent()
                    .getErrorHandler()
                    .error(new ErrorEvent(thrown, broken.getElement().getNode()));
        }

        var text = test($(Notification.class).last()).getText();
        assertThat(text).containsPattern("report error [0-9a-f]{8}\\.$");
        assertThat(text).doesNotContain("secret internal detail", "IllegalStateException", "at com.");
    }

    @Test
    void an_edit_that_lost_against_another_tab_says_it_was_changed_meanwhile() {
        navigate("", Component.class);
        var button = new Button("Save");
        UI.getCurrent().add(button);

        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(
                        new ConcurrentEditException(), button.getElement().getNode()));

        assertThat(test($(Notification.class).last()).getText()).contains("changed meanwhile");
    }

    @Test
    void field_problems_go_on_their_fields_and_the_rest_into_one_notification() {
        navigate("", Component.class);
        var company = new TextField("Company");
        var binder = new Binder<Named>(Named.class);
        binder.forField(company).bind("company");
        UI.getCurrent().add(company);
        var problems = new LinkedHashMap<String, String>();
        problems.put("company", "Use at most 120 characters");
        problems.put("revision", "This is the only revision of the offer.");

        FieldProblems.show(new InvalidInputException(problems), binder);

        assertThat(company.isInvalid()).isTrue();
        assertThat(company.getErrorMessage()).isEqualTo("Use at most 120 characters");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("This is the only revision of the offer.");
    }

    @Test
    void a_problem_on_a_hidden_field_is_shown_in_a_notification() {
        navigate("", Component.class);
        var company = new TextField("Company");
        var binder = new Binder<Named>(Named.class);
        binder.forField(company).bind("company");
        company.setVisible(false);

        FieldProblems.show(new InvalidInputException(Map.of("company", "Required")), binder);

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Required");
    }

    @Test
    void a_nested_records_problems_go_on_the_nested_binders_fields() {
        navigate("", Component.class);
        var company = new TextField("Company");
        var outer = new Binder<Named>(Named.class);
        outer.forField(company).bind("company");
        var nestedCompany = new TextField("Nested company");
        var nested = new Binder<Named>(Named.class);
        nested.forField(nestedCompany).bind("company");
        UI.getCurrent().add(company, nestedCompany);

        FieldProblems.show(
                new InvalidInputException(Map.of("inner.company", "Required")), outer, Map.of("inner.", nested));

        assertThat(nestedCompany.getErrorMessage()).isEqualTo("Required");
        assertThat(company.isInvalid()).isFalse();
    }

    @Test
    void a_form_without_a_binder_names_its_fields_and_no_problem_is_dropped() {
        navigate("", Component.class);
        var rate = new TextField("Rate");
        UI.getCurrent().add(rate);
        var problems = new LinkedHashMap<String, String>();
        problems.put("usdPerUnit", "Use a positive number");
        problems.put("asOf", "Not in the future");

        FieldProblems.show(new InvalidInputException(problems), Map.of("usdPerUnit", rate));

        assertThat(rate.getErrorMessage()).isEqualTo("Use a positive number");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Not in the future");
    }

    record Named(String company) {}
}
