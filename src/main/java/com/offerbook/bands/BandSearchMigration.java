package com.offerbook.bands;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Migration V028: the band's search columns ({@link BandSearch}), filled for the bands that exist, and the index the
 * grid's search and its default order use. In Java rather than SQL because the columns are filled with the same
 * {@link BandSearch#normalise} the application uses on every write (neither H2 nor a plain PostgreSQL can fold
 * accents in SQL), and because on PostgreSQL the column is declared with the "C" collation, so that one plain index
 * answers both {@code like 'prefix%'} and the order by the column (with a language collation it could not); H2
 * compares by character code anyway. Spring Boot hands this bean to Flyway with the SQL migrations in db/migration.
 */
@Component
public class BandSearchMigration implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("028");
    }

    @Override
    public String getDescription() {
        return "band search columns";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return 28_001; // change when this migration changes, so that validation notices
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        var collate = postgres ? " collate \"C\"" : "";
        execute(
                connection,
                "alter table band add column search_company varchar(120)" + collate + " not null default ''");
        execute(connection, "alter table band add column search_level varchar(60)" + collate + " not null default ''");
        fill(connection);
        // The grid sorts by company (now its search column), role and region; the search column leads the index.
        execute(connection, "create index ix_band_search_company on band (search_company, role_title, region, id)");
        execute(connection, "drop index ix_band_company_role_region");
    }

    private static void fill(Connection connection) throws SQLException {
        try (var select = connection.prepareStatement("select id, company, level_label from band order by id");
                var update = connection.prepareStatement(
                        "update band set search_company = ?, search_level = ? where id = ?")) {
            select.setFetchSize(BATCH);
            try (var rows = select.executeQuery()) {
                int pending = 0;
                while (rows.next()) {
                    update.setString(1, BandSearch.normalise(rows.getString(2)));
                    update.setString(2, BandSearch.normalise(rows.getString(3)));
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
