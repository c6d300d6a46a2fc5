package dev.azscsp.ui.main;

/**
 * What the footer shows on a page: message keys of the three buttons (null hides one) and whether they can be
 * used. {@code hintKey} says why Next is disabled.
 */
public record Footer(String backKey, boolean backEnabled, String nextKey, boolean nextEnabled, String cancelKey,
                     String hintKey) {

    public static Footer none() {
        return new Footer(null, false, null, false, null, null);
    }
}
