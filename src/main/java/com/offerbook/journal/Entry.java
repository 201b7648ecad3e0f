package com.offerbook.journal;

/** A stored entry of the negotiation log; {@code version} guards concurrent edits. */
public record Entry(long id, long offerId, long version, EntryDraft draft) {}
