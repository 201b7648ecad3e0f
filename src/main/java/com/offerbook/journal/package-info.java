@NullMarked
package com.offerbook.journal;

import org.jspecify.annotations.NullMarked;
