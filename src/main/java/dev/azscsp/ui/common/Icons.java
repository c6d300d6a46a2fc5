package dev.azscsp.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Vector icons (they stay sharp at any scale, unlike bitmaps on HiDPI screens). */
public final class Icons {
    private Icons() {}

    public static FontIcon of(Ikon icon, String... styleClasses) {
        FontIcon f = new FontIcon(icon);
        f.getStyleClass().addAll(styleClasses);
        return f;
    }
}
