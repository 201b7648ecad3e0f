package com.offerbook.valuation;

import com.offerbook.comp.LeavingCost;
import com.offerbook.comp.MakeWhole;
import com.offerbook.comp.Projection;

/** The recorded current job in its own currency: staying projected, what leaving costs, the make-whole amount. */
public record Leaving(CurrentJobDraft job, Projection stay, LeavingCost costOfLeaving, MakeWhole makeWhole) {}
