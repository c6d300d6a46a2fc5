package dev.azscsp.azure;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an error answer says. ARM's envelope is {@code {"error":{"code":…,"message":…}}}; some services put
 * {@code code}/{@code message} at the top level. Anything else (a proxy's HTML page, plain text) is described
 * instead, so the user learns that something other than Azure answered. Code and message are cut to
 * {@link ArmLimits} here, where they enter the app, so no evidence or report built from them can grow with them.
 *
 * @param code    the service's error code, null when the body is not an ARM error
 * @param message the service's message, or a description of the body
 * @param json    true when the body was JSON
 */
record ArmErrorBody(String code, String message, boolean json) {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int EXCERPT = 200;
    /** The title is looked for near the top only: a lazy regex over megabytes of tags is slow. */
    private static final int TITLE_SEARCH = 64 * 1024;

    static ArmErrorBody parse(ArmResponse r) {
        if (!r.hasBody()) return new ArmErrorBody(null, "HTTP " + r.status() + " with an empty body.", false);
        JsonNode root = Json.readOrNull(r.body());
        if (root != null && root.isObject()) {
            JsonNode error = root.has("error") && root.get("error").isObject() ? root.get("error") : root;
            String code = ArmLimits.cap(Json.text(error, "code"), ArmLimits.CODE_CHARS);
            String message = ArmLimits.cap(Json.text(error, "message"), ArmLimits.TEXT_CHARS);
            if (code != null || message != null) {
                return new ArmErrorBody(code, message != null ? message : "HTTP " + r.status() + " " + code, true);
            }
            return new ArmErrorBody(null, "HTTP " + r.status() + " without an ARM error in the JSON body: " + excerpt(r.body()), true);
        }
        return new ArmErrorBody(null, describeNonJson(r), false);
    }

    /** For bodies that are not ARM's JSON: says what came back and who likely sent it. */
    static String describeNonJson(ArmResponse r) {
        String body = r.body();
        String type = r.contentType() == null ? "no content type" : r.contentType();
        if (looksLikeHtml(body, r.contentType())) {
            Matcher m = TITLE.matcher(body.length() > TITLE_SEARCH ? body.substring(0, TITLE_SEARCH) : body);
            String title = m.find() ? " titled \"" + excerpt(m.group(1)) + "\"" : "";
            return "HTTP " + r.status() + ": an HTML page" + title + " came back instead of Azure Resource Manager's JSON. "
                    + "A proxy, firewall or captive portal between this machine and Azure probably answered.";
        }
        return "HTTP " + r.status() + ": the body is not Azure Resource Manager's JSON (" + type + "): " + excerpt(body);
    }

    static boolean looksLikeHtml(String body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) return true;
        String head = body.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static String excerpt(String body) {
        String flat = clean(body);
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }

    private static String clean(String s) { return s.replaceAll("\\s+", " ").trim(); }
}
