package dev.azscsp.diagnosis.paste;

import java.util.List;
import java.util.Optional;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.i18n.Language;

/**
 * What {@link ErrorTextReader} found in a paste.
 *
 * @param codes          recognized codes in order of first appearance, no repeats
 * @param primaryCode    the text's first error (among the findings of at least MEDIUM confidence when there are any);
 *                       null when nothing was recognized
 * @param findings       one per code, same order as {@code codes}
 * @param extracted      the values read from the paste
 * @param confidence     the best confidence of any finding, {@link Confidence#NONE} when there is none
 * @param hint           what to tell the user about the paste
 * @param looksLikeError whether the text looked like an error at all (codes, statuses, "error", "exception"...)
 * @param unknownCodes   codes found in code positions ({@code "code": "X"}, {@code ErrorCode: X}, {@code (X)})
 *                       that the catalog does not know, in order, no repeats
 * @param truncated      true when the paste was longer than {@link ErrorTextReader#MAX_CHARS} and only its start and
 *                       its end were read
 * @param inputLength    the length of the paste in chars
 */
public record PasteResult(List<String> codes, String primaryCode, List<Finding> findings, Extracted extracted,
                          Confidence confidence, PasteHint hint, boolean looksLikeError, List<String> unknownCodes,
                          boolean truncated, int inputLength) {

    public PasteResult {
        codes = List.copyOf(codes);
        findings = List.copyOf(findings);
        unknownCodes = List.copyOf(unknownCodes);
    }

    static PasteResult empty(int inputLength, boolean truncated) {
        return new PasteResult(List.of(), null, List.of(), Extracted.NONE, Confidence.NONE, PasteHint.EMPTY_INPUT,
                false, List.of(), truncated, inputLength);
    }

    public boolean recognized() { return !codes.isEmpty(); }

    public Optional<Finding> finding(String code) {
        for (Finding f : findings) if (f.code().equalsIgnoreCase(code)) return Optional.of(f);
        return Optional.empty();
    }

    public Optional<Finding> primary() { return primaryCode == null ? Optional.empty() : finding(primaryCode); }

    /** Whether the text held the code's message (in any language, any known wording), so a card may quote it. */
    public boolean messageSeen(String code) {
        return finding(code).map(f -> f.foundBy(Evidence.MESSAGE_TEMPLATE) || f.foundBy(Evidence.MESSAGE_VARIANT))
                .orElse(false);
    }

    /**
     * The primary card with every value found, quoting the service's message only when the text held it, and
     * answering a text about another product as such; null when nothing was recognized.
     */
    public ErrorCard card(ErrorCatalog catalog, Language language) {
        if (primaryCode == null) return null;
        return catalog.card(primaryCode, language, extracted.toValues(), messageSeen(primaryCode));
    }
}
