package com.offerbook.dashboard;

import com.offerbook.accounts.SignedInUser;
import com.offerbook.base.data.EntityWrites;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each user's converted dashboard figures, kept between navigations (issue 15) in a Caffeine cache behind Spring's
 * cache abstraction (CacheConfig). {@link EntityWrites} tells it of every write: a write to a user's own data evicts
 * that user's figures, a write to data every user's figures depend on (bands, exchange rates, tax profiles) evicts
 * all.
 */
@Component
class DashboardCache implements EntityWrites.Observer {

    static final String NAME = "dashboard";

    /** Entities that hold one user's data: a write evicts the figures of the user who made it. */
    static final Set<String> OWN_DATA = Set.of(
            "Offer",
            "OfferRevision",
            "OfferAssumptions",
            "JobToLeave",
            "UserDefault",
            "UserPreference",
            "DashboardPreference",
            "TaxSetting",
            "CostIndex");

    /** Entities that every user's figures read: a write evicts everyone's. */
    static final Set<String> SHARED_DATA =
            Set.of("Band", "LevelAlias", "LevelTierEntry", "FxRate", "StoredProfile", "TaxRegion");

    /** Entities the dashboard does not read: their writes leave the cache alone. */
    static final Set<String> OTHER_DATA = Set.of(
            "UserAccount",
            "AccountSession",
            "TotpAuthenticator",
            "RecoveryCode",
            "SsoIdentity",
            "NegotiationPlan",
            "PremiumLever",
            "JournalEntry",
            "ShareLink",
            "CalendarFeed",
            "ReminderSetting",
            "ReminderDelivery");

    /** One user's figures on one day (the dashboard's deadlines and projections count from today). */
    record Key(long userId, LocalDate day) {}

    private final Cache cache;

    DashboardCache(CacheManager caches) {
        this.cache = Objects.requireNonNull(caches.getCache(NAME), "CacheConfig declares the dashboard cache");
    }

    DashboardData get(Key key, Supplier<DashboardData> load) {
        return Objects.requireNonNull(cache.get(key, load::get));
    }

    /** The user a write belongs to, when a signed-in user made it. */
    private static @Nullable Long writer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.accountId()
                : null;
    }

    @Override
    public void written(String entity) {
        if (OTHER_DATA.contains(entity)) {
            return;
        }
        Long writer = writer();
        if (SHARED_DATA.contains(entity) || writer == null) {
            cache.clear(); // shared data, or a user's data written by nobody signed in (import at start, admin)
        } else {
            evictUser(writer);
        }
    }

    /** All days of the user's figures (normally one). */
    private void evictUser(long userId) {
        if (cache.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine) {
            caffeine.asMap().keySet().removeIf(key -> key instanceof Key k && k.userId() == userId);
        } else {
            cache.clear();
        }
    }
}
