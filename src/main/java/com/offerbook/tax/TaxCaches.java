package com.offerbook.tax;

import com.offerbook.base.data.EntityWrites;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The tax data every after-tax figure reads, the same for every user (issue 15): the newest profile versions, parsed,
 * and the tax regions. Kept in the {@value #NAME} cache (application.properties) and let go whenever a profile
 * version or a region is written ({@link EntityWrites}).
 */
@Component
class TaxCaches implements EntityWrites.Observer {

    static final String NAME = "taxProfiles";

    /** The entities whose writes change what is kept. */
    static final Set<String> SOURCES = Set.of("StoredProfile", "TaxRegion");

    private static final String PROFILES = "profiles", REGIONS = "regions";

    private final Cache cache;

    TaxCaches(CacheManager caches) {
        this.cache = Objects.requireNonNull(caches.getCache(NAME), "application.properties declares " + NAME);
    }

    /** The newest version of every profile, read by {@code load} when not kept. */
    List<ProfileVersion> profiles(Supplier<List<ProfileVersion>> load) {
        return Objects.requireNonNull(cache.get(PROFILES, load::get));
    }

    /** The regions in order, read by {@code load} when not kept. */
    List<TaxRegion> regions(Supplier<List<TaxRegion>> load) {
        return Objects.requireNonNull(cache.get(REGIONS, load::get));
    }

    @Override
    public void written(String entity) {
        if (SOURCES.contains(entity)) {
            cache.clear();
        }
    }
}
