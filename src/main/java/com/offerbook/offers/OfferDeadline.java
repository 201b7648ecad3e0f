package com.offerbook.offers;

import java.time.LocalDate;

/** An offer's deadline, for lists of what is due: which offer, whose it is and whether it is still open. */
public record OfferDeadline(long id, String company, LocalDate deadline, OfferStatus status) {}
