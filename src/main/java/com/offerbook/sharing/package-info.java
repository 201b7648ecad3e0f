/** Read-only share links (one offer, a comparison, the dashboard) and the printable one-pager and PDF they share. */
@NullMarked
package com.offerbook.sharing;

import org.jspecify.annotations.NullMarked;
