package com.offerbook.sharing;

import com.offerbook.base.Downloads;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Download PDF": the signed-in user's offer ({@code /pdf/offer/42}) or comparison ({@code /pdf/compare?offers=1,2},
 * as Compare's address writes it) or dashboard ({@code /pdf/dashboard}) as a PDF, and a share link's page
 * ({@code /s/<token>/pdf}). Pages link here by address. Sign-in is required for the user's own (Spring Security guards
 * every address not made public); another user's offer answers 404 like a missing one.
 */
@RestController
class PdfDownloads {

    private final SharingService sharing;

    PdfDownloads(SharingService sharing) {
        this.sharing = sharing;
    }

    @GetMapping("/pdf/offer/{offerId:\\d{1,18}}")
    ResponseEntity<byte[]> offer(@PathVariable long offerId) {
        return pdf(ShareTarget.offer(offerId), "offer-" + offerId + ".pdf");
    }

    /**
     * A share link's page as a PDF, without sign-in ({@code /s/<token>/pdf}, public in SecurityConfig): by token
     * only, and 404 whenever the page itself answers "not found or expired" (also when sharing is off).
     */
    @GetMapping("/" + SharingService.PATH + "/{token}/pdf")
    ResponseEntity<byte[]> shared(@PathVariable String token) {
        return sharing.openPdf(token)
                .map(pdf -> Downloads.attachment(pdf, MediaType.APPLICATION_PDF, "shared.pdf"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/pdf/dashboard")
    ResponseEntity<byte[]> dashboard() {
        return pdf(ShareTarget.dashboard(), "dashboard.pdf");
    }

    @GetMapping("/pdf/compare")
    ResponseEntity<byte[]> comparison(
            @RequestParam String offers,
            @RequestParam(required = false) @Nullable String figure,
            @RequestParam(required = false) @Nullable String years) {
        return pdf(ShareTarget.comparison(offers, figure, years), "comparison.pdf");
    }

    private ResponseEntity<byte[]> pdf(ShareTarget target, String fileName) {
        byte[] pdf;
        try {
            pdf = sharing.pdf(target);
        } catch (NotFoundException | InvalidInputException missing) {
            return ResponseEntity.notFound().build();
        }
        return Downloads.attachment(pdf, MediaType.APPLICATION_PDF, fileName);
    }
}
