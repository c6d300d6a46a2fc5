package dev.azscsp.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

import org.junit.jupiter.api.Test;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The style sheets ship in JavaFX's binary form, made by the build from the CSS in use (nothing drifts). */
class ThemeTest {
    @Test
    void bothThemesAreTheBinaryFormOfAtlantaFxsOwnCss() throws Exception {
        assertSameRules(Theme.LIGHT.userAgentStylesheet(), resource(new PrimerLight().getUserAgentStylesheet()));
        assertSameRules(Theme.DARK.userAgentStylesheet(), resource(new PrimerDark().getUserAgentStylesheet()));
    }

    @Test
    void theAppsStyleSheetHasItsBinaryFormBesideIt() throws Exception {
        // JavaFX loads app.bss when it finds one beside app.css.
        URL css = ThemeTest.class.getResource(MainWindow.STYLESHEET);
        URL bss = ThemeTest.class.getResource(MainWindow.STYLESHEET.replace(".css", ".bss"));
        assertThat(bss).isNotNull();
        assertSameRules(bss.toExternalForm(), css.toExternalForm());
    }

    private static void assertSameRules(String binary, String css) throws Exception {
        assertThat(binary).endsWith(".bss");
        Stylesheet fromBinary = Stylesheet.loadBinary(new URL(binary));
        Stylesheet parsed = new CssParser().parse(new URL(css));
        assertThat(fromBinary.getRules()).hasSameSizeAs(parsed.getRules()).hasSizeGreaterThan(10);
        assertThat(shape(fromBinary)).isEqualTo(shape(parsed));
    }

    /** Each rule's selectors and the properties it sets. */
    private static java.util.List<String> shape(Stylesheet s) {
        return s.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations().stream()
                .map(javafx.css.Declaration::getProperty).toList()).toList();
    }

    private static String resource(String path) {
        return ThemeTest.class.getResource(path).toExternalForm();
    }
}
