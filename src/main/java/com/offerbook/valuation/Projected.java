package com.offerbook.valuation;

import com.offerbook.comp.Projection;

/** An offer's latest revision projected over a chosen horizon, and which assumptions the projection used. */
public record Projected(Worth.AssumptionsInUse used, Projection projection) {}
