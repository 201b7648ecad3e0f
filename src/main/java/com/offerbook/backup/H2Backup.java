package com.offerbook.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a consistent copy of a running H2 file database into a zip file with H2's own {@code BACKUP TO}: the
 * database stays open for reads and writes meanwhile, and the copy is of one moment. Restoring is unzipping the
 * file into the database folder while the app is stopped (README, "Backup and restore").
 */
final class H2Backup {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private H2Backup() {}

    /** Whether the database is one H2 can back up: an H2 file database (not in memory, not PostgreSQL). */
    static boolean supported(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((Connection connection) -> {
            var url = connection.getMetaData().getURL();
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        }));
    }

    static Path write(JdbcTemplate jdbc, Path directory, Instant now) throws IOException {
        Files.createDirectories(directory);
        var file = directory.toAbsolutePath().normalize().resolve("offerbook-" + STAMP.format(now) + ".zip");
        try {
            jdbc.execute((Connection connection) -> {
                try (var statement = connection.prepareStatement("BACKUP TO ?")) {
                    statement.setString(1, file.toString());
                    statement.execute();
                }
                return null;
            });
        } catch (DataAccessException e) {
            throw new IOException(
                    "The backup could not be written to " + file + ": "
                            + e.getMostSpecificCause().getMessage(),
                    e);
        }
        return file;
    }
}
