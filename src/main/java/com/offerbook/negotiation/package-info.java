@NullMarked
package com.offerbook.negotiation;

import org.jspecify.annotations.NullMarked;
