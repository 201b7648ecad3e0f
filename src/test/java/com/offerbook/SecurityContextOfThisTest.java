package com.offerbook;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, Spring Security's static {@link SecurityContextHolder} reads and writes through the strategy of
 * the test's own application context again.
 *
 * <p>Why: Vaadin's Spring integration gives every application context its own {@code
 * VaadinAwareSecurityContextHolderStrategy} (with its own thread-local) and installs it as the static strategy when
 * that context starts. The test cache keeps several contexts (a random port, other properties), so after a second
 * context started, {@code @WithMockUser} (which writes through the strategy bean of the test's context) and the
 * application (which reads {@code SecurityContextHolder}, e.g. {@code CurrentUser}) used two different thread-locals:
 * a view test run after such a test found nobody signed in. Registered in {@code META-INF/spring.factories}; runs
 * before Spring Security's {@code WithSecurityContextTestExecutionListener} (order 10000).
 */
public class SecurityContextOfThisTest extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(strategy -> {
                    if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                        SecurityContextHolder.setContextHolderStrategy(strategy);
                    }
                });
    }
}
