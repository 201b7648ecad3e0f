package com.offerbook.accounts;

import com.offerbook.base.Limits;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A session's browser and system in a few words ("Firefox on Linux"), read from its User-Agent header for "Your
 * sessions". Only the words are kept, never the header itself. The header is the client's to choose, so this is a
 * hint for recognising one's own devices, not evidence.
 */
public final class Devices {

    private Devices() {}

    public static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        var agent = userAgent.toLowerCase(Locale.ROOT);
        var browser = agent.contains("edg/")
                ? "Edge"
                : agent.contains("opr/") || agent.contains("opera")
                        ? "Opera"
                        : agent.contains("firefox/")
                                ? "Firefox"
                                : agent.contains("chrome/") || agent.contains("chromium/") || agent.contains("crios/")
                                        ? "Chrome"
                                        : agent.contains("safari/") ? "Safari" : "Unknown browser";
        var system = agent.contains("android")
                ? "Android"
                : agent.contains("iphone")
                        ? "iPhone"
                        : agent.contains("ipad")
                                ? "iPad"
                                : agent.contains("windows")
                                        ? "Windows"
                                        : agent.contains("mac os x") || agent.contains("macintosh")
                                                ? "macOS"
                                                : agent.contains("cros")
                                                        ? "ChromeOS"
                                                        : agent.contains("linux") ? "Linux" : "";
        var words = system.isEmpty() ? browser : browser + " on " + system;
        return words.length() > Limits.SESSION_DEVICE_MAX ? words.substring(0, Limits.SESSION_DEVICE_MAX) : words;
    }
}
