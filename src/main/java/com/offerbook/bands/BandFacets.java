package com.offerbook.bands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The combinations of role family, region, currency and level that the library holds, per scope, with how many bands
 * have each (table {@code band_facet}, migration V035). A library of 100,000 bands holds a few hundred, so what the
 * bands grid needs to know about its filters comes from here in well under a millisecond:
 *
 * <ul>
 *   <li>how many bands the user may see have the chosen combination ({@link #find}): none, and the grid needs no query
 *       at all; a few, and the grid reads just those through their {@link Facet#key() keys}, instead of reading the
 *       library in its order until a page is full, which for a rare value is the whole library;
 *   <li>which values each filter list offers together with the other choices ({@link #values}).
 * </ul>
 *
 * <p>Every write of a band counts its combination in the same transaction, after the band is flushed: {@link #added}
 * and {@link #removed}. A count is changed by an update, which locks its row, so writes at the same moment add up. Two
 * transactions that add the first band of a combination at the same moment may each insert a row; the rows are added
 * up, so the total stays right.
 */
@Component
class BandFacets {

    /** One combination: the scope (no owner: shared), role family, region, currency and the searched level. */
    record Facet(@Nullable Long ownerId, String roleFamily, String region, String currency, String searchLevel) {

        /**
         * The combination as one text, stored with each band ({@code band.facet_key}, indexed). Two combinations
         * could in theory give the same text (a "|" inside a value); a key only leads the grid to its bands, whose
         * own columns are still compared with the filter.
         */
        String key() {
            return BandSearch.facetKey(roleFamily, region, currency, searchLevel);
        }
    }

    /** How many bands the user may see match a filter's combination, and the keys of those combinations. */
    record Found(long bands, List<String> keys) {}

    /** How often a decrement that lost a race to another transaction is tried again. */
    private static final int MAX_ATTEMPTS = 10;

    private final JdbcClient jdbc;

    BandFacets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts {@code bands} more bands with this combination (a new band, or one that now has it). */
    void added(Facet facet, int bands) {
        var parameters = new ArrayList<Object>();
        parameters.add(bands);
        parameters.addAll(keyParameters(facet));
        parameters.addAll(keyParameters(facet));
        int touched = jdbc.sql("update band_facet set bands = bands + ? where " + KEY + owner(facet)
                        + " and id = (select min(id) from band_facet where " + KEY + owner(facet) + ")")
                .params(parameters)
                .update();
        if (touched == 0) {
            jdbc.sql("insert into band_facet (owner_id, facet_key, role_family, region, currency, search_level, bands)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(Arrays.asList(
                            facet.ownerId(),
                            facet.key(),
                            facet.roleFamily(),
                            facet.region(),
                            facet.currency(),
                            facet.searchLevel(),
                            bands))
                    .update();
        }
    }

    /**
     * Counts one band fewer with this combination, and forgets the combination once no band has it. The row is
     * changed only while its count is above zero: when another transaction took it to zero first, the statement
     * changes nothing and runs again, and then sees that transaction's result.
     */
    void removed(Facet facet) {
        var parameters = keyParameters(facet);
        var twice = new ArrayList<>(parameters);
        twice.addAll(parameters);
        var decrement = "update band_facet set bands = bands - 1 where " + KEY + owner(facet) + " and bands > 0"
                + " and id = (select min(id) from band_facet where " + KEY + owner(facet) + " and bands > 0)";
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (jdbc.sql(decrement).params(twice).update() == 1) {
                break;
            }
        }
        jdbc.sql("delete from band_facet where " + KEY + owner(facet) + " and bands <= 0")
                .params(parameters)
                .update();
    }

    /** The combinations the filter's role family, region, currency and level match among the bands the user sees. */
    Found find(long userId, BandFilter filter) {
        var parameters = new ArrayList<@Nullable Object>();
        var where = where(userId, filter, null, parameters);
        var rows = jdbc.sql("select facet_key, sum(bands) from band_facet where " + where
                        + " group by facet_key having sum(bands) > 0")
                .params(parameters)
                .query((row, n) -> new Found(row.getLong(2), List.of(row.getString(1))))
                .list();
        return new Found(
                rows.stream().mapToLong(Found::bands).sum(),
                rows.stream().flatMap(found -> found.keys().stream()).toList());
    }

    /**
     * The values of one filter list, sorted: those that bands the user may see have together with the filter's other
     * choices (its own choice is left out, so the list still offers the alternatives).
     */
    List<String> values(BandFilter.Choice choice, long userId, BandFilter filter) {
        var parameters = new ArrayList<@Nullable Object>();
        var where = where(userId, filter, choice, parameters);
        var column = column(choice);
        return jdbc.sql("select " + column + " from band_facet where " + where + " group by " + column
                        + " having sum(bands) > 0 order by " + column)
                .params(parameters)
                .query((rows, row) -> rows.getString(1))
                .list();
    }

    /** True when the filter narrows by anything this table knows (the company is not in it). */
    static boolean narrows(BandFilter filter) {
        return Arrays.stream(BandFilter.Choice.values())
                        .anyMatch(choice -> !filter.value(choice).isBlank())
                || !BandSearch.prefixPattern(filter.level()).isEmpty();
    }

    /** A combination's rows: its key leads the index; the columns make it exact. */
    private static final String KEY =
            "facet_key = ? and role_family = ? and region = ? and currency = ? and search_level = ? and ";

    private static String where(
            long userId, BandFilter filter, BandFilter.@Nullable Choice except, List<@Nullable Object> parameters) {
        var where = new StringBuilder(
                switch (filter.scope()) {
                    case SHARED -> "owner_id is null";
                    case PRIVATE -> "owner_id = ?";
                    case ALL -> "(owner_id is null or owner_id = ?)";
                });
        if (filter.scope() != BandFilter.Scope.SHARED) {
            parameters.add(userId);
        }
        for (var choice : BandFilter.Choice.values()) {
            var value = filter.value(choice).strip();
            if (choice != except && !value.isEmpty()) {
                where.append(" and ").append(column(choice)).append(" = ?");
                parameters.add(value);
            }
        }
        var level = BandSearch.prefixPattern(filter.level());
        if (!level.isEmpty()) {
            where.append(" and search_level like ? escape '")
                    .append(BandSearch.ESCAPE)
                    .append("'");
            parameters.add(level);
        }
        return where.toString();
    }

    private static String column(BandFilter.Choice choice) {
        return switch (choice) {
            case ROLE_FAMILY -> "role_family";
            case REGION -> "region";
            case CURRENCY -> "currency";
        };
    }

    private static String owner(Facet facet) {
        return facet.ownerId() == null ? "owner_id is null" : "owner_id = ?";
    }

    /** The parameters of {@link #KEY} and {@link #owner}, in their order. */
    private static ArrayList<Object> keyParameters(Facet facet) {
        var parameters = new ArrayList<Object>(7);
        parameters.addAll(
                List.of(facet.key(), facet.roleFamily(), facet.region(), facet.currency(), facet.searchLevel()));
        if (facet.ownerId() != null) {
            parameters.add(facet.ownerId());
        }
        return parameters;
    }
}
