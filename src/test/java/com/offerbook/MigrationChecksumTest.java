package com.offerbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway refuses to start when a migration that was already applied has been changed. */
class MigrationChecksumTest {

    @Test
    void a_changed_applied_migration_stops_the_start(@TempDir Path dir) throws Exception {
        var migrations = dir.resolve("migration");
        Files.createDirectories(migrations);
        try (var files = Files.list(Path.of("db/migration"))) {
            for (var file : files.toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
        var url = "jdbc:h2:mem:checksum;DB_CLOSE_DELAY=-1";
        var flyway = Migrations.configure("filesystem:" + migrations)
                .dataSource(url, "sa", "")
                .validateOnMigrate(true)
                .load();
        assertThat(flyway.migrate().migrationsExecuted).isGreaterThanOrEqualTo(6);

        var first = migrations.resolve("V001__create_user_account.sql");
        Files.writeString(first, Files.readString(first) + "\n-- edited after it was applied\n");

        assertThatThrownBy(() -> Migrations.configure("filesystem:" + migrations)
                        .dataSource(url, "sa", "")
                        .validateOnMigrate(true)
                        .load()
                        .migrate())
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch");
    }
}
