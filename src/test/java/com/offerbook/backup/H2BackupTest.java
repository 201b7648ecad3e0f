package com.offerbook.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** A backup of a running H2 file database is a copy of one moment, and unzipping it restores that moment. */
class H2BackupTest {

    @Test
    void a_backup_restores_the_data_written_before_it_and_not_after(@TempDir Path dir) throws Exception {
        var live = jdbc("jdbc:h2:file:" + dir.resolve("live/offerbook"));
        Migrations.configure().dataSource(live.getDataSource()).load().migrate();
        live.update("insert into user_account (username, username_key, password_hash, role, created_at) "
                + "values ('ada', 'ada', 'x', 'USER', current_timestamp)");
        assertThat(H2Backup.supported(live)).isTrue();

        var file = H2Backup.write(live, dir.resolve("backups"), Instant.parse("2026-11-27T08:30:00Z"));
        live.update("insert into user_account (username, username_key, password_hash, role, created_at) "
                + "values ('grace', 'grace', 'x', 'USER', current_timestamp)");

        assertThat(file.getFileName().toString()).isEqualTo("offerbook-20261127-083000.zip");
        // Restore as the README says: unzip into an empty database folder, then start on it.
        var restored = dir.resolve("restored");
        unzip(file, restored);
        var copy = jdbc("jdbc:h2:file:" + restored.resolve("offerbook"));
        assertThat(copy.queryForList("select username from user_account order by username", String.class))
                .containsExactly("ada");
        assertThat(copy.queryForObject(
                        "select count(*) from \"flyway_schema_history\" where \"success\"", Integer.class))
                .isPositive();
        assertThat(live.queryForList("select username from user_account order by username", String.class))
                .containsExactly("ada", "grace");
    }

    @Test
    void an_in_memory_database_cannot_be_backed_up_this_way() {
        assertThat(H2Backup.supported(jdbc("jdbc:h2:mem:backup-test"))).isFalse();
    }

    private static JdbcTemplate jdbc(String url) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("offerbook");
        return new JdbcTemplate(dataSource);
    }

    private static void unzip(Path zip, Path target) throws Exception {
        Files.createDirectories(target);
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, target.resolve(entry.getName()));
            }
        }
    }
}
