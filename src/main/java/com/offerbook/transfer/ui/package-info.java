@NullMarked
package com.offerbook.transfer.ui;

import org.jspecify.annotations.NullMarked;
