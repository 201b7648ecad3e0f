package com.offerbook.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    /** The one way to load an entry: by id and owner, so another user's id finds nothing. */
    Optional<JournalEntry> findByIdAndOwnerId(long id, long ownerId);

    List<JournalEntry> findByOwnerIdAndOfferIdOrderByDateAscIdAsc(long ownerId, long offerId);

    List<JournalEntry> findByOwnerIdOrderByOfferIdAscDateAscIdAsc(long ownerId);

    List<JournalEntry> findByOwnerIdAndFollowUpBetweenOrderByFollowUpAsc(long ownerId, LocalDate from, LocalDate to);
}
