package dev.azscsp.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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
        reserveRoomFor(b, i18n.get("action.copied"));
        b.setOnAction(e -> {
            put(text.get());
            showCopied(i18n, b);
        });
        return b;
    }

    /**
     * Says "Copied" on the button for a moment, at the button's width: nothing beside it moves under the pointer.
     * A button whose own text is shorter than "Copied" reserves the room beforehand ({@link #copyButton}).
     */
    public static void showCopied(I18n i18n, Button b) {
        String before = b.getText();
        if (before == null || before.isEmpty()) return;
        String copied = i18n.get("action.copied");
        if (before.equals(copied)) return;
        double min = b.getMinWidth(), pref = b.getPrefWidth(), max = b.getMaxWidth();
        boolean minBound = b.minWidthProperty().isBound();
        double width = b.getWidth();
        if (width > 0) {
            if (!minBound) b.setMinWidth(width);
            b.setPrefWidth(width);
            b.setMaxWidth(width);
        }
        b.setText(copied);
        PauseTransition p = new PauseTransition(Duration.seconds(1.5));
        p.setOnFinished(e -> {
            b.setText(before);
            if (!minBound) b.setMinWidth(min);
            b.setPrefWidth(pref);
            b.setMaxWidth(max);
        });
        p.play();
    }

    /** Keeps a button at least as wide as it needs to say {@code later} instead of its text. */
    private static void reserveRoomFor(Button b, String later) {
        String now = b.getText();
        b.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Node graphic = b.getGraphic();
            double graphicWidth = graphic == null ? 0 : graphic.prefWidth(-1) + b.getGraphicTextGap();
            double text = Math.max(textWidth(now, b.getFont()), textWidth(later, b.getFont()));
            return Math.ceil(b.snappedLeftInset() + graphicWidth + text + b.snappedRightInset()) + 1;
        }, b.fontProperty(), b.paddingProperty(), b.graphicTextGapProperty(), b.skinProperty()));
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
