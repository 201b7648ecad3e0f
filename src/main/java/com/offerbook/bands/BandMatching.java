package com.offerbook.bands;

import com.offerbook.accounts.AccountSummary;
import com.offerbook.base.data.EntityWrites;
import com.offerbook.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Which band an offer is compared with, and the level mapping behind it, for {@link BandService}. Both are kept
 * between pages (issue 15: every offer page and comparison asks) in the {@value #CACHE} cache, each match for one user
 * on one day (a band's staleness counts from today), and let go whenever a band or the level mapping is written
 * ({@link EntityWrites}).
 */
@Component
class BandMatching implements EntityWrites.Observer {

    static final String CACHE = "bandMatches";

    /** The entities whose writes change a match. */
    static final Set<String> SOURCES = Set.of("Band", "LevelAlias", "LevelTierEntry");

    /** The cache's key of the level mapping; each match has a {@link Key}. */
    private static final String LEVELS = "levels";

    /** One offer's match as one user sees it on one day. */
    record Key(long userId, boolean admin, LocalDate day, MatchCriteria criteria) {}

    private final BandRepository bands;
    private final LevelTierRepository tiers;
    private final CurrentUser currentUser;
    private final BandLibrary library;
    private final Clock clock;
    private final Cache cache;
    /** Counts the writes of {@link #SOURCES}: a match read while one was made is not kept. */
    private final AtomicLong writes = new AtomicLong();

    BandMatching(
            BandRepository bands,
            LevelTierRepository tiers,
            CurrentUser currentUser,
            BandLibrary library,
            Clock clock,
            CacheManager caches) {
        this.bands = bands;
        this.tiers = tiers;
        this.currentUser = currentUser;
        this.library = library;
        this.clock = clock;
        this.cache = Objects.requireNonNull(caches.getCache(CACHE), "application.properties declares " + CACHE);
    }

    @Override
    public void written(String entity) {
        if (SOURCES.contains(entity)) {
            writes.incrementAndGet();
            cache.clear();
        }
    }

    /**
     * {@link #match} for several offers at once, in their order. Those not kept come from the database together: the
     * pinned and same-company bands of all of them from one query each, whatever the number of offers or bands; only
     * an offer that has neither costs one more query (for the equivalent levels).
     */
    List<Optional<BandMatch>> matchAll(List<MatchCriteria> criteria) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        var user = currentUser.require();
        var today = LocalDate.now(clock);
        long writesBefore = writes.get();
        var matches = new HashMap<MatchCriteria, Optional<BandMatch>>();
        var notKept = new LinkedHashSet<MatchCriteria>();
        for (var c : criteria) {
            var kept = cache.get(new Key(user.id(), user.isAdmin(), today, c));
            if (kept != null && kept.get() instanceof Optional<?> match) {
                matches.put(c, match.map(BandMatch.class::cast));
            } else {
                notKept.add(c);
            }
        }
        if (!notKept.isEmpty()) {
            var missing = List.copyOf(notKept);
            var found = find(missing, user);
            boolean keep = writes.get() == writesBefore; // else a band may have changed while these were read
            for (int i = 0; i < missing.size(); i++) {
                matches.put(missing.get(i), found.get(i));
                if (keep) {
                    cache.put(new Key(user.id(), user.isAdmin(), today, missing.get(i)), found.get(i));
                }
            }
        }
        return criteria.stream().map(matches::get).toList();
    }

    /** The matches of {@code criteria} (each once), read from the database. */
    private List<Optional<BandMatch>> find(List<MatchCriteria> criteria, AccountSummary user) {
        var levels = levels();
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
                                library.toDetails(pin, user.id(), user.isAdmin()), BandMatch.Kind.PINNED, equivalents));
                    }
                    var same = newest.get(c.key());
                    if (same != null) {
                        return Optional.of(new BandMatch(
                                library.toDetails(same, user.id(), user.isAdmin()),
                                BandMatch.Kind.SAME_COMPANY,
                                equivalents));
                    }
                    var tierIds = levels.tierIds(c);
                    if (tierIds.isEmpty()) {
                        return Optional.<BandMatch>empty();
                    }
                    return bands.findInTiers(user.id(), tierIds, c.region(), PageRequest.of(0, 1)).stream()
                            .findFirst()
                            .map(band -> new BandMatch(
                                    library.toDetails(band, user.id(), user.isAdmin()),
                                    BandMatch.Kind.EQUIVALENT_LEVEL,
                                    equivalents));
                })
                .toList();
    }

    /** "Google L5", "Meta IC5", … : the levels at other companies in the same tier as this company's level. */
    List<String> equivalentLevels(MatchCriteria criteria) {
        return levels().equivalentLevels(criteria);
    }

    /**
     * The levels known for the company typed (ignoring case), junior first, each with the other names people use
     * for it: what the level field suggests. Empty for a company the mapping does not know.
     */
    List<KnownLevel> knownLevels(String company) {
        var byLevel = new LinkedHashMap<String, List<String>>();
        var companyName = new HashMap<String, String>();
        for (var alias : levels().aliases()) {
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

    /** The level mapping: a few dozen rows of reference data, read once and looked up in memory. */
    private LevelTiers levels() {
        return (LevelTiers) Objects.requireNonNull(cache.get(
                LEVELS,
                () -> new LevelTiers(
                        tiers.findAll(),
                        tiers.findAllAliases().stream()
                                .map(a -> new Alias(a.getCompany(), a.getLevelLabel(), a.getAlias(), a.getSortNo()))
                                .toList())));
    }

    /**
     * How a level is compared: ignoring case, spaces, hyphens and dots ("IC 5", "ic-5" and "IC5" are one level).
     */
    static String levelKey(String level) {
        return level.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]", "");
    }

    /** The level mapping, looked up in memory. */
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
}
