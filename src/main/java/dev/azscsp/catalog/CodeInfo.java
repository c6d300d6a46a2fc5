package dev.azscsp.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.azscsp.i18n.Language;

/**
 * The facts about one error code: how bad it is, whether trying again can help, and the message the service
 * sends (quoted exactly; placeholders stand for the values it names).
 *
 * @param httpStatus       the status it usually comes with; 0 when it has none (local conditions) or it is not known
 * @param messages         the service's message per language, when it has one
 * @param messageVariants  earlier wordings of the same message (any language), for recognizing pasted text
 * @param relatesTo        the registration codes this one stands for or hides
 */
public record CodeInfo(String code, Origin origin, Severity severity, boolean retryable, int httpStatus,
                       Map<Language, String> messages, List<String> messageVariants, List<String> relatesTo,
                       String docUrl) {

    public CodeInfo {
        messages = Map.copyOf(messages);
        messageVariants = List.copyOf(messageVariants);
        relatesTo = List.copyOf(relatesTo);
    }

    /**
     * The documentation page for a language: Microsoft Learn serves every page under a locale folder, so a French
     * reader gets {@code /fr-fr/} instead of {@code /en-us/}. Other addresses stay as written.
     */
    public String docUrl(Language language) {
        String english = "https://learn.microsoft.com/en-us/";
        if (language == Language.FR && docUrl.startsWith(english)) {
            return "https://learn.microsoft.com/fr-fr/" + docUrl.substring(english.length());
        }
        return docUrl;
    }

    public Optional<String> message(Language language) {
        return Optional.ofNullable(messages.get(language));
    }
}
