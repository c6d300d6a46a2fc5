package dev.azscsp.diagnosis;

import java.util.Arrays;
import java.util.List;

import dev.azscsp.i18n.Language;
import dev.azscsp.i18n.Messages;

/**
 * A sentence kept as a message key and its arguments, so a result made in one language can be shown in another
 * after the user switches. Arguments are inserted as plain text.
 */
public record Text(String key, List<Object> args) {
    public static final String BUNDLE = "dev.azscsp.diagnosis.messages";

    public Text {
        args = args.stream().map(a -> a == null ? (Object) "—" : a).toList();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    private static Object render(Object x, Language language) {
        if (x instanceof Text t) return t.in(language);
        if (x instanceof List<?> list) {
            return String.join(language.semicolon(), list.stream().map(e -> String.valueOf(render(e, language))).toList());
        }
        return x;
    }

    /** The sentence in a language; arguments that are texts themselves are put in the same language. */
    public String in(Language language) {
        Object[] a = args.stream().map(x -> render(x, language)).toArray();
        return Messages.of(BUNDLE, language).format(key, a);
    }
}
