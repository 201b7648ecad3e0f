@NullMarked
package com.offerbook.accounts;

import org.jspecify.annotations.NullMarked;
