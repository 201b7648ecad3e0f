/**
 * What every feature's caches share about the database: {@link com.offerbook.base.data.EntityWrites} tells them of
 * each write. Below every feature, like {@code base}, and the one place outside the features that knows Hibernate.
 */
@NullMarked
package com.offerbook.base.data;

import org.jspecify.annotations.NullMarked;
