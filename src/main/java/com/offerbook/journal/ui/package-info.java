@NullMarked
package com.offerbook.journal.ui;

import org.jspecify.annotations.NullMarked;
