package com.offerbook;

import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.Objects;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Base of the browserless view tests: the whole Spring application with a simulated Vaadin UI, each test
 * rolled back.
 */
@SpringBootTest
@ViewPackages(packages = "com.offerbook")
@Transactional
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    /** What {@code panel}'s chart shows; fails the test when the view has not given it one. */
    protected static ChartSpec specOf(ChartPanel panel) {
        return Objects.requireNonNull(
                panel.chart.getSpec(), () -> panel.getId().orElse("a chart panel") + " shows no chart");
    }
}
