package com.offerbook.bands;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The band library. Everyone sees the shared bands and their own private ones; a private band of another user
 * answers "not found". Shared bands are changed only by administrators.
 *
 * <p>A facade with the transactions: the library itself ({@link BandLibrary}), matching offers to bands
 * ({@link BandMatching}) and the CSV import and export ({@link BandImportExport}) are package-private helpers.
 */
@Service
@Transactional(readOnly = true)
public class BandService {

    /** The outcome of a save: the band's id and any consistency warnings (which do not stop the save). */
    public record Saved(long id, List<String> warnings) {}

    private final BandLibrary library;
    private final BandMatching matching;
    private final BandImportExport importExport;

    BandService(BandLibrary library, BandMatching matching, BandImportExport importExport) {
        this.library = library;
        this.matching = matching;
        this.importExport = importExport;
    }

    public Slice<BandDetails> list(BandFilter filter, Pageable pageable) {
        return library.list(filter, pageable);
    }

    /**
     * A page of what a band picker offers for the company typed so far: every band the user may see, by company and
     * region. One source for every picker (offer details, the negotiation planner).
     */
    public Slice<BandDetails> pick(String company, int page, int pageSize) {
        return library.pick(company, page, pageSize);
    }

    public BandDetails get(long id) {
        return library.get(id);
    }

    /** Every role family of the bands the user may see, sorted: what the band editor suggests. */
    public List<String> roleFamilies() {
        return choices(BandFilter.Choice.ROLE_FAMILY, BandFilter.none());
    }

    /** Every region of the bands the user may see, sorted. */
    public List<String> regions() {
        return choices(BandFilter.Choice.REGION, BandFilter.none());
    }

    /**
     * What a filter list of the bands grid offers: the values that bands the user may see have together with the
     * filter's other choices, sorted, so that no choice leads to an empty grid for want of a combination.
     */
    public List<String> choices(BandFilter.Choice choice, BandFilter filter) {
        return library.choices(choice, filter);
    }

    public boolean canManageShared() {
        return library.canManageShared();
    }

    @Transactional
    public Saved create(BandDraft draft) {
        return library.create(draft);
    }

    @Transactional
    public Saved update(long id, long expectedVersion, BandDraft draft) {
        return library.update(id, expectedVersion, draft);
    }

    @Transactional
    public void delete(long id) {
        library.delete(id);
    }

    /**
     * The band to compare an offer with: the pinned one if still visible; else the newest band of the same
     * company, role family and region; else the newest band in the region at a level the level mapping says is
     * equivalent. Empty when nothing fits: the caller says so rather than guess.
     */
    public Optional<BandMatch> match(MatchCriteria criteria) {
        return matchAll(List.of(criteria)).getFirst();
    }

    /**
     * {@link #match} for several offers at once, in their order. Matches are kept between pages until a band or the
     * level mapping changes; those not kept are read together: the pinned and same-company bands of all of them from
     * one query each, whatever the number of offers or bands; only an offer that has neither costs one more query
     * (for the equivalent levels).
     */
    public List<Optional<BandMatch>> matchAll(List<MatchCriteria> criteria) {
        return matching.matchAll(criteria);
    }

    /** "Google L5", "Meta IC5", … : the levels at other companies in the same tier as this company's level. */
    public List<String> equivalentLevels(MatchCriteria criteria) {
        return matching.equivalentLevels(criteria);
    }

    /**
     * The levels known for the company typed (ignoring case), junior first, each with the other names people use
     * for it: what the level field suggests. Empty for a company the mapping does not know.
     */
    public List<KnownLevel> knownLevels(String company) {
        return matching.knownLevels(company);
    }

    /** Writes the bands the filter shows, in the CSV format, a page at a time. */
    public void export(BandFilter filter, Writer writer) throws IOException {
        importExport.export(filter, writer);
    }

    /**
     * Saves all drafts or none: checks every row first (rules, duplicates of existing bands and within the
     * list), and only if no row has a problem saves them in one transaction (see {@link BandImportExport}).
     */
    @Transactional
    public ImportReport importAll(List<BandCsv.Row> rows, List<ImportReport.Problem> parseProblems) {
        return importExport.importAll(rows, parseProblems);
    }
}
