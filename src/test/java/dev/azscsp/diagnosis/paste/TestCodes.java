package dev.azscsp.diagnosis.paste;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.Origin;
import dev.azscsp.catalog.Severity;
import dev.azscsp.i18n.Language;

/**
 * The shipped codes.json read straight into {@link CodeInfo}s, so the reader can be tested without the texts files
 * the full {@code ErrorCatalog} needs.
 */
final class TestCodes {
    private static final String LOCATION = "/dev/azscsp/catalog/codes.json";
    private static volatile List<CodeInfo> shipped;
    private static volatile ErrorTextReader reader;

    private TestCodes() {}

    static List<CodeInfo> shipped() {
        List<CodeInfo> c = shipped;
        if (c == null) shipped = c = read();
        return c;
    }

    static ErrorTextReader reader() {
        ErrorTextReader r = reader;
        if (r == null) reader = r = new ErrorTextReader(shipped());
        return r;
    }

    static CodeInfo info(String code) {
        for (CodeInfo i : shipped()) if (i.code().equals(code)) return i;
        throw new IllegalArgumentException(code);
    }

    private static List<CodeInfo> read() {
        try (InputStream in = TestCodes.class.getResourceAsStream(LOCATION)) {
            if (in == null) throw new IllegalStateException(LOCATION + " is not on the class path");
            JsonNode root = new ObjectMapper().readTree(in);
            List<CodeInfo> out = new ArrayList<>();
            for (JsonNode n : root.path("codes")) {
                Map<Language, String> messages = new EnumMap<>(Language.class);
                for (Language l : Language.values()) {
                    JsonNode m = n.path("message").get(l.tag());
                    if (m != null && m.isTextual()) messages.put(l, m.asText());
                }
                out.add(new CodeInfo(n.path("code").asText(),
                        Origin.valueOf(n.path("origin").asText().toUpperCase(Locale.ROOT)),
                        Severity.valueOf(n.path("severity").asText().toUpperCase(Locale.ROOT)),
                        n.path("retryable").asBoolean(), n.path("httpStatus").asInt(0), messages,
                        strings(n.path("messageVariants")), strings(n.path("relatesTo")), n.path("docUrl").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array) out.add(e.asText());
        return out;
    }
}
