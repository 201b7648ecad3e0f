package com.offerbook.bands;

import java.util.List;

/** What an import did: how many bands it saved (all or none), each rejected row's problem, and warnings. */
public record ImportReport(int saved, List<Problem> problems, List<String> warnings) {

    /** One rejected row: the file's line number, the column at fault (blank when the whole row is) and why. */
    public record Problem(long line, String column, String reason) {}

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
