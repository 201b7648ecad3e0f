package com.offerbook.base;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the signed-in user downloads by address (a PDF, an .ics): an attachment with its name, never cached by the
 * browser or a proxy, and varying by the session cookie it was made for.
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        var headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(fileName).build());
        headers.setCacheControl(CacheControl.noStore());
        headers.setVary(List.of(HttpHeaders.COOKIE));
        return ResponseEntity.ok().headers(headers).body(body);
    }
}
