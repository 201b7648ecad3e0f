package com.offerbook.dashboard;

import com.offerbook.accounts.SignedInUser;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each user's converted dashboard figures, kept between navigations (issue 15) in a Caffeine cache behind Spring's
 * cache abstraction (CacheConfig). Hibernate tells it of every write: a write to a user's own data evicts that
 * user's figures, a write to data every user's figures depend on (bands, exchange rates, tax profiles) evicts all,
 * each at once and again when the transaction has ended (so that a page that read the old data meanwhile does not
 * keep it). Listening to Hibernate rather than to each service means a write cannot forget to invalidate.
 */
@Component
class DashboardCache implements HibernatePropertiesCustomizer {

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

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        IntegratorProvider integrators = () -> java.util.List.of(new Listener());
        hibernateProperties.put("hibernate.integrator_provider", integrators);
    }

    /** The user a write belongs to, when a signed-in user made it. */
    private static @Nullable Long writer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.accountId()
                : null;
    }

    private void written(EntityPersister persister) {
        var name = simpleName(persister.getEntityName());
        if (OTHER_DATA.contains(name)) {
            return;
        }
        Long writer = writer();
        Runnable evict = SHARED_DATA.contains(name) || writer == null
                ? cache::clear // shared data, or a user's data written by nobody signed in (import at start, admin)
                : () -> evictUser(writer);
        evict.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict.run();
                }
            });
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

    static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    /** Hibernate's side: one listener for inserts, updates and deletes. */
    private final class Listener
            implements Integrator, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

        @Override
        public void integrate(
                Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
            var registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
            registry.appendListeners(EventType.POST_INSERT, this);
            registry.appendListeners(EventType.POST_UPDATE, this);
            registry.appendListeners(EventType.POST_DELETE, this);
        }

        @Override
        public void onPostInsert(PostInsertEvent event) {
            written(event.getPersister());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            written(event.getPersister());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            written(event.getPersister());
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }
    }
}
