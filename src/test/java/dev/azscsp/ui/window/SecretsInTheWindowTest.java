package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javafx.scene.control.Button;

import org.junit.jupiter.api.Test;

import dev.azscsp.ui.common.Worker;
import dev.azscsp.app.Connection;
import dev.azscsp.app.Logging;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.main.Page;

/**
 * A service principal's secret, typed into the window, used for a run to its result and for a Check many run, then
 * every way out of the window is taken (each Copy button, the ticket copies, the saved reports, the exported table,
 * the settings written at close, the log folder): the secret shows up in none of them.
 */
class SecretsInTheWindowTest extends WindowTest {
    static final String SECRET = "CANARY-SECRET-9xQ";
    static final String CLIENT_ID = "0a1b2c3d-0000-4000-8000-00000000abcd";

    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<String> copied = new ArrayList<>();

    @Override
    protected void configure() {
        // Answers like the demo, whoever signs in.
        services.apiFactory = (c, deviceCode) -> {
            connections.add(c);
            return new SimulatedAzure(Scenario.HEALTHY, Duration.ofMillis(5));
        };
    }

    private void copyWith(Button b) {
        robot.interact(b::fire);
        copied.add(clipboard());
    }

    @Test
    void theClientSecretReachesNothingTheWindowWrites() throws Exception {
        robot.clickOn("#checkButton");
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.clickOn("#servicePrincipal");
        robot.interact(() -> {
            vm().connect().tenantId().set("contoso.onmicrosoft.com");
            vm().connect().clientId().set(CLIENT_ID);
        });
        robot.clickOn("#clientSecret").write(SECRET);   // typed, as a user would

        // Fired: at the default size the button may sit below the fold of the page's scroll pane.
        robot.interact(() -> button("#signInButton").fire());
        waitUntil(() -> vm().connect().stateProperty().get() == Worker.State.DONE);
        assertThat(connections).isNotEmpty().allSatisfy(c -> {
            assertThat(c.signIn()).isEqualTo(SignIn.SERVICE_PRINCIPAL);
            assertThat(new String(c.clientSecret())).as("the secret typed is the one used").isEqualTo(SECRET);
        });

        // One customer, to its result: a registration name the simulated Azure does not know ends on a card with commands.
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        RawInput in = Scenario.REGISTRATION_NOT_FOUND.input();
        robot.interact(() -> {
            vm().registration().fill(in);
            vm().customer().fill(in);
        });
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.CUSTOMER);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.RESULT, 15);
        assertThat(text("#primaryCard #cardCode")).isEqualTo("RegistrationNotFound");

        for (boolean redact : new boolean[] {false, true}) {
            robot.interact(() -> vm().result().redactProperty().set(redact));
            List<Button> copyButtons = fx(() -> List.copyOf(robot.lookup(".copy-button").queryAllAs(Button.class)));
            assertThat(copyButtons).hasSizeGreaterThan(3);
            copyButtons.forEach(this::copyWith);
            copyWith(button("#copyPlain"));
            copyWith(button("#copyMarkdown"));
        }
        assertThat(copied).anySatisfy(c -> assertThat(c).contains("RegistrationNotFound"));

        Path markdown = home.resolve("report.md");
        Path json = home.resolve("report.json");
        services.saveTarget = new SaveDialog.Target(markdown, SaveDialog.Format.MARKDOWN);
        robot.clickOn("#saveButton");
        waitUntil(() -> Files.exists(markdown));
        services.saveTarget = new SaveDialog.Target(json, SaveDialog.Format.JSON);
        robot.clickOn("#saveButton");
        waitUntil(() -> Files.exists(json));

        // Many customers with the same sign-in: the table copied and exported.
        services.openPath = Files.writeString(home.resolve("customers.csv"), "customerSubscriptionId,label\n"
                + "e09a4e93-29a7-4eba-a6d4-76202383f07f,Fabrikam\nc1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f,Tailspin\n");
        robot.clickOn("#homeButton");
        robot.clickOn("#bulkButton");
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.interact(() -> vm().registration().registrationName().set(Scenario.HEALTHY.input().registrationName()));
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.BULK);
        robot.clickOn("#loadButton");
        waitUntil(() -> vm().bulk().rowCount() == 2);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().bulk().state() == Worker.State.DONE);
        copyWith(button("#copyButton"));
        for (SaveDialog.Format f : SaveDialog.TABLE) {
            Path out = home.resolve("results." + f.extension());
            services.saveTarget = new SaveDialog.Target(out, f);
            robot.clickOn("#exportButton");
            waitUntil(() -> Files.exists(out) && !vm().bulk().exportMessageProperty().get().isEmpty());
        }
        assertThat(connections.stream().filter(c -> c.signIn() != SignIn.SERVICE_PRINCIPAL)).isEmpty();

        // Closing the window saves the settings (size, language, connection, recents).
        robot.interact(() -> window.stage().close());
        Path settings = home.resolve(SettingsStore.FILE_NAME);
        assertThat(settings).exists();
        assertThat(Files.readString(settings)).as("the settings hold the connection, but not its secret")
                .contains(CLIENT_ID).contains("service-principal");

        Map<Path, String> written = new TreeMap<>(filesUnder(home));
        written.putAll(filesUnder(Logging.folder()));
        assertThat(written.keySet()).contains(settings, markdown, json, home.resolve("results.csv"), home.resolve("results.jsonl"));
        assertThat(copied).hasSizeGreaterThan(10).allSatisfy(c -> assertThat(c).doesNotContain(SECRET));
        written.forEach((file, text) -> assertThat(text).as(file.toString()).doesNotContain(SECRET));
    }

    /** The text of every file under a folder (none when it does not exist). */
    private static Map<Path, String> filesUnder(Path folder) throws Exception {
        Map<Path, String> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(f, new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
