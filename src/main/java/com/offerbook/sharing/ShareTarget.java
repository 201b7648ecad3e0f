package com.offerbook.sharing;

import com.offerbook.base.Limits;
import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a link or a PDF shows: one offer, a comparison (its offers in order, whether staying at the current job is a
 * column, and the figure with its horizon), or the dashboard.
 */
public record ShareTarget(
        ShareKind kind,
        List<Long> offerIds,
        boolean stay,
        @Nullable FigureChoice choice) {

    public ShareTarget {
        offerIds = List.copyOf(offerIds);
    }

    public static ShareTarget offer(long offerId) {
        return new ShareTarget(ShareKind.OFFER, List.of(offerId), false, null);
    }

    public static ShareTarget comparison(List<Long> offerIds, boolean stay, FigureChoice choice) {
        return new ShareTarget(ShareKind.COMPARISON, offerIds, stay, choice);
    }

    /**
     * A comparison as an address writes it ({@code offers=1,2,stay&figure=bull&years=5}, as on Compare): ids that do not
     * read as numbers are left out, a figure or horizon that does not read is the default.
     */
    public static ShareTarget comparison(String offers, @Nullable String figure, @Nullable String years) {
        var parts = Arrays.stream(offers.split(",")).map(String::strip).toList();
        var ids = parts.stream()
                .filter(p -> p.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        var chosen =
                figure == null ? Figure.RECURRING : Figure.fromParameter(figure).orElse(Figure.RECURRING);
        int horizon = years != null && years.matches("\\d{1,2}") ? Integer.parseInt(years) : 0;
        if (horizon < Limits.MIN_HORIZON_YEARS || horizon > Limits.MAX_HORIZON_YEARS) {
            horizon = Limits.DEFAULT_HORIZON_YEARS;
        }
        return comparison(ids, parts.contains("stay"), new FigureChoice(chosen, horizon));
    }

    public static ShareTarget dashboard() {
        return new ShareTarget(ShareKind.DASHBOARD, List.of(), false, null);
    }
}
