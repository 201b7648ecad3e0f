package com.offerbook.sharing;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ShareLinkRepository extends JpaRepository<ShareLink, Long> {

    /** The one way a visitor finds a link: by its token's hash (one indexed equality). */
    Optional<ShareLink> findByTokenHash(String tokenHash);

    /** The one way an owner finds a link: by id and owner, so another user's id finds nothing. */
    Optional<ShareLink> findByIdAndOwnerId(long id, long ownerId);

    Slice<ShareLink> findByOwnerIdOrderByCreatedAtDescIdDesc(long ownerId, Pageable pageable);

    long countByOwnerIdAndRevokedAtIsNullAndExpiresAtAfter(long ownerId, Instant now);

    /** Counts an opening without reading the row into the session that renders the page. */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update ShareLink l set l.openCount = l.openCount + 1, l.lastOpenedAt = :now where l.id = :id")
    int recordOpening(long id, Instant now);
}
