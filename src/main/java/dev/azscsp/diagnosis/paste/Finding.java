package dev.azscsp.diagnosis.paste;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.azscsp.catalog.Placeholder;
import dev.azscsp.i18n.Language;

/**
 * One recognized code and how it was found.
 *
 * @param code            the code as the catalog spells it
 * @param evidence        every way it was found, strongest first (never empty)
 * @param confidence      the confidence of the strongest evidence
 * @param messageLanguage the language of the message that matched, null when no message matched
 * @param values          what the matched message said about the placeholders (empty when no message matched or
 *                        the message names none); values are as written, line breaks from wrapping removed
 * @param start           where its first sign starts in the pasted text (a char offset, for highlighting)
 * @param end             where that sign ends (exclusive)
 */
public record Finding(String code, List<Evidence> evidence, Confidence confidence, Language messageLanguage,
                      Map<Placeholder, String> values, int start, int end) {

    public Finding {
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) throw new IllegalArgumentException("a finding needs evidence");
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public Evidence strongest() { return evidence.get(0); }

    public boolean foundBy(Evidence e) { return evidence.contains(e); }
}
