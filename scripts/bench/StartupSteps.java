import org.springframework.boot.SpringApplication;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Starts Offerbook (from its extracted jar, with the context Spring AOT prepared) with Spring's start-up steps
 * recorded as flight-recorder events. Run by scripts/bench/start-steps.sh.
 */
public class StartupSteps {
    public static void main(String[] args) {
        System.setProperty("spring.aot.enabled", "true");
        var app = new SpringApplication(com.offerbook.Application.class);
        app.setMainApplicationClass(com.offerbook.Application.class);
        app.setApplicationStartup(new FlightRecorderApplicationStartup());
        // the application's class loader, not the one that compiled this file: proxies of the package-private
        // repository interfaces must be defined by the loader that defined them
        app.setResourceLoader(new DefaultResourceLoader(com.offerbook.Application.class.getClassLoader()));
        app.run(args);
    }
}
