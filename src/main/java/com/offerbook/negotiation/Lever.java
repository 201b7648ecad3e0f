package com.offerbook.negotiation;

import java.math.BigDecimal;

/** A premium lever as shown and chosen in the planner. */
public record Lever(
        long id, String name, BigDecimal lowPercent, BigDecimal highPercent, String rationale, boolean shared) {}
