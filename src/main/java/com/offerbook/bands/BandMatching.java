package com.offerbook.bands;

import com.offerbook.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Which band an offer is compared with, and the level mapping behind it, for {@link BandService}.
 */
@Component
class BandMatching {
    /** The level aliases: reference data only the migrations write, read once (see {@link #aliases()}). */
    private volatile @Nullable List<Alias> aliasCache;

    private final BandRepository bands;
    private final LevelTierRepository tiers;
    private final CurrentUser currentUser;
    private final BandLibrary library;

    BandMatching(BandRepository bands, LevelTierRepository tiers, CurrentUser currentUser, BandLibrary library) {
        this.bands = bands;
        this.tiers = tiers;
        this.currentUser = currentUser;
        this.library = library;
    }

    /**
     * {@link #match} for several offers at once, in their order. The pinned and same-company bands of all of them
     * come from one query each, whatever the number of offers or bands; only an offer that has neither costs one
     * more query (for the equivalent levels).
     */
    List<Optional<BandMatch>> matchAll(List<MatchCriteria> criteria) {
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
        return new LevelTiers(tiers.findAll(), aliases()).equivalentLevels(criteria);
    }

    /**
     * The levels known for the company typed (ignoring case), junior first, each with the other names people use
     * for it: what the level field suggests. Empty for a company the mapping does not know.
     */
    List<KnownLevel> knownLevels(String company) {
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
}
