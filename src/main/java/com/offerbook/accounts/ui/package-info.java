@NullMarked
package com.offerbook.accounts.ui;

import org.jspecify.annotations.NullMarked;
