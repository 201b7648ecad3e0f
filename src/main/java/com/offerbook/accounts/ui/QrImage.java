package com.offerbook.accounts.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A QR code as an SVG image served through Vaadin's download API (no data: URL, nothing drawn by a script). The
 * matrix comes from Nayuki's QR Code generator; the SVG is one path of unit squares with a 4-module quiet zone.
 */
final class QrImage {

    private static final int BORDER = 4;

    private QrImage() {}

    static Image of(String text, String alt) {
        var svg = svg(QrCode.encodeText(text, QrCode.Ecc.MEDIUM)).getBytes(StandardCharsets.UTF_8);
        var image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(svg), "qr.svg", "image/svg+xml", svg.length)),
                alt);
        image.setWidth("12rem");
        image.setHeight("12rem");
        return image;
    }

    static String svg(QrCode qr) {
        int size = qr.size + BORDER * 2;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
