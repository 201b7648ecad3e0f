package com.offerbook.bands;

import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
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
    public record Saved(long id, List<String> warnings) {}

    /** Import rows checked and saved together. */
    private static final int IMPORT_BATCH = 1_000;

    private final BandRepository bands;
    private final LevelTierRepository tiers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager entityManager;

    /** The level aliases: reference data only the migrations write, read once (see {@link #aliases()}). */
    private volatile @Nullable List<Alias> aliasCache;

    BandService(
            BandRepository bands,
            LevelTierRepository tiers,
            CurrentUser currentUser,
            Clock clock,
            EntityManager entityManager) {
        this.bands = bands;
        this.tiers = tiers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    public Slice<BandDetails> list(BandFilter filter, Pageable pageable) {
        var user = currentUser.require();
        return bands.search(
                        user.id(),
                        filter.scope() == BandFilter.Scope.SHARED,
                        filter.scope() == BandFilter.Scope.PRIVATE,
                        like(filter.company()),
                        filter.roleFamily().strip(),
                        filter.region().strip(),
                        like(filter.level()),
                        filter.currency().strip(),
                        pageable)
                .map(band -> toDetails(band, user.id(), user.isAdmin()));
    }

    /**
     * A page of what a band picker offers for the company typed so far: every band the user may see, by company and
     * region. One source for every picker (offer details, the negotiation planner).
     */
    public Slice<BandDetails> pick(String company, int page, int pageSize) {
        return list(BandFilter.company(company), PageRequest.of(page, pageSize, Sort.by("company", "region")));
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
            throw new InvalidInputException(
                    Map.of("shared", "A band cannot move between shared and private; create a new one"));
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
        return matchAll(List.of(criteria)).getFirst();
    }

    /**
     * {@link #match} for several offers at once, in their order. The pinned and same-company bands of all of them
     * come from one query each, whatever the number of offers or bands; only an offer that has neither costs one
     * more query (for the equivalent levels).
     */
    public List<Optional<BandMatch>> matchAll(List<MatchCriteria> criteria) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        var user = currentUser.require();
        var levels = new LevelTiers(tiers.findAll(), aliases());
        var pinnedIds = criteria.stream()
                .map(MatchCriteria::pinnedBandId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var pinned = pinnedIds.isEmpty()
                ? Map.<Long, Band>of()
                : bands.findVisibleIn(pinnedIds, user.id()).stream()
                        .collect(Collectors.toMap(b -> Objects.requireNonNull(b.getId()), b -> b));
        var newest = bands
                .findNewestForKeys(
                        user.id(), criteria.stream().map(MatchCriteria::key).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Band::getMatchKey, b -> b, (a, b) -> a));
        return criteria.stream()
                .map(c -> {
                    var equivalents = levels.equivalentLevels(c);
                    var pin = c.pinnedBandId() == null ? null : pinned.get(c.pinnedBandId());
                    if (pin != null) {
                        return Optional.of(new BandMatch(
                                toDetails(pin, user.id(), user.isAdmin()), BandMatch.Kind.PINNED, equivalents));
                    }
                    var same = newest.get(c.key());
                    if (same != null) {
                        return Optional.of(new BandMatch(
                                toDetails(same, user.id(), user.isAdmin()), BandMatch.Kind.SAME_COMPANY, equivalents));
                    }
                    var tierIds = levels.tierIds(c);
                    if (tierIds.isEmpty()) {
                        return Optional.<BandMatch>empty();
                    }
                    return bands.findInTiers(user.id(), tierIds, c.region(), PageRequest.of(0, 1)).stream()
                            .findFirst()
                            .map(band -> new BandMatch(
                                    toDetails(band, user.id(), user.isAdmin()),
                                    BandMatch.Kind.EQUIVALENT_LEVEL,
                                    equivalents));
                })
                .toList();
    }

    /** "Google L5", "Meta IC5", … : the levels at other companies in the same tier as this company's level. */
    public List<String> equivalentLevels(MatchCriteria criteria) {
        return new LevelTiers(tiers.findAll(), aliases()).equivalentLevels(criteria);
    }

    /**
     * The levels known for the company typed (ignoring case), junior first, each with the other names people use
     * for it: what the level field suggests. Empty for a company the mapping does not know.
     */
    public List<KnownLevel> knownLevels(String company) {
        var byLevel = new LinkedHashMap<String, List<String>>();
        var companyName = new HashMap<String, String>();
        for (var alias : aliases()) {
            if (!alias.company().equalsIgnoreCase(company.strip())) {
                continue;
            }
            companyName.putIfAbsent("", alias.company());
            if (alias.level().isEmpty()) {
                byLevel.put(alias.alias(), new ArrayList<>());
            } else {
                var names = byLevel.computeIfAbsent(alias.level(), level -> new ArrayList<>());
                if (!alias.alias().equalsIgnoreCase(alias.level())) {
                    names.add(alias.alias());
                }
            }
        }
        var name = companyName.getOrDefault("", company.strip());
        return byLevel.entrySet().stream()
                .map(e -> new KnownLevel(name, e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** One name of a level, from {@code level_alias}. */
    record Alias(String company, String level, String alias, int sortNo) {}

    private List<Alias> aliases() {
        var cached = aliasCache;
        if (cached == null) {
            cached = tiers.findAllAliases().stream()
                    .map(a -> new Alias(a.getCompany(), a.getLevelLabel(), a.getAlias(), a.getSortNo()))
                    .toList();
            aliasCache = cached;
        }
        return cached;
    }

    /**
     * How a level is compared: ignoring case, spaces, hyphens and dots ("IC 5", "ic-5" and "IC5" are one level).
     */
    static String levelKey(String level) {
        return level.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]", "");
    }

    /** The level mapping, read once (a few dozen rows of reference data) and looked up in memory. */
    private record LevelTiers(List<LevelTierEntry> entries, List<Alias> aliases) {

        /** The level as the mapping names it: the typed level itself unless it is another name for a known level. */
        String canonicalLevel(String company, String typed) {
            var key = levelKey(typed);
            return aliases.stream()
                    .filter(a -> a.company().equalsIgnoreCase(company.strip())
                            && levelKey(a.alias()).equals(key))
                    .map(Alias::level)
                    .findFirst()
                    .orElse(typed);
        }

        /** Tiers the company's level belongs to; an entry with an empty level covers every level of that company. */
        List<Long> tierIds(MatchCriteria criteria) {
            var level = levelKey(canonicalLevel(criteria.company(), criteria.levelLabel()));
            return entries.stream()
                    .filter(e ->
                            e.getCompany().equalsIgnoreCase(criteria.company().strip())
                                    && (e.getLevelLabel().isEmpty()
                                            || levelKey(e.getLevelLabel()).equals(level)))
                    .map(LevelTierEntry::getTierId)
                    .distinct()
                    .toList();
        }

        List<String> equivalentLevels(MatchCriteria criteria) {
            var tierIds = tierIds(criteria);
            return entries.stream()
                    .filter(e -> tierIds.contains(e.getTierId())
                            && !e.getCompany()
                                    .equalsIgnoreCase(criteria.company().strip()))
                    .sorted(Comparator.comparing(LevelTierEntry::getCompany)
                            .thenComparing(LevelTierEntry::getLevelLabel))
                    .map(e -> (e.getCompany() + " " + e.getLevelLabel()).strip())
                    .distinct()
                    .toList();
        }
    }

    /** Writes the bands the filter shows, in the CSV format, a page at a time. */
    public void export(BandFilter filter, Writer writer) throws IOException {
        var pageable = PageRequest.of(0, 1000, Sort.by("company", "roleTitle", "region", "id"));
        try (var printer = BandCsv.printer(writer)) {
            Slice<BandDetails> page;
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
     * list), and only if no row has a problem saves them in one transaction. Existing bands are looked up a
     * thousand rows at a time and saved bands leave the persistence context as they are written, so memory and
     * the number of queries stay proportional to a batch, not to the file.
     */
    @Transactional
    public ImportReport importAll(List<BandCsv.Row> rows, List<ImportReport.Problem> parseProblems) {
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
        for (int from = 0; from < rows.size(); from += IMPORT_BATCH) {
            var batch = rows.subList(from, Math.min(rows.size(), from + IMPORT_BATCH));
            for (var row : batch) {
                BandRules.warnings(row.draft()).forEach(w -> warnings.add("Line " + row.line() + ": " + w));
            }
            bands.saveAll(batch.stream()
                    .map(row -> new Band(row.draft().shared() ? null : user.id(), row.draft(), now))
                    .toList());
            bands.flush();
            entityManager.clear();
        }
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
        return new BandDetails(
                Objects.requireNonNull(band.getId()),
                band.getVersion(),
                draft,
                BandDetails.isStale(draft.asOf(), LocalDate.now(clock)),
                editable);
    }

    private static String like(@Nullable String text) {
        var trimmed = text == null
                ? ""
                : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return trimmed.isEmpty() ? "" : "%" + trimmed + "%";
    }
}
