package com.offerbook.bands;

import com.offerbook.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Bands to and from the CSV format, for {@link BandService}. */
@Component
class BandImportExport {
    /** Import rows checked and saved together. */
    private static final int IMPORT_BATCH = 1_000;

    private final BandRepository bands;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager entityManager;
    private final BandLibrary library;
    private final BandFacets facets;

    BandImportExport(
            BandRepository bands,
            CurrentUser currentUser,
            Clock clock,
            EntityManager entityManager,
            BandLibrary library,
            BandFacets facets) {
        this.bands = bands;
        this.facets = facets;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
        this.library = library;
    }

    /** Writes the bands the filter shows, in the CSV format, a page at a time. */
    void export(BandFilter filter, Writer writer) throws IOException {
        var pageable = PageRequest.of(0, 1000, Sort.by("company", "roleTitle", "region", "id"));
        try (var printer = BandCsv.printer(writer)) {
            Slice<BandDetails> page;
            do {
                page = library.list(filter, pageable);
                for (var band : page) {
                    printer.printRecord(BandCsv.values(band.draft()));
                }
                pageable = pageable.next();
            } while (page.hasNext());
        }
    }

    /**
     * Saves all drafts or none: checks every row first (rules, duplicates of existing bands and within the
     * list), and only if no row has a problem saves them in one transaction. Existing bands are looked up a
     * thousand rows at a time and saved bands leave the persistence context as they are written, so memory and
     * the number of queries stay proportional to a batch, not to the file.
     */
    ImportReport importAll(List<BandCsv.Row> rows, List<ImportReport.Problem> parseProblems) {
        var user = currentUser.require();
        var problems = new ArrayList<>(parseProblems);
        var seen = new HashSet<String>();
        var today = LocalDate.now(clock);
        for (int from = 0; from < rows.size(); from += IMPORT_BATCH) {
            var batch = rows.subList(from, Math.min(rows.size(), from + IMPORT_BATCH));
            var ruleProblems = batch.stream()
                    .map(row -> BandRules.check(row.draft(), today))
                    .toList();
            // Only rows that keep the rules are looked up (a text the database cannot even compare is refused first).
            var existing = existingIdentities(
                    IntStream.range(0, batch.size())
                            .filter(i -> ruleProblems.get(i).isEmpty())
                            .mapToObj(batch::get)
                            .toList(),
                    user.id());
            for (int i = 0; i < batch.size(); i++) {
                var row = batch.get(i);
                var draft = row.draft();
                ruleProblems
                        .get(i)
                        .forEach((field, message) ->
                                problems.add(new ImportReport.Problem(row.line(), BandCsv.columnOf(field), message)));
                if (draft.shared() && !user.isAdmin()) {
                    problems.add(new ImportReport.Problem(
                            row.line(), "shared", "Only administrators can import shared bands"));
                }
                var identity = identity(draft);
                if (!seen.add(draft.shared() + "|" + identity)) {
                    problems.add(new ImportReport.Problem(row.line(), "", "Same band as an earlier row of this file"));
                } else if (existing.contains(draft.shared() + "|" + identity)) {
                    problems.add(new ImportReport.Problem(
                            row.line(),
                            "",
                            "This band already exists (same company, role, family, level, region, currency and date)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(ImportReport.Problem::line));
            return new ImportReport(0, List.copyOf(problems), List.of());
        }
        var now = clock.instant();
        var warnings = new ArrayList<String>();
        var combinations = new LinkedHashMap<BandFacets.Facet, Integer>();
        for (int from = 0; from < rows.size(); from += IMPORT_BATCH) {
            var batch = rows.subList(from, Math.min(rows.size(), from + IMPORT_BATCH));
            for (var row : batch) {
                BandRules.warnings(row.draft()).forEach(w -> warnings.add("Line " + row.line() + ": " + w));
            }
            bands.saveAll(batch.stream()
                            .map(row -> new Band(row.draft().shared() ? null : user.id(), row.draft(), now))
                            .toList())
                    .forEach(band -> combinations.merge(band.facet(), 1, Integer::sum));
            bands.flush();
            entityManager.clear();
        }
        combinations.forEach(facets::added);
        return new ImportReport(rows.size(), List.of(), List.copyOf(warnings));
    }

    /** "shared|identity" of the stored bands that rows of this batch could duplicate, in both scopes the batch uses. */
    private Set<String> existingIdentities(List<BandCsv.Row> batch, long userId) {
        var identities = new HashSet<String>();
        for (boolean shared : new boolean[] {true, false}) {
            var keys = batch.stream()
                    .filter(row -> row.draft().shared() == shared)
                    .map(row -> MatchCriteria.key(
                            row.draft().company(),
                            row.draft().roleFamily(),
                            row.draft().region()))
                    .collect(Collectors.toSet());
            if (!keys.isEmpty()) {
                for (var columns : bands.findIdentities(shared ? null : userId, keys)) {
                    identities.add(shared + "|"
                            + identity(
                                    (String) columns[0],
                                    (String) columns[1],
                                    (String) columns[2],
                                    (String) columns[3],
                                    (LocalDate) columns[4]));
                }
            }
        }
        return identities;
    }

    private static String identity(BandDraft draft) {
        return identity(
                MatchCriteria.key(draft.company(), draft.roleFamily(), draft.region()),
                draft.roleTitle(),
                draft.levelLabel(),
                draft.currency(),
                draft.asOf());
    }

    private static String identity(String matchKey, String roleTitle, String level, String currency, LocalDate asOf) {
        return String.join("|", matchKey, roleTitle.strip(), level.strip(), currency, asOf.toString())
                .toLowerCase(Locale.ROOT);
    }
}
