package com.offerbook.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The valuation migrations only add: a database made by the schema before them, with data in it, keeps every
 * figure when they run, and its offers have no assumptions (so they show today's figures).
 */
class ValuationMigrationTest {

    private static final String URL = "jdbc:h2:mem:valuation_migration;DB_CLOSE_DELAY=-1";

    @Test
    void migrating_a_database_with_offers_keeps_every_figure() throws Exception {
        // Flyway runs on the test's own connection, kept open throughout: H2 2.4 evaluates an "in (…)" check
        // constraint with the session that created it, and fails with "Check constraint invalid" once that session
        // is closed (a pool keeps it open in the app).
        try (var keeper = DriverManager.getConnection(URL, "sa", "")) {
            migrate(keeper);
        }
    }

    private static void migrate(Connection keeper) throws Exception {
        flyway(keeper, MigrationVersion.fromVersion("8")).migrate();
        try (var statement = keeper.createStatement()) {
            statement.execute("insert into user_account (id, username, password_hash, role, created_at) values "
                    + "(1, 'alice', 'x', 'USER', current_timestamp)");
            statement.execute(
                    "insert into offer (id, owner_id, company, role_title, currency, status, latest_recurring, "
                            + "last_change_at, created_at) values "
                            + "(10, 1, 'Anthropic', 'ML/AI Engineer', 'USD', 'NEGOTIATING', 511250, current_timestamp, "
                            + "current_timestamp)");
            statement.execute(
                    "insert into offer_revision (offer_id, sequence_no, kind, revision_date, base_salary, bonus_kind, "
                            + "bonus_value, equity_kind, equity_grant, vesting_percents, cliff_months, strike_price, "
                            + "liquidity_discount, signing_bonus, clawback_months, clawback_prorated, relocation, "
                            + "other_one_time, created_at) values "
                            + "(10, 1, 'COUNTER', date '2026-11-20', 330000, 'PERCENT_OF_BASE', 15, 'PRIVATE_RSU', "
                            + "725000, '5/15/40/40', 12, null, 25, 80000, 12, true, 10000.50, 0, current_timestamp)");
        }
        var before = figures(keeper);

        var applied = flyway(keeper, MigrationVersion.LATEST).migrate();

        assertThat(applied.migrationsExecuted).isGreaterThanOrEqualTo(3);
        // Later migrations may add columns (at the end of each row); every column that existed keeps its value.
        var after = figures(keeper);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).startsWith(before.get(i));
        }
        try (var statement = keeper.createStatement();
                var rows = statement.executeQuery("select count(*) from valuation_assumption")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    private static Flyway flyway(Connection connection, MigrationVersion target) {
        return Migrations.configure()
                .dataSource(new SingleConnectionDataSource(connection, true))
                .target(target)
                .load();
    }

    /** Every stored figure of every offer and revision, as text. */
    private static List<String> figures(Connection connection) throws Exception {
        var result = new ArrayList<String>();
        try (var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("select * from offer order by id")) {
                collect(rows, result);
            }
            try (var rows = statement.executeQuery("select * from offer_revision order by id")) {
                collect(rows, result);
            }
        }
        assertThat(result).isNotEmpty();
        return result;
    }

    private static void collect(ResultSet rows, List<String> into) throws Exception {
        var columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            var row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                row.append(rows.getMetaData().getColumnName(i))
                        .append('=')
                        .append(rows.getString(i))
                        .append(';');
            }
            into.add(row.toString());
        }
    }
}
