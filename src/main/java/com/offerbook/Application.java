package com.offerbook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Offerbook: a self-hosted dashboard for recording job offers, comparing them with compensation bands and
 * planning a counter-offer.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    private final Environment environment;

    Application(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        useContextPreparedAtBuild();
        SpringApplication.run(Application.class, args);
    }

    /**
     * The packaged jar starts from the application context that Spring's AOT processing prepared when it was built
     * (pom.xml, process-aot), which saves the start the work of scanning and evaluating configuration. Only from a
     * jar: {@code spring-boot:run} and the tests run from compiled classes, which may be newer than the prepared
     * context. {@code -Dspring.aot.enabled=false} opts out.
     */
    static void useContextPreparedAtBuild() {
        var self = Application.class.getResource("Application.class");
        boolean fromJar = self != null && "jar".equals(self.getProtocol());
        boolean prepared = Application.class.getResource("Application__ApplicationContextInitializer.class") != null;
        if (fromJar && prepared && System.getProperty(AotDetector.AOT_ENABLED) == null) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announceUrl() {
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("Offerbook is ready: open http://localhost:{}/ in your browser", port);
    }
}
