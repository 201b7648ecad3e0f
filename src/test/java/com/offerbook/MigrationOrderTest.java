package com.offerbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A new migration is numbered above every migration already released: Flyway refuses to start a database whose
 * newest applied version is higher than a migration it has not applied ("resolved migration not applied"), so a
 * branch that took a free low number (a share-link table as V024 after V029 was released) would stop every existing
 * install. When a version is released, add it to {@link #RELEASED}.
 */
class MigrationOrderTest {

    /** Versions on main when the last session stopped (V028 is the Java migration bands.BandSearchMigration). */
    static final Set<Integer> RELEASED = Set.of(
            1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 18, 19, 20, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33,
            34);

    @Test
    void every_migration_not_yet_released_is_numbered_above_the_newest_released_one() throws IOException {
        var newestReleased = RELEASED.stream().mapToInt(Integer::intValue).max().orElseThrow();
        var unreleased = new TreeSet<Integer>();
        try (var files = Files.list(Path.of("db/migration"))) {
            for (var file : files.toList()) {
                var version = Integer.parseInt(file.getFileName().toString().replaceFirst("^V(\\d+)__.*$", "$1"));
                if (!RELEASED.contains(version)) {
                    unreleased.add(version);
                }
            }
        }

        assertThat(unreleased)
                .allSatisfy(version -> assertThat(version)
                        .as("V%03d is below V%03d, which existing databases already have", version, newestReleased)
                        .isGreaterThan(newestReleased));
    }
}
