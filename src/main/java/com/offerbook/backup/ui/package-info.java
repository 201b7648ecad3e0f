/** The backup page for administrators. */
@NullMarked
package com.offerbook.backup.ui;

import org.jspecify.annotations.NullMarked;
