/** The tax profiles' pages: every profile with its rows and sources, its versions, and an administrator's upload. */
@NullMarked
package com.offerbook.tax.ui;

import org.jspecify.annotations.NullMarked;
