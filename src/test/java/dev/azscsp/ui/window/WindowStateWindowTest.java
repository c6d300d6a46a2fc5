package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import dev.azscsp.demo.Scenario;
import dev.azscsp.settings.Settings;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.settings.WindowBounds;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.main.Flow;
import dev.azscsp.ui.main.MainWindow;
import dev.azscsp.ui.main.Page;

/** What is remembered (window, language, recents) and the result's save and documentation link. */
class WindowStateWindowTest extends WindowTest {

    @Override
    protected void configure() {
        // Demo connections get their scenario; a real sign-in (recents are kept only for those) a healthy Azure.
        services.apiFactory = (c, deviceCode) -> new dev.azscsp.demo.SimulatedAzure(c.scenario() != null ? c.scenario() : Scenario.HEALTHY);
    }

    @Test
    void sizePositionLanguageAndRecentsComeBackNextTime() {
        openDemo(Scenario.HEALTHY);
        // The demo's values, under a real sign-in: the demo alone is not remembered.
        robot.interact(() -> {
            vm().connect().signInProperty().set(dev.azscsp.app.SignIn.SERVICE_PRINCIPAL);
            vm().connect().tenantId().set("72f988bf-86f1-41af-91ab-2d7cd011db47");
            vm().connect().clientId().set("0f5c1a2e-8e7b-4a43-9d2b-6c3e1f0a9b77");
            vm().connect().clientSecret().set("not-a-real-secret");
        });
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
        // Where no file manager can open it (a server without a desktop, a remote session), the path is in the window.
        waitUntil(() -> robot.lookup("#logFolderNotice").tryQuery().isPresent());
        assertThat(text("#logFolderPath")).isEqualTo(logs.toString());
        robot.clickOn("#logFolderCopy");
        assertThat(clipboard()).isEqualTo(logs.toString());
        robot.clickOn("#logFolderClose");
        waitUntil(() -> robot.lookup("#logFolderNotice").tryQuery().isEmpty());
    }

    @Test
    void theNoticeShowsTheBackupPathAsWrittenEvenWithBracketsInIt() throws Exception {
        robot.interact(() -> window.stage().close());
        // Brackets are legal in folder names; the banner library read "[url=x]" as markup and failed to start.
        Path odd = Files.createDirectories(home.resolve("h[b]o[/b]me[url=x]"));
        Files.writeString(odd.resolve(SettingsStore.FILE_NAME), "{\"language\":");
        robot.interact(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            window = MainWindow.show(stage, services.build(stage, odd));
        });
        Path backup;
        try (var files = Files.list(odd)) {
            backup = files.filter(p -> p.getFileName().toString().startsWith("settings.json.broken-")).findFirst().orElseThrow();
        }
        assertThat(fx(() -> robot.lookup("#settingsNotice .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList()))
                .anyMatch(t -> t.contains(backup.toString()));
        robot.clickOn("#settingsNoticeClose");
        assertThat(robot.lookup("#settingsNotice").tryQuery()).isEmpty();
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

    /**
     * The notice names the backup by its full path, a long line: the first window must still fit its stage (it was
     * laid out wider than the window once, then kept that width, centred and cut off on both sides), and a click on
     * a Start tile where it is drawn opens that tile's page.
     */
    @Test
    void theFirstWindowAfterABrokenSettingsFileFitsItsStageAndItsTilesOpenTheirPages() throws Exception {
        robot.interact(() -> window.stage().close());
        Files.writeString(home.resolve(SettingsStore.FILE_NAME), "{\"language\":\"fr\",\"theme\":");
        robot.interact(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            window = MainWindow.show(stage, services.build(stage, home));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settingsNotice").tryQuery()).isPresent();
        assertTheFrameFitsTheStage();

        Map<String, Callable<Boolean>> tiles = new LinkedHashMap<>();
        tiles.put("#checkTile", () -> vm().page() == Page.CONNECT && vm().flow() == Flow.SINGLE);
        tiles.put("#bulkTile", () -> vm().page() == Page.CONNECT && vm().flow() == Flow.BULK);
        tiles.put("#pasteTile", () -> vm().page() == Page.PASTE);
        tiles.put("#catalogTile", () -> vm().page() == Page.CATALOG);
        tiles.put("#demoTile", () -> vm().page() == Page.DEMO);
        tiles.forEach((tile, opened) -> {
            Bounds b = onScreen(tile);
            robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY())).clickOn(MouseButton.PRIMARY);
            waitUntil(opened);
            robot.clickOn("#homeButton");
            waitUntil(() -> vm().page() == Page.START);
        });

        // Once wider, then back: the banner gives the width back (a maximized window restored, for instance).
        robot.interact(() -> {
            window.stage().setX(0);
            window.stage().setWidth(javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.stage().setWidth(MainWindow.MIN_WIDTH));
        WaitForAsyncUtils.waitForFxEvents();
        assertTheFrameFitsTheStage();
    }

    /** The frame fills the scene; the banner and the Start tiles are whole inside it, the tiles below the banner. */
    private void assertTheFrameFitsTheStage() {
        javafx.scene.Scene scene = fx(() -> window.stage().getScene());
        Node frame = fx(() -> window.view().root());
        assertThat(fx(() -> frame.localToScene(frame.getLayoutBounds())))
                .as("the frame, in a %s × %s scene", fx(scene::getWidth), fx(scene::getHeight))
                .isEqualTo(fx(() -> new BoundingBox(0, 0, scene.getWidth(), scene.getHeight())));
        Bounds sceneOnScreen = fx(() -> new BoundingBox(scene.getWindow().getX() + scene.getX(),
                scene.getWindow().getY() + scene.getY(), scene.getWidth(), scene.getHeight()));
        Bounds banner = onScreen("#settingsNotice");
        assertThat(sceneOnScreen.contains(banner)).as("banner %s inside %s", banner, sceneOnScreen).isTrue();
        for (String tile : List.of("#checkTile", "#bulkTile", "#pasteTile", "#catalogTile", "#demoTile")) {
            Bounds b = onScreen(tile);
            assertThat(sceneOnScreen.contains(b)).as("%s %s inside %s", tile, b, sceneOnScreen).isTrue();
            assertThat(b.getMinY()).as("%s below the banner", tile).isGreaterThanOrEqualTo(banner.getMaxY());
        }
    }

    private Bounds onScreen(String query) {
        return fx(() -> {
            Node n = robot.lookup(query).query();
            return n.localToScreen(n.getLayoutBounds());
        });
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
