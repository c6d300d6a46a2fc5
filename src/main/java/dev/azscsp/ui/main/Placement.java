package dev.azscsp.ui.main;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Rectangle2D;

import dev.azscsp.settings.WindowBounds;

/**
 * Where the window opens, from where it was last time and the screens there are now. A saved place is kept only
 * as far as it fits: a window closed at 1920×1080 and opened on a 1280×800 screen is shrunk and moved onto that
 * screen (its header and buttons would be out of reach otherwise); a window on a screen that is gone opens
 * centred on the primary one.
 */
final class Placement {
    private Placement() {}

    /** The bounds to open at; {@code screens} are the visual bounds (without task bars) of every screen. */
    static Rectangle2D fit(WindowBounds saved, List<Rectangle2D> screens, Rectangle2D primary,
                           double defaultWidth, double defaultHeight, double minWidth, double minHeight) {
        Rectangle2D screen = saved == null || !saved.plausible() ? null : screens.stream()
                .filter(s -> overlap(s, saved) > 0)
                .max(Comparator.comparingDouble(s -> overlap(s, saved)))
                .orElse(null);
        if (screen == null) {
            double w = Math.min(defaultWidth, primary.getWidth());
            double h = Math.min(defaultHeight, primary.getHeight());
            return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                    primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
        }
        double w = Math.min(Math.max(saved.width(), minWidth), screen.getWidth());
        double h = Math.min(Math.max(saved.height(), minHeight), screen.getHeight());
        double x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }

    private static double overlap(Rectangle2D s, WindowBounds b) {
        double w = Math.min(s.getMaxX(), b.x() + b.width()) - Math.max(s.getMinX(), b.x());
        double h = Math.min(s.getMaxY(), b.y() + b.height()) - Math.max(s.getMinY(), b.y());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
