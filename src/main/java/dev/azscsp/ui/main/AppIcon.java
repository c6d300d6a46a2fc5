package dev.azscsp.ui.main;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/**
 * The window icon: the renderings of {@code icons/app-icon.svg} (made by {@code icons/render.sh}) that ship in the
 * jar, the same picture the installers use.
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
}
