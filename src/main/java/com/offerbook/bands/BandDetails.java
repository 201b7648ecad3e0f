package com.offerbook.bands;

import com.offerbook.comp.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** A band as the rest of the application sees it. */
public record BandDetails(long id, long version, BandDraft draft, boolean stale, boolean editable) {

    /** Bands whose as-of date is more than this many months ago are flagged as stale. */
    public static final int STALE_AFTER_MONTHS = 12;

    public static boolean isStale(LocalDate asOf, LocalDate today) {
        return asOf.isBefore(today.minusMonths(STALE_AFTER_MONTHS));
    }

    public Currency currency() {
        return Currency.getInstance(draft.currency());
    }

    public Money money(BigDecimal amount) {
        return new Money(amount, currency());
    }

    /** "Anthropic · ML/AI Engineer · San Francisco Bay Area" (level added when there is one). */
    public String title() {
        var level = draft.levelLabel().isBlank() ? "" : " " + draft.levelLabel();
        return draft.company() + " · " + draft.roleTitle() + level + " · " + draft.region();
    }

    public @Nullable Range range(Component component) {
        return switch (component) {
            case BASE -> draft.base();
            case EQUITY -> draft.equity();
            case BONUS -> draft.bonus();
            case TOTAL -> draft.totalComp();
        };
    }

    /** The components a band states a range for. */
    public enum Component {
        BASE("Base salary"),
        EQUITY("Equity grant"),
        BONUS("Target bonus"),
        TOTAL("Total comp (annual)");

        private final String label;

        Component(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
