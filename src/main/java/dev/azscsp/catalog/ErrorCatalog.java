package dev.azscsp.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.i18n.Language;

/**
 * The error knowledge base: what each code means and what to do about it, in every language.
 *
 * <p>It is read from four JSON files beside each other on the class path: {@code codes.json} (facts: severity,
 * retry, the service's message templates), {@code commands.json} (ready-to-run commands, shared by all languages)
 * and {@code texts_<lang>.json} (titles, causes and next actions in our own words). Everything is checked at load,
 * so a broken catalog stops the app at start with a message that names the file, the code and the field, instead
 * of showing a half-empty card to a user later.
 */
public final class ErrorCatalog {
    /** The api-version the operator docs use; commands carry it unless told otherwise. */
    public static final String DEFAULT_API_VERSION = "2017-06-01";
    public static final String DEFAULT_LOCATION = "/dev/azscsp/catalog/";
    /** The namespace of the registrations this app checks; cards name it unless a text named another one. */
    public static final String HOME_NAMESPACE = "Microsoft.AzureStack";

    private static volatile ErrorCatalog defaultCatalog;

    private final Map<String, CodeInfo> codes;                  // in file order
    private final Map<String, CommandTemplate> commands;
    private final Map<Language, Map<Placeholder, String>> markers;
    private final Map<Language, Map<String, CardText>> texts;
    private final Map<Language, String> withheldNotes;
    private final Map<Language, FromText> fromText;

    /**
     * The words for a card read from a pasted text: when its message is not there, in place of a detail only the
     * text holds, and when it is about another namespace.
     */
    private record FromText(String messageNotQuoted, String detailInText, CardText otherNamespace) {}

    private ErrorCatalog(Map<String, CodeInfo> codes, Map<String, CommandTemplate> commands,
                         Map<Language, Map<Placeholder, String>> markers, Map<Language, Map<String, CardText>> texts,
                         Map<Language, String> withheldNotes, Map<Language, FromText> fromText) {
        this.codes = codes;
        this.commands = commands;
        this.markers = markers;
        this.texts = texts;
        this.withheldNotes = withheldNotes;
        this.fromText = fromText;
    }

    /** The catalog shipped with the app, loaded once. */
    public static ErrorCatalog shipped() {
        ErrorCatalog c = defaultCatalog;
        if (c == null) {
            synchronized (ErrorCatalog.class) {
                c = defaultCatalog;
                if (c == null) defaultCatalog = c = load(DEFAULT_LOCATION);
            }
        }
        return c;
    }

    /** Loads and validates a catalog from a class-path folder such as {@code /dev/azscsp/catalog/}. */
    public static ErrorCatalog load(String classPathFolder) {
        String folder = classPathFolder.endsWith("/") ? classPathFolder : classPathFolder + "/";
        return new Loader(file -> ErrorCatalog.class.getResourceAsStream(folder + file), folder).load();
    }

    /** Loads a catalog whose files {@code open} gives by name (null for a missing file); for tests of the checks. */
    static ErrorCatalog load(Function<String, InputStream> open) {
        return new Loader(open, "the given files").load();
    }

    public List<CodeInfo> codes() { return List.copyOf(codes.values()); }

    /** Looks a code up, ignoring letter case (pasted text is not always faithful). */
    public Optional<CodeInfo> find(String code) {
        if (code == null) return Optional.empty();
        CodeInfo exact = codes.get(code);
        if (exact != null) return Optional.of(exact);
        for (CodeInfo c : codes.values()) if (c.code().equalsIgnoreCase(code.trim())) return Optional.of(c);
        return Optional.empty();
    }

    public CodeInfo info(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown error code: " + code));
    }

    public CardText text(String code, Language language) {
        return texts.get(language).get(info(code).code());
    }

    /** What stands in for a value the user has not given, e.g. {@code <customer subscription ID>}. */
    public String marker(Placeholder placeholder, Language language) {
        return markers.get(language).get(placeholder);
    }

    /** The card for a code in a language with the user's values filled in. */
    public ErrorCard card(String code, Language language, Values values) {
        return card(code, language, values, true, false);
    }

    /**
     * The card for a code read from a pasted text. The service's message is quoted only when the text held it
     * ({@code messageSeen}); otherwise the card says so in our words. A text about another namespace than
     * {@link #HOME_NAMESPACE} ({@link Placeholder#NAMESPACE}) gets, under the code the text named, the card for texts
     * about another product instead of advice about registrations.
     */
    public ErrorCard card(String code, Language language, Values values, boolean messageSeen) {
        return card(code, language, values, messageSeen, true);
    }

    private ErrorCard card(String code, Language language, Values values, boolean messageSeen, boolean readFromText) {
        CodeInfo info = info(code);
        CardText t = texts.get(language).get(info.code());
        Values v = values.get(Placeholder.API_VERSION).isPresent()
                ? values : values.with(Placeholder.API_VERSION, DEFAULT_API_VERSION);
        if (readFromText && v.get(Placeholder.DETAIL).isEmpty()) v = v.with(Placeholder.DETAIL, fromText.get(language).detailInText());
        String namespace = v.get(Placeholder.NAMESPACE).orElse(HOME_NAMESPACE);
        String message = messageSeen ? info.message(language).orElse(null) : null;
        String template = info.message(language).orElse(t.details());
        if (!namespace.equalsIgnoreCase(HOME_NAMESPACE)) {
            t = fromText.get(language).otherNamespace();
            template = message != null ? message : t.details();
        } else if (!messageSeen && !info.messages().isEmpty()) {
            template = fromText.get(language).messageNotQuoted();
        }
        Map<Placeholder, String> m = markers.get(language);
        UnaryOperator<String> prose = UnaryOperator.identity();
        String details = Template.fill(template, v, m, prose);
        List<ErrorCard.Action> actions = new ArrayList<>();
        int n = 1;
        for (ActionText a : t.actions()) {
            List<ErrorCard.Command> cmds = new ArrayList<>();
            for (String id : a.commandIds()) cmds.add(command(commands.get(id), v, m, language));
            actions.add(new ErrorCard.Action(n++, Template.fill(a.text(), v, m, prose), cmds));
        }
        return new ErrorCard(info, language, Template.fill(t.title(), v, m, prose), details,
                Template.fill(t.cause(), v, m, prose),
                t.relation() == null ? null : Template.fill(t.relation(), v, m, prose), actions);
    }

    /**
     * A command with the values that may be pasted into its shell; any other value stays a placeholder, and the
     * command's note says which and why. A pasted error names values chosen by whoever wrote it: only a value with
     * its placeholder's syntax, and none of the shell's quoting characters, may become part of something to run.
     */
    private ErrorCard.Command command(CommandTemplate ct, Values values, Map<Placeholder, String> markers, Language language) {
        Values safe = values;
        List<String> withheld = new ArrayList<>();
        for (String name : Template.names(ct.template())) {
            Placeholder p = Placeholder.byKey(name).orElseThrow();
            String value = safe.get(p).orElse(null);
            if (value != null && !(p.accepts(value) && ct.shell().canHold(value))) {
                safe = safe.with(p, null);
                withheld.add(markers.get(p));
            }
        }
        String text = Template.fill(ct.template(), safe, markers, ct.shell()::quoteInside);
        String note = withheld.isEmpty() ? null : withheldNotes.get(language).replace("{0}", String.join(", ", withheld));
        return new ErrorCard.Command(ct.shell(), text, note);
    }

    /** Reads and checks the four files; every problem names its file, code and field. */
    private static final class Loader {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Function<String, InputStream> open;
        private final String where;

        Loader(Function<String, InputStream> open, String where) {
            this.open = open;
            this.where = where;
        }

        ErrorCatalog load() {
            Map<String, CodeInfo> codes = readCodes("codes.json");
            Map<String, CommandTemplate> commands = readCommands("commands.json");
            Map<Language, Map<Placeholder, String>> markers = new EnumMap<>(Language.class);
            Map<Language, Map<String, CardText>> texts = new EnumMap<>(Language.class);
            Map<Language, String> withheldNotes = new EnumMap<>(Language.class);
            Map<Language, FromText> fromText = new EnumMap<>(Language.class);
            for (Language lang : Language.values()) {
                String file = "texts_" + lang.tag() + ".json";
                JsonNode root = read(file);
                String declared = root.path("language").asText("");
                if (!declared.equals(lang.tag())) {
                    throw new CatalogException(file, null, "language", "expected \"" + lang.tag() + "\" but found \"" + declared + "\"");
                }
                markers.put(lang, readMarkers(file, root.path("markers")));
                texts.put(lang, readTexts(file, lang, root.path("cards"), codes, commands));
                String note = prose(file, null, root, "withheldNote");
                if (!note.contains("{0}")) throw new CatalogException(file, null, "withheldNote", "must name the placeholders with {0}");
                withheldNotes.put(lang, note);
                JsonNode other = root.path("otherNamespace");
                if (!other.isObject()) throw new CatalogException(file, null, "otherNamespace", "expected a card object");
                fromText.put(lang, new FromText(prose(file, null, root, "messageNotQuoted"),
                        prose(file, null, root, "detailInText"), readCard(file, "otherNamespace", other, true, true, commands)));
            }
            return new ErrorCatalog(Collections.unmodifiableMap(codes), Collections.unmodifiableMap(commands),
                    Collections.unmodifiableMap(markers), Collections.unmodifiableMap(texts),
                    Collections.unmodifiableMap(withheldNotes), Collections.unmodifiableMap(fromText));
        }

        private JsonNode read(String file) {
            try (InputStream in = open.apply(file)) {
                if (in == null) throw new CatalogException(file, null, null, "file not found in " + where);
                JsonNode node = JSON.readTree(in);
                if (node == null || !node.isObject()) throw new CatalogException(file, null, null, "expected a JSON object");
                return node;
            } catch (JsonProcessingException e) {
                throw new CatalogException(file, null, null, "not valid JSON (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new CatalogException(file, null, null, "cannot be read: " + e.getMessage());
            }
        }

        private Map<String, CodeInfo> readCodes(String file) {
            JsonNode list = read(file).path("codes");
            if (!list.isArray() || list.isEmpty()) throw new CatalogException(file, null, "codes", "expected a non-empty array");
            Map<String, CodeInfo> codes = new LinkedHashMap<>();
            for (JsonNode n : list) {
                String code = text(file, null, n, "code");
                if (codes.containsKey(code)) throw new CatalogException(file, code, "code", "appears twice");
                Origin origin = enumValue(file, code, n, "origin", Origin.class);
                Severity severity = enumValue(file, code, n, "severity", Severity.class);
                JsonNode retry = n.get("retryable");
                if (retry == null || !retry.isBoolean()) throw new CatalogException(file, code, "retryable", "expected true or false");
                int status = n.path("httpStatus").asInt(0);
                Map<Language, String> messages = new EnumMap<>(Language.class);
                JsonNode msg = n.path("message");
                for (Language l : Language.values()) {
                    JsonNode m = msg.get(l.tag());
                    if (m == null) continue;
                    String field = "message." + l.tag();
                    if (!m.isTextual() || m.asText().isBlank()) throw new CatalogException(file, code, field, "is empty");
                    checkPlaceholders(file, code, field, m.asText());
                    messages.put(l, m.asText());
                }
                if (origin == Origin.SERVICE) {   // ARM messages are quoted when known; local conditions have none
                    for (Language l : Language.values()) {
                        if (!messages.containsKey(l)) throw new CatalogException(file, code, "message." + l.tag(), "missing");
                    }
                }
                List<String> variants = strings(file, code, n, "messageVariants");
                for (String v : variants) checkPlaceholders(file, code, "messageVariants", v);
                List<String> relates = strings(file, code, n, "relatesTo");
                String doc = text(file, code, n, "docUrl");
                if (!doc.startsWith("https://")) throw new CatalogException(file, code, "docUrl", "must be an https:// address");
                codes.put(code, new CodeInfo(code, origin, severity, retry.asBoolean(), status, messages, variants, relates, doc));
            }
            for (CodeInfo c : codes.values()) {
                for (String r : c.relatesTo()) {
                    CodeInfo target = codes.get(r);
                    if (target == null || target.origin() != Origin.SERVICE) {
                        throw new CatalogException(file, c.code(), "relatesTo", "\"" + r + "\" is not one of the registration codes");
                    }
                }
            }
            return codes;
        }

        private Map<String, CommandTemplate> readCommands(String file) {
            JsonNode list = read(file).path("commands");
            if (!list.isArray()) throw new CatalogException(file, null, "commands", "expected an array");
            Map<String, CommandTemplate> commands = new LinkedHashMap<>();
            for (JsonNode n : list) {
                String id = text(file, null, n, "id");
                if (commands.containsKey(id)) throw new CatalogException(file, null, "id", "command \"" + id + "\" appears twice");
                Shell shell;
                try {
                    shell = Shell.byKey(text(file, null, n, "shell"));
                } catch (IllegalArgumentException e) {
                    throw new CatalogException(file, null, "shell", "command \"" + id + "\" names an unknown shell \"" + e.getMessage() + "\"");
                }
                String template = text(file, null, n, "template");
                checkPlaceholders(file, null, "template of command " + id, template);
                if (Template.names(template).contains(Placeholder.DETAIL.key())) {
                    throw new CatalogException(file, null, "template of command " + id, "{detail} is free text and cannot be part of a command");
                }
                if (shell != Shell.TEXT) {
                    String outside = Template.firstOutsideSingleQuotes(template);
                    if (outside != null) {
                        throw new CatalogException(file, null, "template of command " + id, "placeholder {" + outside + "} must sit inside single quotes");
                    }
                }
                commands.put(id, new CommandTemplate(id, shell, template));
            }
            return commands;
        }

        private Map<Placeholder, String> readMarkers(String file, JsonNode node) {
            Map<Placeholder, String> m = new EnumMap<>(Placeholder.class);
            for (Placeholder p : Placeholder.values()) {
                JsonNode v = node.get(p.key());
                if (v == null || !v.isTextual() || v.asText().isBlank()) {
                    throw new CatalogException(file, null, "markers." + p.key(), "missing or empty");
                }
                for (char c : v.asText().toCharArray()) {            // markers stand inside commands too
                    if (Shell.QUOTING.indexOf(c) >= 0 || Character.isISOControl(c)) {
                        throw new CatalogException(file, null, "markers." + p.key(),
                                String.format("holds U+%04X, which would end or change a quoted command argument", (int) c));
                    }
                }
                m.put(p, v.asText());
            }
            return Collections.unmodifiableMap(m);
        }

        private Map<String, CardText> readTexts(String file, Language lang, JsonNode cards,
                                                Map<String, CodeInfo> codes, Map<String, CommandTemplate> commands) {
            if (!cards.isObject()) throw new CatalogException(file, null, "cards", "expected an object keyed by code");
            cards.fieldNames().forEachRemaining(name -> {
                if (!codes.containsKey(name)) throw new CatalogException(file, name, null, "is not in codes.json");
            });
            Map<String, CardText> out = new LinkedHashMap<>();
            for (CodeInfo info : codes.values()) {
                String code = info.code();
                JsonNode c = cards.get(code);
                if (c == null || !c.isObject()) throw new CatalogException(file, code, null, "has no card in this language");
                if (info.message(lang).isPresent() && c.has("details")) {
                    throw new CatalogException(file, code, "details", "must not be set: the service's own message is shown");
                }
                out.put(code, readCard(file, code, c, info.message(lang).isEmpty(), info.origin() != Origin.SERVICE, commands));
            }
            return Collections.unmodifiableMap(out);
        }

        private static CardText readCard(String file, String code, JsonNode c, boolean withDetails, boolean withRelation,
                                         Map<String, CommandTemplate> commands) {
            String title = prose(file, code, c, "title");
            String cause = prose(file, code, c, "cause");
            String details = withDetails ? prose(file, code, c, "details") : null;
            String relation = withRelation ? prose(file, code, c, "relation") : null;
            JsonNode acts = c.path("actions");
            if (!acts.isArray() || acts.isEmpty()) throw new CatalogException(file, code, "actions", "expected at least one next action");
            List<ActionText> actions = new ArrayList<>();
            int i = 1;
            for (JsonNode a : acts) {
                String field = "actions[" + i + "]";
                String text = prose(file, code, a, "text", field + ".text");
                List<String> ids = strings(file, code, a, "commands");
                for (String id : ids) {
                    if (!commands.containsKey(id)) throw new CatalogException(file, code, field + ".commands", "unknown command \"" + id + "\"");
                }
                actions.add(new ActionText(text, ids));
                i++;
            }
            return new CardText(title, details, cause, relation, actions);
        }

        private static String prose(String file, String code, JsonNode n, String field) {
            return prose(file, code, n, field, field);
        }

        /** @param path the field as the error names it, e.g. {@code actions[2].text} */
        private static String prose(String file, String code, JsonNode n, String field, String path) {
            String s = text(file, code, n, field, path);
            checkPlaceholders(file, code, path, s);
            return s;
        }

        private static String text(String file, String code, JsonNode n, String field) {
            return text(file, code, n, field, field);
        }

        private static String text(String file, String code, JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) throw new CatalogException(file, code, path, "missing");
            if (!v.isTextual()) throw new CatalogException(file, code, path, "expected text");
            if (v.asText().isBlank()) throw new CatalogException(file, code, path, "is empty");
            return v.asText();
        }

        private static List<String> strings(String file, String code, JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) return List.of();
            if (!v.isArray()) throw new CatalogException(file, code, field, "expected an array of texts");
            List<String> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isTextual() || e.asText().isBlank()) throw new CatalogException(file, code, field, "holds an empty or non-text entry");
                out.add(e.asText());
            }
            return out;
        }

        private static <E extends Enum<E>> E enumValue(String file, String code, JsonNode n, String field, Class<E> type) {
            String v = text(file, code, n, field);
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CatalogException(file, code, field, "unknown value \"" + v + "\"");
            }
        }

        private static void checkPlaceholders(String file, String code, String field, String template) {
            for (String name : Template.names(template)) {
                if (Placeholder.byKey(name).isEmpty()) {
                    throw new CatalogException(file, code, field, "unknown placeholder {" + name + "}");
                }
            }
        }
    }
}
