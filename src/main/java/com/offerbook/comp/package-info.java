@NullMarked
package com.offerbook.comp;

import org.jspecify.annotations.NullMarked;
