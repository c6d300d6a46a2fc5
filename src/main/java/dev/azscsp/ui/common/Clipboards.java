package dev.azscsp.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

import org.kordamp.ikonli.material2.Material2AL;

/** Copying to the system clipboard, with a moment of feedback on the button that did it. */
public final class Clipboards {
    private Clipboards() {}

    public static void put(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /**
     * A "Copy" button for a text.
     *
     * @param accessibleText what a screen reader says, e.g. "Copy command 2"
     */
    public static Button copyButton(I18n i18n, java.util.function.Supplier<String> text, String accessibleText) {
        Button b = new Button(i18n.get("action.copy"), Icons.of(Material2AL.CONTENT_COPY));
        b.getStyleClass().addAll("copy-button", "small");
        b.setAccessibleText(accessibleText);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> {
            put(text.get());
            showCopied(i18n, b);
        });
        return b;
    }

    /** Says "Copied" on the button for a moment. */
    public static void showCopied(I18n i18n, Button b) {
        String before = b.getText();
        if (before == null || before.isEmpty()) return;
        String copied = i18n.get("action.copied");
        if (before.equals(copied)) return;
        b.setText(copied);
        PauseTransition p = new PauseTransition(Duration.seconds(1.5));
        p.setOnFinished(e -> b.setText(before));
        p.play();
    }
}
