package com.offerbook.offers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

    /** The one way to load an offer: by id and owner, so another user's id finds nothing. */
    Optional<Offer> findByIdAndOwnerId(long id, long ownerId);

    @Query("""
            select o from Offer o
            where o.ownerId = :ownerId
              and (:status is null or o.status = :status)
              and (:company is null or o.company = :company)
              and (:pattern = '' or lower(o.company) like :pattern or lower(o.roleTitle) like :pattern
                   or lower(o.levelLabel) like :pattern or lower(o.location) like :pattern)
            """)
    Slice<Offer> search(
            long ownerId, @Nullable OfferStatus status, @Nullable String company, String pattern, Pageable pageable);

    @Query("select distinct o.company from Offer o where o.ownerId = :ownerId order by o.company")
    List<String> findCompanies(long ownerId);

    long countByOwnerId(long ownerId);

    /**
     * What names the user's offers in a picker, those whose company, role or level matches the pattern (any when
     * empty), most recently changed first, without loading the offers.
     */
    @Query("""
            select new com.offerbook.offers.OfferName(o.id, o.company, o.roleTitle, o.levelLabel) from Offer o
            where o.ownerId = :ownerId
              and (:pattern = '' or lower(o.company) like :pattern or lower(o.roleTitle) like :pattern
                   or lower(o.levelLabel) like :pattern)
            order by o.lastChangeAt desc, o.id desc
            """)
    List<OfferName> findNames(long ownerId, String pattern, Pageable pageable);

    /** The names of those of these offers that are the user's. */
    @Query("""
            select new com.offerbook.offers.OfferName(o.id, o.company, o.roleTitle, o.levelLabel) from Offer o
            where o.ownerId = :ownerId and o.id in :ids
            """)
    List<OfferName> findNamesOf(long ownerId, Collection<Long> ids);

    /** The user's offers whose deadline falls between the two days, both included (the dashboard's due list). */
    @Query("""
            select new com.offerbook.offers.OfferDeadline(o.id, o.company, o.deadline, o.status) from Offer o
            where o.ownerId = :ownerId and o.deadline between :from and :to
            """)
    List<OfferDeadline> findDeadlines(long ownerId, LocalDate from, LocalDate to);

    List<Offer> findByOwnerIdAndIdIn(long ownerId, Collection<Long> ids);

    /** Offers with their revisions in one query (no query per offer). */
    @Query("select distinct o from Offer o left join fetch o.revisions where o.id in :ids and o.ownerId = :ownerId")
    List<Offer> findWithRevisions(long ownerId, Collection<Long> ids);
}
