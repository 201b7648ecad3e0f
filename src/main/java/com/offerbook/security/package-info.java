@NullMarked
package com.offerbook.security;

import org.jspecify.annotations.NullMarked;
