package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a comparison shared by link, opened in a fresh browser with no session, then revoked and refused; the
 * offer page printed to PDF by Chromium with its figures and without the app's navigation or buttons.
 */
class ShareJourneyIT extends BrowserTest {

    @Test
    void a_shared_comparison_opens_without_sign_in_until_revoked_and_an_offer_prints_to_pdf() throws IOException {
        signUpAndSignIn(uniqueName("share"));
        long initech = quickOffer("Initech", "250,000");
        long globex = quickOffer("Globex", "300,000");

        page.navigate(app.url("/compare?offers=" + initech + "," + globex));
        assertThat(page.locator("#compare-table")).containsText("Globex");
        page.locator("#share").click();
        assertThat(page.locator("#share-what")).containsText("Initech");
        assertThat(String.valueOf(page.locator("#share-days").evaluate("field => field.value")))
                .isEqualTo("7");
        page.locator("#share-create").click();
        page.waitForFunction("() => String(document.querySelector('#share-url')?.value).startsWith('http')");
        var link = String.valueOf(page.locator("#share-url").evaluate("field => field.value"));
        assertThat(link).matches("http://.*/s/[A-Za-z0-9_-]{43}");
        screenshot("90-share-dialog");
        page.locator("#share-close").click();
        assertThat(page.locator("#shared-links")).containsText("Initech");

        // Someone else, in a browser with no session of the owner's.
        var visitorContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
        try {
            var visitor = visitorContext.newPage();
            var response = visitor.navigate(link);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headerValue("referrer-policy")).isEqualTo("no-referrer");
            assertThat(response.headerValue("x-robots-tag")).contains("noindex");
            assertThat(response.headerValue("content-security-policy")).contains("'nonce-");
            assertThat(visitor.locator("#report-title")).containsText("Initech");
            assertThat(visitor.locator("#report-title")).containsText("Globex");
            assertThat(visitor.locator(".report")).containsText("$250,000");
            assertThat(visitor.locator(".report")).containsText("$300,000");
            assertThat(visitor.locator("#user-menu")).hasCount(0);
            assertThat(visitor.locator("vaadin-side-nav")).hasCount(0);
            visitor.locator("#report-chart-2-chart[data-rendered]").waitFor();
            screenshot(visitor, "91-shared-comparison");
            var pdf = visitorContext.request().get(link + "/pdf");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
            assertThat(text(pdf.body())).contains("Initech", "Globex", "Assumptions", "Sources");

            // The owner revokes it; the visitor's next visit is refused, like a guessed token.
            page.navigate(app.url("/shared"));
            page.locator("vaadin-button[id^='revoke-']").first().click();
            assertThat(page.locator("#shared-links")).containsText("Revoked");
            var refused = visitor.navigate(link);
            assertThat(visitor.locator("#share-not-found")).isVisible();
            assertThat(visitor.locator("body")).not().containsText("Initech");
            int revokedStatus = refused.status();
            assertThat(visitorContext.request().get(link + "/pdf").status()).isEqualTo(404);
            var guessed = visitor.navigate(app.url("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            assertThat(guessed.status())
                    .as("a revoked and a guessed token answer alike")
                    .isEqualTo(revokedStatus);
            System.out.println("ShareJourneyIT: a revoked or guessed token's page answers " + revokedStatus);
            assertThat(visitor.locator("#share-not-found")).isVisible();
        } finally {
            visitorContext.close();
        }

        // The offer page printed by the browser: its figures, none of the shell or the buttons.
        page.navigate(app.url("/offers/" + initech));
        assertThat(page.locator("#offer-company")).hasText("Initech");
        assertThat(page.locator("#download-pdf")).isVisible();
        var pdfBox = page.locator("#download-pdf").boundingBox();
        var printBox = page.locator("#print").boundingBox();
        assertThat(pdfBox.height).as("Download PDF as tall as Print").isCloseTo(printBox.height, within(0.5));
        assertThat(pdfBox.y).as("Download PDF in line with Print").isCloseTo(printBox.y, within(0.5));
        var printed = text(page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)));
        assertThat(printed).contains("Initech", "$250,000");
        assertThat(printed).doesNotContain("Add revision", "Download PDF", "Shared links", "Sign out");

        // "Download PDF" as the signed-in user clicks it: the file itself, not a refusal.
        var download = page.waitForDownload(() -> page.locator("#download-pdf").click());
        assertThat(download.suggestedFilename()).isEqualTo("offer-" + initech + ".pdf");
        assertThat(text(java.nio.file.Files.readAllBytes(download.path()))).contains("Initech", "$250,000");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
