package com.offerbook;

import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Base of the browserless view tests: the whole Spring application with a simulated Vaadin UI in English (US), each
 * test rolled back.
 */
@SpringBootTest
@ViewPackages(packages = "com.offerbook")
@Transactional
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    /**
     * Every view test reads and writes amounts in English (US) ("250,000") unless it sets another locale on the UI:
     * the simulated browser's own language must not decide how a test's amounts are read.
     */
    @BeforeEach
    void readAmountsInEnglish() {
        UI.getCurrent().setLocale(Locale.US);
    }

    /** What {@code panel}'s chart shows; fails the test when the view has not given it one. */
    protected static ChartSpec specOf(ChartPanel panel) {
        return Objects.requireNonNull(panel.spec(), () -> panel.getId().orElse("a chart panel") + " shows no chart");
    }
}
