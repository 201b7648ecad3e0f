@NullMarked
package com.offerbook.negotiation.ui;

import org.jspecify.annotations.NullMarked;
