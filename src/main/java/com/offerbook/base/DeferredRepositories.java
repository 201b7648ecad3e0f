package com.offerbook.base;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;

/**
 * Spring Data's deferred bootstrap ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}) as it works without
 * Spring AOT, for the production jar, whose application context is prepared when it is built: Hibernate is set up in
 * the background while the rest of the application starts, and the repositories are made ready once the context is
 * refreshed, so a broken mapping still stops the start.
 *
 * <p>Spring Data does this with an injection resolver and a listener that it registers while it scans for
 * repositories; the prepared context does not scan, so the jar had neither, and the first service that needed a
 * repository made the start wait for Hibernate (about 1.5 s; docs/performance.md, cold start). Here every injected
 * repository is a lazy proxy, resolved at its first call, and the listener below creates them all at the end of the
 * refresh, as Spring Data's own does. A request that needs the database before then waits for it.
 */
@Configuration(proxyBeanMethods = false)
class DeferredRepositories {

    @Bean
    static BeanFactoryPostProcessor lazyRepositoryInjection() {
        return beanFactory -> {
            if (beanFactory instanceof DefaultListableBeanFactory factory) {
                factory.setAutowireCandidateResolver(new LazyRepositories());
            }
        };
    }

    @EventListener
    void createRepositories(ContextRefreshedEvent event) {
        event.getApplicationContext().getBeansOfType(Repository.class);
    }

    /** Spring's own resolver ({@code @Lazy}, qualifiers, {@code @Value}), with repositories injected lazily too. */
    private static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
        }
    }
}
