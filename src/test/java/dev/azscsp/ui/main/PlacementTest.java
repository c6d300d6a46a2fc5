package dev.azscsp.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

import dev.azscsp.settings.WindowBounds;

class PlacementTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 770);
    static final Rectangle2D RIGHT = new Rectangle2D(1280, 0, 1920, 1040);

    static Rectangle2D fit(WindowBounds b, Rectangle2D... screens) {
        return Placement.fit(b, List.of(screens), screens[0], 1040, 720, 800, 560);
    }

    @Test
    void aWindowSavedOnABigScreenIsShrunkAndMovedOntoTheSmallerOne() {
        Rectangle2D at = fit(new WindowBounds(100, 60, 1920, 1080, false), LAPTOP);
        assertThat(at).isEqualTo(new Rectangle2D(0, 0, 1280, 770));
    }

    @Test
    void aWindowHangingOffTheEdgeIsMovedBackWholly() {
        Rectangle2D at = fit(new WindowBounds(900, 500, 1000, 700, false), LAPTOP);
        assertThat(at).isEqualTo(new Rectangle2D(280, 70, 1000, 700));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        assertThat(fit(new WindowBounds(30, 40, 900, 640, false), LAPTOP)).isEqualTo(new Rectangle2D(30, 40, 900, 640));
        assertThat(fit(new WindowBounds(1500, 100, 1200, 800, false), LAPTOP, RIGHT)).isEqualTo(new Rectangle2D(1500, 100, 1200, 800));
    }

    @Test
    void theScreenHoldingMostOfTheWindowIsTheOneItGoesTo() {
        Rectangle2D at = fit(new WindowBounds(1000, 100, 1200, 800, false), LAPTOP, RIGHT);
        assertThat(at).isEqualTo(new Rectangle2D(1280, 100, 1200, 800));
    }

    @Test
    void aWindowOnAScreenThatIsGoneOrWithNonsenseBoundsOpensCentredOnThePrimary() {
        Rectangle2D centred = new Rectangle2D(120, 25, 1040, 720);
        assertThat(fit(new WindowBounds(4000, 100, 1200, 800, false), LAPTOP)).isEqualTo(centred);
        assertThat(fit(new WindowBounds(Double.NaN, 0, 1200, 800, false), LAPTOP)).isEqualTo(centred);
        assertThat(fit(null, LAPTOP)).isEqualTo(centred);
    }

    @Test
    void aTooSmallSavedSizeGrowsToTheMinimumAndATinyScreenWinsOverTheMinimum() {
        assertThat(fit(new WindowBounds(10, 10, 300, 200, false), LAPTOP)).isEqualTo(new Rectangle2D(10, 10, 800, 560));
        Rectangle2D tiny = new Rectangle2D(0, 0, 640, 480);
        assertThat(fit(new WindowBounds(0, 0, 1000, 700, false), tiny)).isEqualTo(tiny);
    }
}
