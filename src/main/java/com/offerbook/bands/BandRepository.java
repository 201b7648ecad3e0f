package com.offerbook.bands;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BandRepository extends JpaRepository<Band, Long> {

    /** A band the user may see: shared, or their own. */
    @Query("select b from Band b where b.id = :id and (b.ownerId is null or b.ownerId = :userId)")
    Optional<Band> findVisible(long id, long userId);

    @Query("""
            select b from Band b
            where (b.ownerId is null or b.ownerId = :userId)
              and (:onlyShared = false or b.ownerId is null)
              and (:onlyPrivate = false or b.ownerId is not null)
              and (:company = '' or lower(b.company) like :company)
              and (:roleFamily = '' or b.roleFamily = :roleFamily)
              and (:region = '' or b.region = :region)
              and (:level = '' or lower(b.levelLabel) like :level)
              and (:currency = '' or b.currency = :currency)
            """)
    Page<Band> search(long userId, boolean onlyShared, boolean onlyPrivate, String company, String roleFamily,
                      String region, String level, String currency, Pageable pageable);

    @Query("""
            select b from Band b
            where (b.ownerId is null or b.ownerId = :userId)
              and lower(b.company) = lower(:company) and lower(b.roleFamily) = lower(:roleFamily)
              and lower(b.region) = lower(:region)
            order by b.asOf desc, b.id desc
            """)
    List<Band> findSameCompany(long userId, String company, String roleFamily, String region, Pageable pageable);

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

    @Query("select distinct b.roleFamily from Band b where b.ownerId is null or b.ownerId = :userId order by b.roleFamily")
    List<String> findRoleFamilies(long userId);

    @Query("select distinct b.region from Band b where b.ownerId is null or b.ownerId = :userId order by b.region")
    List<String> findRegions(long userId);

    @Query("""
            select count(b) > 0 from Band b
            where ((:ownerId is null and b.ownerId is null) or b.ownerId = :ownerId)
              and lower(b.company) = lower(:company) and lower(b.roleTitle) = lower(:roleTitle)
              and lower(b.levelLabel) = lower(:level) and lower(b.region) = lower(:region)
              and b.currency = :currency and b.asOf = :asOf
            """)
    boolean existsSame(@Nullable Long ownerId, String company, String roleTitle, String level, String region,
                       String currency, java.time.LocalDate asOf);
}
