@NullMarked
package com.offerbook;

import org.jspecify.annotations.NullMarked;
