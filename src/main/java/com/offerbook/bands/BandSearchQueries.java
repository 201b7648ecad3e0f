package com.offerbook.bands;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** The bands grid's query, built from the filters in use only, so that each one can use an index. */
interface BandSearchQueries {

    /** A slice of the bands {@code userId} may see that pass {@code filter}, in the pageable's order. */
    Slice<Band> search(long userId, BandFilter filter, Pageable pageable);
}
