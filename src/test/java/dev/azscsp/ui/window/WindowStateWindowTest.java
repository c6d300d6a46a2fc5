package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.settings.Settings;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.settings.WindowBounds;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.main.MainWindow;
import dev.azscsp.ui.main.Page;

/** What is remembered (window, language, recents) and the result's save and documentation link. */
class WindowStateWindowTest extends WindowTest {

    @Test
    void sizePositionLanguageAndRecentsComeBackNextTime() {
        openDemo(Scenario.HEALTHY);
        runWizardToResult(15);
        robot.clickOn("#french");
        waitUntil(() -> "fr".equals(vm().services().settings().get().language()));
        robot.interact(() -> {
            window.stage().setX(30);
            window.stage().setY(40);
            window.stage().setWidth(900);
            window.stage().setHeight(640);
        });
        robot.interact(() -> window.stage().close());
        Settings saved = new SettingsStore(home).load().settings();
        assertThat(saved.window()).isEqualTo(new WindowBounds(30, 40, 900, 640, false));
        assertThat(saved.language()).isEqualTo("fr");
        assertThat(saved.recentRegistrations()).hasSize(1);

        robot.interact(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            window = MainWindow.show(stage, services.build(stage, home));
        });
        assertThat(fx(() -> window.stage().getWidth())).isEqualTo(900);
        assertThat(fx(() -> window.stage().getX())).isEqualTo(30);
        assertThat(text("#checkButton")).isEqualTo("_Vérifier un abonnement client");
        assertThat(text("#recent")).contains("AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    }

    @Test
    void aWindowSavedOnABiggerScreenOpensWhollyOnTheScreenThereIsNow() throws Exception {
        robot.interact(() -> window.stage().close());
        javafx.geometry.Rectangle2D screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        new SettingsStore(home).save(Settings.defaults().withWindow(
                new WindowBounds(200, 100, screen.getWidth() + 640, screen.getHeight() + 280, false)));
        robot.interact(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            window = MainWindow.show(stage, services.build(stage, home));
        });
        assertThat(fx(() -> window.stage().getX())).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(fx(() -> window.stage().getY())).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(fx(() -> window.stage().getX() + window.stage().getWidth())).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(fx(() -> window.stage().getY() + window.stage().getHeight())).isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void theWindowAndItsHeaderShowTheAppIcon() {
        assertThat(fx(() -> window.stage().getIcons())).hasSize(dev.azscsp.ui.main.AppIcon.SIZES.length);
        assertThat(fx(() -> robot.lookup("#appIcon").queryAs(javafx.scene.image.ImageView.class).getImage())).isNotNull();
    }

    @Test
    void theLogFolderOpensInTheFileManagerAndIsCreatedFirst() throws Exception {
        Path logs = dev.azscsp.app.Logging.folder().toAbsolutePath();
        assertThat(logs.toString()).as("tests keep to their own folder").startsWith(Path.of(System.getProperty("azscsp.home")).toAbsolutePath().toString());
        if (Files.isDirectory(logs)) {
            try (var files = Files.list(logs)) {
                if (files.findAny().isEmpty()) Files.delete(logs);
            }
        }
        assertThat(button("#logFolderButton").getAccessibleText()).isEqualTo("Open the log folder");
        robot.clickOn("#logFolderButton");
        waitUntil(() -> !services.opened.isEmpty());
        String uri = services.opened.get(0);
        assertThat(uri).startsWith("file:").endsWith("/logs/");
        assertThat(Path.of(java.net.URI.create(uri))).isEqualTo(logs);
        assertThat(logs).isDirectory();
    }

    @Test
    void aBrokenSettingsFileIsSetAsideAndAnnounced() throws Exception {
        robot.interact(() -> window.stage().close());
        Files.writeString(home.resolve(SettingsStore.FILE_NAME), "{\"language\":\"fr\",\"theme\":");
        robot.interact(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            window = MainWindow.show(stage, services.build(stage, home));
        });
        assertThat(robot.lookup("#settingsNotice").tryQuery()).isPresent();
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("settings.json.broken-"));
        }
    }

    @Test
    void theReportIsSavedWhereTheDialogSaysAndTheDocumentationOpens() throws Exception {
        Path target = home.resolve("report.json");
        services.saveTarget = new SaveDialog.Target(target, SaveDialog.Format.JSON);
        openDemo(Scenario.NOT_AUTHORIZED);
        runWizardToResult(15);
        robot.clickOn("#saveButton");
        waitUntil(() -> Files.exists(target));
        assertThat(services.asked).singleElement().asString().startsWith("azscsp-AuthorizationFailed-");
        waitUntil(() -> !vm().result().saveMessageProperty().get().isEmpty());
        assertThat(Files.readString(target)).contains("\"primaryCode\" : \"AuthorizationFailed\"");
        assertThat(text("#saveMessage")).isEqualTo("Report saved to " + target);

        robot.clickOn("#docLink");
        assertThat(services.opened).containsExactly(fx(() -> vm().result().documentationUrl().orElseThrow()));
        assertThat(fx(() -> vm().page())).isEqualTo(Page.RESULT);
    }
}
