package dev.azscsp.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small factories for wrapped text that never ends in "…" inside scroll panes. */
public final class Texts {
    private Texts() {}

    /** A wrapping paragraph; its minimum height is its preferred one, so JavaFX never cuts it short. */
    public static Label paragraph(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    public static Label heading(String text) {
        Label l = paragraph(text, "section-heading");
        l.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        return l;
    }
}
