package com.offerbook.bands;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BandRepository extends JpaRepository<Band, Long>, BandSearchQueries {

    /** A band the user may see: shared, or their own. */
    @Query("select b from Band b where b.id = :id and (b.ownerId is null or b.ownerId = :userId)")
    Optional<Band> findVisible(long id, long userId);

    @Query("select b from Band b where b.id in :ids and (b.ownerId is null or b.ownerId = :userId)")
    List<Band> findVisibleIn(Collection<Long> ids, long userId);

    /**
     * The newest band the user may see for each key (company, role family and region): one row per key at most. The
     * keys' bands are numbered newest first in one pass over the index on match key, date and id (issue 15: a "no
     * newer band exists" subquery compared every band of a key with every other).
     */
    @Query("""
            select b from Band b
            where b.id in (select r.id from (select n.id as id,
                                                    row_number() over (partition by n.matchKey
                                                                       order by n.asOf desc, n.id desc) as place
                                             from Band n
                                             where n.matchKey in :keys and (n.ownerId is null or n.ownerId = :userId)) r
                           where r.place = 1)
            """)
    List<Band> findNewestForKeys(long userId, Collection<String> keys);

    @Query("""
            select b from Band b
            where (b.ownerId is null or b.ownerId = :userId)
              and lower(b.region) = lower(:region)
              and exists (select 1 from LevelTierEntry e
                          where e.tierId in :tierIds and lower(e.company) = lower(b.company)
                            and (e.levelLabel = '' or b.levelLabel = '' or lower(e.levelLabel) = lower(b.levelLabel)))
            order by b.asOf desc, b.id desc
            """)
    List<Band> findInTiers(long userId, List<Long> tierIds, String region, Pageable pageable);

    /**
     * What identifies the existing bands with these keys in one scope (shared when {@code ownerId} is null, else
     * that user's): company, role family and region (the key), role, level, currency and date.
     */
    @Query("""
            select b.matchKey, b.roleTitle, b.levelLabel, b.currency, b.asOf from Band b
            where b.matchKey in :keys and ((:ownerId is null and b.ownerId is null) or b.ownerId = :ownerId)
            """)
    List<Object[]> findIdentities(@Nullable Long ownerId, Collection<String> keys);
}
