/** Administrators' online backup of the embedded H2 database. */
@NullMarked
package com.offerbook.backup;

import org.jspecify.annotations.NullMarked;
