package com.offerbook.bands;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** The bands grid's query, built from the filters in use only, so that each one can use an index. */
interface BandSearchQueries {

    /**
     * A slice of the bands {@code userId} may see that pass {@code filter}, in the pageable's order. With
     * {@code facetKeys}, only bands with one of those combinations ({@link BandFacets.Facet#key()}) are read, through
     * their index: for a combination few bands have. Empty: the filter's own conditions choose the index.
     */
    Slice<Band> search(long userId, BandFilter filter, List<String> facetKeys, Pageable pageable);
}
