package com.offerbook.comp;

/** What kind of equity a grant is. Only public-company RSUs can be sold freely. */
public enum EquityKind {
    NONE("No equity", true),
    PUBLIC_RSU("RSUs (public company)", true),
    PRIVATE_RSU("RSUs (private company)", false),
    OPTIONS("Stock options", false),
    PROFIT_UNITS("Profit units (PPUs)", false);

    private final String label;
    private final boolean liquid;

    EquityKind(String label, boolean liquid) {
        this.label = label;
        this.liquid = liquid;
    }

    public String label() {
        return label;
    }

    /** Liquid equity can be sold when it vests; illiquid equity is shown at face value and risk-adjusted. */
    public boolean isLiquid() {
        return liquid;
    }

    public boolean hasStrikePrice() {
        return this == OPTIONS;
    }
}
