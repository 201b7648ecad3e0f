package com.offerbook.bands;

import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The band library. Everyone sees the shared bands and their own private ones; a private band of another user
 * answers "not found". Shared bands are changed only by administrators.
 */
@Service
@Transactional(readOnly = true)
public class BandService {

    /** The outcome of a save: the band's id and any consistency warnings (which do not stop the save). */
    public record Saved(long id, List<String> warnings) {
    }

    private final BandRepository bands;
    private final LevelTierRepository tiers;
    private final CurrentUser currentUser;
    private final Clock clock;

    BandService(BandRepository bands, LevelTierRepository tiers, CurrentUser currentUser, Clock clock) {
        this.bands = bands;
        this.tiers = tiers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Page<BandDetails> list(BandFilter filter, Pageable pageable) {
        var user = currentUser.require();
        return bands.search(user.id(), filter.scope() == BandFilter.Scope.SHARED, filter.scope() == BandFilter.Scope.PRIVATE,
                like(filter.company()), filter.roleFamily().strip(), filter.region().strip(), like(filter.level()),
                filter.currency().strip(), pageable).map(band -> toDetails(band, user.id(), user.isAdmin()));
    }

    public BandDetails get(long id) {
        var user = currentUser.require();
        return toDetails(load(id, user.id()), user.id(), user.isAdmin());
    }

    public List<String> roleFamilies() {
        return bands.findRoleFamilies(currentUser.id());
    }

    public List<String> regions() {
        return bands.findRegions(currentUser.id());
    }

    public boolean canManageShared() {
        return currentUser.require().isAdmin();
    }

    @Transactional
    public Saved create(BandDraft draft) {
        var user = currentUser.require();
        requireMayWrite(draft.shared(), user.isAdmin());
        requireValid(draft);
        var band = bands.saveAndFlush(new Band(draft.shared() ? null : user.id(), draft, clock.instant()));
        return new Saved(Objects.requireNonNull(band.getId()), BandRules.warnings(draft));
    }

    @Transactional
    public Saved update(long id, long expectedVersion, BandDraft draft) {
        var user = currentUser.require();
        var band = load(id, user.id());
        requireMayWrite(band.getOwnerId() == null, user.isAdmin());
        if (draft.shared() != (band.getOwnerId() == null)) {
            throw new InvalidInputException(java.util.Map.of("shared", "A band cannot move between shared and private; create a new one"));
        }
        requireValid(draft);
        if (band.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        band.apply(draft);
        try {
            bands.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        return new Saved(id, BandRules.warnings(draft));
    }

    @Transactional
    public void delete(long id) {
        var user = currentUser.require();
        var band = load(id, user.id());
        requireMayWrite(band.getOwnerId() == null, user.isAdmin());
        bands.delete(band);
        bands.flush();
    }

    /**
     * The band to compare an offer with: the pinned one if still visible; else the newest band of the same
     * company, role family and region; else the newest band in the region at a level the level mapping says is
     * equivalent. Empty when nothing fits: the caller says so rather than guess.
     */
    public Optional<BandMatch> match(MatchCriteria criteria) {
        var user = currentUser.require();
        var firstOnly = PageRequest.of(0, 1);
        if (criteria.pinnedBandId() != null) {
            var pinned = bands.findVisible(criteria.pinnedBandId(), user.id());
            if (pinned.isPresent()) {
                return Optional.of(new BandMatch(toDetails(pinned.get(), user.id(), user.isAdmin()), BandMatch.Kind.PINNED,
                        equivalentLevels(criteria)));
            }
        }
        var sameCompany = bands.findSameCompany(user.id(), criteria.company(), criteria.roleFamily(), criteria.region(), firstOnly);
        if (!sameCompany.isEmpty()) {
            return Optional.of(new BandMatch(toDetails(sameCompany.getFirst(), user.id(), user.isAdmin()),
                    BandMatch.Kind.SAME_COMPANY, equivalentLevels(criteria)));
        }
        var tierIds = tiers.findTierIds(criteria.company(), criteria.levelLabel());
        if (tierIds.isEmpty()) {
            return Optional.empty();
        }
        return bands.findInTiers(user.id(), tierIds, criteria.region(), firstOnly).stream().findFirst()
                .map(band -> new BandMatch(toDetails(band, user.id(), user.isAdmin()), BandMatch.Kind.EQUIVALENT_LEVEL,
                        equivalentLevels(criteria)));
    }

    /** "Google L5", "Meta IC5", … : the levels at other companies in the same tier as this company's level. */
    public List<String> equivalentLevels(MatchCriteria criteria) {
        var tierIds = tiers.findTierIds(criteria.company(), criteria.levelLabel());
        if (tierIds.isEmpty()) {
            return List.of();
        }
        return tiers.findByTierIds(tierIds).stream()
                .filter(e -> !e.getCompany().equalsIgnoreCase(criteria.company()))
                .map(e -> (e.getCompany() + " " + e.getLevelLabel()).strip())
                .distinct()
                .toList();
    }

    /** Writes the bands the filter shows, in the CSV format, a page at a time. */
    public void export(BandFilter filter, java.io.Writer writer) throws java.io.IOException {
        var pageable = PageRequest.of(0, 1000, org.springframework.data.domain.Sort.by("company", "roleTitle", "region", "id"));
        try (var printer = BandCsv.printer(writer)) {
            Page<BandDetails> page;
            do {
                page = list(filter, pageable);
                for (var band : page) {
                    printer.printRecord(BandCsv.values(band.draft()));
                }
                pageable = pageable.next();
            } while (page.hasNext());
        }
    }

    /**
     * Saves all drafts or none: checks every row first (rules, duplicates of existing bands and within the
     * list), and only if no row has a problem saves them in one transaction.
     */
    @Transactional
    public ImportReport importAll(List<BandCsv.Row> rows, List<ImportReport.Problem> parseProblems) {
        var user = currentUser.require();
        var problems = new ArrayList<>(parseProblems);
        var seen = new java.util.HashSet<String>();
        var today = LocalDate.now(clock);
        for (var row : rows) {
            var draft = row.draft();
            BandRules.check(draft, today).forEach((field, message) ->
                    problems.add(new ImportReport.Problem(row.line(), BandCsv.columnOf(field), message)));
            if (draft.shared() && !user.isAdmin()) {
                problems.add(new ImportReport.Problem(row.line(), "shared", "Only administrators can import shared bands"));
            }
            var key = String.join("|", draft.company(), draft.roleTitle(), draft.levelLabel(), draft.region(),
                    draft.currency(), draft.asOf().toString(), String.valueOf(draft.shared())).toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                problems.add(new ImportReport.Problem(row.line(), "", "Same band as an earlier row of this file"));
            } else if (bands.existsSame(draft.shared() ? null : user.id(), draft.company(), draft.roleTitle(),
                    draft.levelLabel(), draft.region(), draft.currency(), draft.asOf())) {
                problems.add(new ImportReport.Problem(row.line(), "", "This band already exists (same company, role, level, region, currency and date)"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(ImportReport.Problem::line));
            return new ImportReport(0, List.copyOf(problems), List.of());
        }
        var now = clock.instant();
        var warnings = new ArrayList<String>();
        var batch = new ArrayList<Band>(500);
        for (var row : rows) {
            BandRules.warnings(row.draft()).forEach(w -> warnings.add("Line " + row.line() + ": " + w));
            batch.add(new Band(row.draft().shared() ? null : user.id(), row.draft(), now));
            if (batch.size() == 500) {
                bands.saveAll(batch);
                bands.flush();
                batch.clear();
            }
        }
        bands.saveAll(batch);
        bands.flush();
        return new ImportReport(rows.size(), List.of(), List.copyOf(warnings));
    }

    private Band load(long id, long userId) {
        return bands.findVisible(id, userId).orElseThrow(() -> new NotFoundException("Band"));
    }

    private void requireValid(BandDraft draft) {
        var problems = BandRules.check(draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireMayWrite(boolean shared, boolean admin) {
        if (shared && !admin) {
            throw new AccessDeniedException("Only administrators change shared bands");
        }
    }

    private BandDetails toDetails(Band band, long userId, boolean admin) {
        var draft = band.toDraft();
        boolean editable = band.getOwnerId() == null ? admin : band.getOwnerId() == userId;
        return new BandDetails(Objects.requireNonNull(band.getId()), band.getVersion(), draft,
                BandDetails.isStale(draft.asOf(), LocalDate.now(clock)), editable);
    }

    private static String like(@Nullable String text) {
        var trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return trimmed.isEmpty() ? "" : "%" + trimmed + "%";
    }
}
