package dev.azscsp.settings;

/** Where the main window was, in screen coordinates (JavaFX logical pixels). */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** True when the values can describe a real window (a hand-edited file may say otherwise). */
    public boolean plausible() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= 200 && height >= 150
                && width <= 20_000 && height <= 20_000;
    }
}
