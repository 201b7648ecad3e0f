package com.offerbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.data.repository.Repository;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

/**
 * What the start no longer does (issue 15, cold start; docs/performance.md): repositories are handed out lazily so
 * that the rest of the application is set up while Hibernate starts in the background, and neither Micrometer's
 * meters nor Spring Security's token clients are built.
 */
@SpringBootTest
class StartupWorkTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void an_injected_repository_is_a_lazy_proxy_and_every_repository_exists_once_the_context_is_refreshed()
            throws NoSuchMethodException {
        var factory = (DefaultListableBeanFactory) context.getBeanFactory();
        // Spring Data installs a resolver like this one only while it scans, which the production jar does not do.
        assertThat(factory.getAutowireCandidateResolver().getClass().getEnclosingClass())
                .isEqualTo(DeferredRepositories.class);
        var parameter = new MethodParameter(Injected.class.getDeclaredConstructor(Repository.class), 0);
        var injected = factory.resolveDependency(new DependencyDescriptor(parameter, true), "injected");

        // Spring Data's own repository proxy has a fixed target; the lazy one looks its target up at the first call.
        assertThat(injected)
                .isInstanceOfSatisfying(
                        Advised.class,
                        proxy -> assertThat(proxy.getTargetSource().isStatic()).isFalse());
        var repositories = factory.getBeanNamesForType(Repository.class, true, false);
        assertThat(repositories)
                .isNotEmpty()
                .allSatisfy(name ->
                        assertThat(factory.containsSingleton(name)).as(name).isTrue());
    }

    @Test
    void no_meters_or_observations_are_set_up() {
        assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
    }

    @Test
    void the_authorized_client_manager_asks_no_provider_for_tokens() {
        var manager = context.getBean(OAuth2AuthorizedClientManager.class);
        var principal = new TestingAuthenticationToken("someone", "", AuthorityUtils.NO_AUTHORITIES);

        // Spring Security's own manager would refuse an unknown registration; Offerbook's authorizes nothing.
        assertThat(manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("unknown")
                        .principal(principal)
                        .build()))
                .isNull();
    }

    /** Stands for any bean that takes a repository in its constructor. */
    static final class Injected {

        Injected(Repository<?, ?> repository) {}
    }
}
