package dev.azscsp.diagnosis.paste;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.Origin;
import dev.azscsp.catalog.Placeholder;

/** Every sample under {@code paste-corpus/} is read and compared with its entry in {@code expected.json}. */
class PasteCorpusTest {
    private static final String DIR = "/paste-corpus/";
    private static final List<String> NEIGHBOURS = List.of("ResourceNotFound", "ResourceGroupNotFound",
            "ParentResourceNotFound", "SubscriptionNotFound", "AuthorizationFailed", "MissingSubscriptionRegistration",
            "InvalidAuthenticationToken", "TooManyRequests");

    static JsonNode expected() {
        try (InputStream in = PasteCorpusTest.class.getResourceAsStream(DIR + "expected.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sample(String file) {
        try (InputStream in = PasteCorpusTest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as("sample %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> samples() {
        List<Arguments> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("_")) out.add(Arguments.of(e.getKey(), e.getValue()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsTheSampleAsExpected(String file, JsonNode exp) {
        PasteResult r = TestCodes.reader().readStrict(sample(file));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(r.codes()).as("codes").containsExactlyElementsOf(strings(exp.get("codes")));
        soft.assertThat(r.primaryCode()).as("primaryCode")
                .isEqualTo(exp.path("primaryCode").isNull() ? null : exp.path("primaryCode").asText());
        soft.assertThat(r.confidence().name()).as("confidence").isEqualTo(exp.path("confidence").asText());
        if (exp.has("hint")) soft.assertThat(r.hint().name()).as("hint").isEqualTo(exp.get("hint").asText());
        if (exp.has("looksLikeError")) {
            soft.assertThat(r.looksLikeError()).as("looksLikeError").isEqualTo(exp.get("looksLikeError").asBoolean());
        }
        if (exp.has("unknownCodes")) {
            soft.assertThat(r.unknownCodes()).as("unknownCodes").containsExactlyElementsOf(strings(exp.get("unknownCodes")));
        }
        exp.path("evidence").fields().forEachRemaining(e -> {
            List<String> ways = r.finding(e.getKey()).map(f -> f.evidence().stream().map(Enum::name).toList()).orElse(List.of());
            soft.assertThat(ways).as("evidence of %s", e.getKey()).containsAll(strings(e.getValue()));
        });
        exp.path("language").fields().forEachRemaining(e -> soft.assertThat(
                r.finding(e.getKey()).map(f -> String.valueOf(f.messageLanguage())).orElse("none"))
                .as("message language of %s", e.getKey()).isEqualTo(e.getValue().asText()));
        exp.path("values").fields().forEachRemaining(e -> {
            Map<String, String> actual = new HashMap<>();
            r.finding(e.getKey()).ifPresent(f -> f.values().forEach((p, v) -> actual.put(p.key(), v)));
            e.getValue().fields().forEachRemaining(v ->
                    soft.assertThat(actual.get(v.getKey())).as("%s value %s", e.getKey(), v.getKey()).isEqualTo(v.getValue().asText()));
        });
        Map<String, Object> extracted = extractedAsMap(r.extracted());
        exp.path("extracted").fields().forEachRemaining(e -> {
            Object want = e.getValue().isNumber() ? (Object) e.getValue().asInt() : e.getValue().asText();
            soft.assertThat(extracted.get(e.getKey())).as("extracted %s", e.getKey()).isEqualTo(want);
        });
        Map<String, String> others = new HashMap<>();
        r.extracted().otherValues().forEach((p, v) -> others.put(p.key(), v));
        exp.path("otherValues").fields().forEachRemaining(e ->
                soft.assertThat(others.get(e.getKey())).as("other value %s", e.getKey()).isEqualTo(e.getValue().asText()));
        exp.path("messageSeen").fields().forEachRemaining(e ->
                soft.assertThat(r.messageSeen(e.getKey())).as("message of %s seen", e.getKey()).isEqualTo(e.getValue().asBoolean()));
        for (String field : strings(exp.path("absent"))) {
            soft.assertThat(extracted).as("fields of extracted").containsKey(field);
            soft.assertThat(extracted.get(field)).as("extracted %s should be absent", field).isNull();
        }
        for (Finding f : r.findings()) {
            soft.assertThat(f.start()).as("span of %s", f.code()).isBetween(0, f.end());
            soft.assertThat(f.end()).as("span end of %s", f.code()).isLessThanOrEqualTo(r.inputLength());
        }
        soft.assertAll();
    }

    @Test
    void everySampleFileHasAnEntryAndEveryEntryAFile() throws IOException, URISyntaxException {
        Path dir = Path.of(PasteCorpusTest.class.getResource(DIR).toURI());
        Set<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> entries = samples().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(entries).isEqualTo(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void corpusCoversEveryServiceCodeTwiceAndEveryNeighbourAndEntraCardOnce() {
        Map<String, Integer> count = new HashMap<>();
        samples().forEach(a -> strings(((JsonNode) a.get()[1]).get("codes")).forEach(c -> count.merge(c, 1, Integer::sum)));
        for (CodeInfo info : TestCodes.shipped()) {
            if (info.origin() == Origin.SERVICE) assertThat(count.getOrDefault(info.code(), 0)).as(info.code()).isGreaterThanOrEqualTo(2);
        }
        for (String n : NEIGHBOURS) assertThat(count.getOrDefault(n, 0)).as(n).isGreaterThanOrEqualTo(1);
        for (CodeInfo info : TestCodes.shipped()) {
            if (info.origin() == Origin.ENTRA) assertThat(count.getOrDefault(info.code(), 0)).as(info.code()).isGreaterThanOrEqualTo(1);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    private static Map<String, Object> extractedAsMap(Extracted x) {
        Map<String, Object> m = new HashMap<>();
        m.put("subscriptionId", x.subscriptionId());
        m.put("resourceGroup", x.resourceGroup());
        m.put("registrationName", x.registrationName());
        m.put("customerSubscriptionId", x.customerSubscriptionId());
        m.put("correlationId", x.correlationId());
        m.put("requestId", x.requestId());
        m.put("timestamp", x.timestamp());
        m.put("httpStatus", x.httpStatus());
        m.put("retryAfterSeconds", x.retryAfterSeconds());
        assertThat(x.toValues().get(Placeholder.SUBSCRIPTION_ID).orElse(null)).isEqualTo(x.subscriptionId());
        return m;
    }
}
