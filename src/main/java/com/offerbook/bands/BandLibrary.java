package com.offerbook.bands;

import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The band library behind {@link BandService}: who sees and changes which band, and the searches. */
@Component
class BandLibrary {

    /**
     * Up to this many matching bands, the grid reads them through their combinations' keys and sorts them, rather than
     * reading the library in the grid's order until a page is full (docs/performance.md, "Band search at scale").
     */
    static final int FEW_BANDS = 1_000;

    private final BandRepository bands;
    private final BandFacets facets;
    private final CurrentUser currentUser;
    private final Clock clock;

    BandLibrary(BandRepository bands, BandFacets facets, CurrentUser currentUser, Clock clock) {
        this.bands = bands;
        this.facets = facets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A page of the bands grid. {@link BandFacets} says first how many bands have the chosen role family, region,
     * currency and level: none, and the library is not read; a few, and only theirs are read.
     */
    Slice<BandDetails> list(BandFilter filter, Pageable pageable) {
        var user = currentUser.require();
        var facetKeys = List.<String>of();
        if (BandFacets.narrows(filter)) {
            var found = facets.find(user.id(), filter);
            if (found.bands() == 0) {
                return new SliceImpl<>(List.of(), pageable, false);
            }
            if (found.bands() <= FEW_BANDS) {
                facetKeys = found.keys();
            }
        }
        return bands.search(user.id(), filter, facetKeys, pageable)
                .map(band -> toDetails(band, user.id(), user.isAdmin()));
    }

    /**
     * A page of what a band picker offers for the company typed so far: every band the user may see, by company and
     * region. One source for every picker (offer details, the negotiation planner).
     */
    Slice<BandDetails> pick(String company, int page, int pageSize) {
        return list(BandFilter.company(company), PageRequest.of(page, pageSize, Sort.by("company", "region")));
    }

    BandDetails get(long id) {
        var user = currentUser.require();
        return toDetails(load(id, user.id()), user.id(), user.isAdmin());
    }

    List<String> choices(BandFilter.Choice choice, BandFilter filter) {
        return facets.values(choice, currentUser.id(), filter);
    }

    boolean canManageShared() {
        return currentUser.require().isAdmin();
    }

    BandService.Saved create(BandDraft draft) {
        var user = currentUser.require();
        requireMayWrite(draft.shared(), user.isAdmin());
        requireValid(draft);
        var band = bands.saveAndFlush(new Band(draft.shared() ? null : user.id(), draft, clock.instant()));
        facets.added(band.facet(), 1);
        return new BandService.Saved(Objects.requireNonNull(band.getId()), BandRules.warnings(draft));
    }

    BandService.Saved update(long id, long expectedVersion, BandDraft draft) {
        var user = currentUser.require();
        var band = load(id, user.id());
        requireMayWrite(band.getOwnerId() == null, user.isAdmin());
        if (draft.shared() != (band.getOwnerId() == null)) {
            throw new InvalidInputException(
                    Map.of("shared", "A band cannot move between shared and private; create a new one"));
        }
        requireValid(draft);
        if (band.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        var before = band.facet();
        band.apply(draft);
        try {
            bands.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        if (!before.equals(band.facet())) {
            facets.added(band.facet(), 1);
            facets.removed(before);
        }
        return new BandService.Saved(id, BandRules.warnings(draft));
    }

    void delete(long id) {
        var user = currentUser.require();
        var band = load(id, user.id());
        requireMayWrite(band.getOwnerId() == null, user.isAdmin());
        bands.delete(band);
        bands.flush();
        facets.removed(band.facet());
    }

    private Band load(long id, long userId) {
        return bands.findVisible(id, userId).orElseThrow(() -> new NotFoundException("Band"));
    }

    private void requireValid(BandDraft draft) {
        var problems = BandRules.check(draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireMayWrite(boolean shared, boolean admin) {
        if (shared && !admin) {
            throw new AccessDeniedException("Only administrators change shared bands");
        }
    }

    BandDetails toDetails(Band band, long userId, boolean admin) {
        var draft = band.toDraft();
        boolean editable = band.getOwnerId() == null ? admin : band.getOwnerId() == userId;
        return new BandDetails(
                Objects.requireNonNull(band.getId()),
                band.getVersion(),
                draft,
                BandDetails.isStale(draft.asOf(), LocalDate.now(clock)),
                editable);
    }
}
