package com.offerbook.comp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of equity a grant is. Only public-company RSUs can be sold freely. Companies name the same kinds
 * differently (Google's GSUs are RSUs of a listed company, OpenAI's PPUs are profit units, ISOs and NSOs are stock
 * options): {@link #fromName} reads those names, and {@link #alsoCalled()} says them next to the kind.
 */
public enum EquityKind {
    NONE("No equity", true, List.of("none", "no equity", "no stock"), ""),
    PUBLIC_RSU(
            "RSUs (public company)",
            true,
            List.of("public rsus", "gsus", "gsu", "google stock units", "rsus (public company)"),
            "RSUs of a listed company; Google calls them GSUs"),
    PRIVATE_RSU(
            "RSUs (private company)",
            false,
            List.of("private rsus", "double-trigger rsus", "double trigger rsus", "rsus (private company)"),
            "RSUs of a company not yet listed (often double-trigger)"),
    OPTIONS(
            "Stock options",
            false,
            List.of(
                    "stock options",
                    "options",
                    "isos",
                    "iso",
                    "nsos",
                    "nso",
                    "nqsos",
                    "incentive stock options",
                    "non-qualified stock options"),
            "ISOs or NSOs: the right to buy shares at the strike price"),
    PROFIT_UNITS(
            "Profit units (PPUs)",
            false,
            List.of(
                    "profit units",
                    "ppus",
                    "ppu",
                    "profit participation units",
                    "profits interests",
                    "profit units (ppus)"),
            "PPUs (profit participation units), as OpenAI grants them");

    /** Names that mean RSUs without saying whether the company is listed. */
    private static final List<String> RSU_NAMES =
            List.of("rsus", "rsu", "restricted stock units", "restricted stock unit", "stock units");

    private final String label;
    private final boolean liquid;
    private final List<String> names;
    private final String alsoCalled;

    EquityKind(String label, boolean liquid, List<String> names, String alsoCalled) {
        this.label = label;
        this.liquid = liquid;
        this.names = names;
        this.alsoCalled = alsoCalled;
    }

    public String label() {
        return label;
    }

    /** The names companies use for this kind, as a hint next to it ("" for no equity). */
    public String alsoCalled() {
        return alsoCalled;
    }

    /** Liquid equity can be sold when it vests; illiquid equity is shown at face value and risk-adjusted. */
    public boolean isLiquid() {
        return liquid;
    }

    public boolean hasStrikePrice() {
        return this == OPTIONS;
    }

    /**
     * The kind a name from an offer letter or a file means: the enum name ("PUBLIC_RSU"), the label, or a name
     * companies use ("GSUs", "PPUs", "ISOs"), ignoring case. Plain "RSUs" is public or private by the company's
     * status: empty when {@code listedCompany} is empty, since guessing would change the risk-adjusted figure.
     */
    public static Optional<EquityKind> fromName(String name, Optional<Boolean> listedCompany) {
        var key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (RSU_NAMES.contains(key)) {
            return listedCompany.map(listed -> listed ? PUBLIC_RSU : PRIVATE_RSU);
        }
        return Arrays.stream(values())
                .filter(kind -> kind.name().equalsIgnoreCase(key)
                        || kind.label.equalsIgnoreCase(key)
                        || kind.names.contains(key))
                .findFirst();
    }
}
