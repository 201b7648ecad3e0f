package com.offerbook.journal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    /** One indexed equality on the hash (unique key): a wrong guess costs what any look-up costs. */
    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
