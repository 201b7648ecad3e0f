package com.offerbook.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Vaadin's navigation access control, built from the same configurer and checkers as Vaadin's own, but asking the
 * request for roles directly (issue 15). Vaadin's version first asks its {@code Lookup} for the role prefix holder on
 * every navigation, and Vaadin's Spring lookup answers by also searching the whole class path with a
 * {@code ServiceLoader} each time: in the packaged jar that walks some 200 nested jars under a lock, and under load it
 * was the longest wait of a round trip (a flight recording at 100 sessions: 179 waits of 20 to 270 ms in 40 s). The
 * role prefix is Spring Security's default, which the request's {@code isUserInRole} applies.
 */
@Configuration(proxyBeanMethods = false)
class NavigationAccess {

    @Bean
    @Primary
    NavigationAccessControl offerbookNavigationAccessControl(
            List<NavigationAccessChecker> checkers, NavigationAccessControlConfigurer configurer) {
        return configurer.build(RolesFromRequest::new, checkers);
    }

    static final class RolesFromRequest extends SpringNavigationAccessControl {

        RolesFromRequest(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
            super(checkers, resolver);
        }

        @Override
        protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
            return request == null ? super.getRolesChecker(null) : request::isUserInRole;
        }
    }
}
