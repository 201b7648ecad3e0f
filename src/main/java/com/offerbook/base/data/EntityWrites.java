package com.offerbook.base.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the caches of data read from the database of every write (issue 15): Hibernate reports each insert, update and
 * delete of an entity, and each {@link Observer} bean hears of it twice, at once and again when the transaction has
 * ended (once per entity type), so that a page that read the old data in between does not keep it. Listening to
 * Hibernate rather than to each service means a write cannot forget to invalidate. Statements that bypass the entities
 * (bulk JPQL or SQL updates) are not reported: data a cache keeps is written through its entities.
 */
@Component
public class EntityWrites implements HibernatePropertiesCustomizer {

    /** A cache that lets go of what a write changes. */
    public interface Observer {

        /**
         * Entities of this type were written on this thread: {@code entity} is the entity's name ("Band"). Called at
         * the write and again after the transaction, when the one with the write has ended.
         */
        void written(String entity);
    }

    /**
     * Looked up at each write (a write is rare beside a read): the observers need repositories, which need Hibernate,
     * which needs this, and a write made while the context starts must reach those already made.
     */
    private final ObjectProvider<Observer> observers;

    EntityWrites(ObjectProvider<Observer> observers) {
        this.observers = observers;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        IntegratorProvider integrators = () -> List.of(new Listener());
        hibernateProperties.put("hibernate.integrator_provider", integrators);
    }

    private void written(EntityPersister persister) {
        var entity = simpleName(persister.getEntityName());
        tell(entity);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (@Nullable Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            var entities = new LinkedHashSet<String>();
            TransactionSynchronizationManager.bindResource(this, entities);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EntityWrites.this);
                    entities.forEach(EntityWrites.this::tell);
                }
            });
            pending = entities;
        }
        pending.add(entity);
    }

    private void tell(String entity) {
        observers.orderedStream().forEach(observer -> observer.written(entity));
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
