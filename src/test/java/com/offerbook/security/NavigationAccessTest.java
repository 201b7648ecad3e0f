package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.internal.BeforeEnterHandler;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The navigation access control Vaadin installs in every UI is ours (no class-path search per navigation, issue 15);
 * that it still lets administrators in and keeps others out is checked by {@code AccountsViewTest} and, in the
 * packaged jar, by {@code SsoJourneyIT}.
 */
class NavigationAccessTest extends BrowserlessTestBase {

    @Autowired
    NavigationAccessControl accessControl;

    @Test
    void the_access_control_in_use_reads_roles_from_the_request() {
        assertThat(accessControl).isInstanceOf(NavigationAccess.RolesFromRequest.class);
        assertThat(accessControl.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getInternals().getListeners(BeforeEnterHandler.class))
                .as("the access control that guards this UI's navigation")
                .anyMatch(NavigationAccess.RolesFromRequest.class::isInstance)
                .noneMatch(listener -> listener instanceof NavigationAccessControl
                        && !(listener instanceof NavigationAccess.RolesFromRequest));
    }
}
