@NullMarked
package com.offerbook.transfer;

import org.jspecify.annotations.NullMarked;
