/** The shared-links page, the public page a share link opens, and the PDF download (an address, not a view). */
@NullMarked
package com.offerbook.sharing.ui;

import org.jspecify.annotations.NullMarked;
