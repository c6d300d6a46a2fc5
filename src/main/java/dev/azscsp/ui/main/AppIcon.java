package dev.azscsp.ui.main;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The window icon: three stacked layers (an Azure Stack Hub) with a check mark, on a blue tile. It is drawn here
 * and rendered once to the PNGs under {@code dev/azscsp/ui/icons/} (see {@code Screenshots --icons}); the app
 * loads the PNGs. A designed icon under {@code icons/} at the project root should replace it.
 */
public final class AppIcon {
    /** The rendered sizes, smallest first; Windows picks 16/32/48, HiDPI and task switchers the larger ones. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {}

    /** The rendered PNGs, for {@code stage.getIcons()}. */
    public static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int s : SIZES) {
            Image i = image(s);
            if (i != null) out.add(i);
        }
        return out;
    }

    /** One rendered size from the resources; null when it is missing. */
    public static Image image(int size) {
        try (InputStream in = AppIcon.class.getResourceAsStream("/dev/azscsp/ui/icons/app-icon-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Draws the icon at a size (JavaFX thread). */
    public static WritableImage draw(int size) {
        Canvas c = new Canvas(size, size);
        GraphicsContext g = c.getGraphicsContext2D();
        double s = size / 256.0;
        g.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#2b88d8")), new Stop(1, Color.web("#0a5aa8"))));
        g.fillRoundRect(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s);
        // Three layers of the stack, seen from above: parallelograms.
        double[][] layers = {{150, 0.55}, {118, 0.78}, {86, 1.0}};
        for (double[] l : layers) {
            double y = l[0] * s;
            g.setFill(Color.color(1, 1, 1, l[1]));
            g.fillPolygon(new double[] {128 * s, 212 * s, 128 * s, 44 * s},
                    new double[] {y - 34 * s, y, y + 34 * s, y}, 4);
        }
        // The check mark: "this registration is fine".
        g.setStroke(Color.web("#35c46a"));
        g.setLineWidth(Math.max(1.5, 26 * s));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokePolyline(new double[] {150 * s, 178 * s, 226 * s}, new double[] {196 * s, 222 * s, 166 * s}, 3);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }
}
