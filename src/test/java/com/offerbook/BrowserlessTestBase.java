package com.offerbook;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Base of the browserless view tests: the whole Spring application with a simulated Vaadin UI, each test
 * rolled back.
 */
@SpringBootTest
@ViewPackages(packages = "com.offerbook")
@Transactional
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {}
