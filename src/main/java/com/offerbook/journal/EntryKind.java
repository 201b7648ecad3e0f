package com.offerbook.journal;

/** What happened, in one entry of the negotiation log. */
public enum EntryKind {
    RECRUITER_CALL("Recruiter call"),
    EMAIL("E-mail"),
    INTERVIEW("Interview"),
    VERBAL_PROMISE("Verbal promise"),
    WRITTEN_OFFER("Written offer"),
    DEADLINE_EXTENDED("Deadline extended"),
    COUNTER_SENT("Counter sent");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
