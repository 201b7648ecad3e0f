package com.offerbook;

import com.offerbook.bands.BandSearchMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway set up as the application sets it up (Spring Boot adds the Java migration beans to the SQL files), for
 * tests that migrate a database of their own without the application.
 */
public final class Migrations {

    private Migrations() {}

    /** The SQL migrations of {@code location} (a Flyway location, e.g. "filesystem:db/migration") and the Java ones. */
    public static FluentConfiguration configure(String location) {
        return Flyway.configure().locations(location).javaMigrations(new BandSearchMigration());
    }

    public static FluentConfiguration configure() {
        return configure("filesystem:db/migration");
    }
}
