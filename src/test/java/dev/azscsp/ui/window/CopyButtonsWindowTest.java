package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.app.DeviceCode;
import dev.azscsp.app.SignIn;
import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Values;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.report.Redactor;
import dev.azscsp.report.TicketText;
import dev.azscsp.ui.main.Page;

/** Every Copy button puts exactly the expected text on the clipboard. */
class CopyButtonsWindowTest extends WindowTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final DiagnosisReport report = new DiagnosisReport(ErrorCatalog.shipped());

    @Override
    protected void configure() {
        services.apiFactory = (c, deviceCode) -> {
            if (c.signIn() != SignIn.DEVICE_CODE) return new SimulatedAzure(c.scenario());
            SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO);
            return (RegistrationApi) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RegistrationApi.class}, (p, m, a) -> {
                        if (m.getName().equals("account")) {
                            deviceCode.accept(new DeviceCode("K7RW-P2QX", "https://microsoft.com/devicelogin", "Enter the code"));
                            release.await();
                        }
                        return m.invoke(azure, a);
                    });
        };
    }

    @AfterEach
    void letSignInGo() {
        release.countDown();
    }

    @Test
    void theResultsCommandsTicketAndMarkdownCopies() {
        openDemo(Scenario.REGISTRATION_NOT_FOUND);
        runWizardToResult(15);
        Diagnosis d = fx(() -> vm().result().diagnosis());
        List<String> commands = report.primaryCard(d, Language.EN, "2017-06-01").actions().stream()
                .flatMap(a -> a.commands().stream()).map(ErrorCard.Command::text).toList();
        List<Button> buttons = fx(() -> List.copyOf(robot.lookup("#primaryCard .copy-button").queryAllAs(Button.class)));
        assertThat(buttons).hasSize(commands.size()).hasSizeGreaterThan(3);
        for (int i = 0; i < buttons.size(); i++) {
            Button b = buttons.get(i);
            robot.interact(b::fire);
            assertThat(clipboard()).as("command " + (i + 1)).isEqualTo(commands.get(i));
            assertThat(b.getAccessibleText()).startsWith("Copy command ");
        }
        // Read in the same turn of the JavaFX thread as the click: the feedback lasts a moment, and a busy machine may
        // let that moment pass before a later read.
        assertThat(fx(() -> {
            Button first = buttons.get(0);
            first.fire();
            return first.getText();
        })).as("a moment of feedback").isEqualTo("Copied");

        dev.azscsp.report.RunContext ctx = fx(() -> vm().result().resultProperty().get().context());
        robot.clickOn("#copyPlain");
        assertThat(clipboard()).isEqualTo(report.plain(d, Language.EN, ctx, false))
                .contains("UTC with AzS CSP Troubleshooter", "cloud demo, Azure Resource Manager simulated (demo), api-version 2017-06-01");
        robot.clickOn("#copyMarkdown");
        assertThat(clipboard()).isEqualTo(report.markdown(d, Language.EN, ctx, false));
        assertThat(fx(() -> robot.lookup("#redactNote").query().isVisible())).isFalse();
        robot.clickOn("#redact");
        assertThat(text("#redactNote")).startsWith("Redacted: the copied and saved text shortens");
        robot.clickOn("#copyPlain");
        String correlation = d.primaryAnswer().correlationId();
        assertThat(clipboard()).isEqualTo(report.plain(d, Language.EN, ctx, true))
                .isEqualTo(Redactor.redact(report.plain(d, Language.EN, ctx, false), new java.util.HashSet<>(List.of(correlation, d.primaryAnswer().requestId()))))
                .contains(correlation).doesNotContain(d.target().subscriptionId());
    }

    @Test
    void theDeviceCodeCopy() {
        robot.clickOn("#checkButton");
        waitUntil(() -> vm().page() == Page.CONNECT);
        robot.clickOn("#deviceCode");
        robot.clickOn("#signInButton");
        waitUntil(() -> robot.lookup("#deviceCodeBanner").tryQuery().isPresent());
        assertThat(text("#deviceCodeValue")).isEqualTo("K7RW-P2QX");
        robot.clickOn("#copyDeviceCode");
        assertThat(clipboard()).isEqualTo("K7RW-P2QX");
        robot.clickOn("#openDeviceCodePage");
        assertThat(services.opened).containsExactly("https://microsoft.com/devicelogin");
        robot.clickOn("#cancelSignInButton");
        waitUntil(() -> robot.lookup("#deviceCodeBanner").tryQuery().isEmpty());
    }

    @Test
    void theCatalogCardCopyAndItsCommands() {
        robot.clickOn("#catalogButton");
        waitUntil(() -> vm().page() == Page.CATALOG);
        robot.clickOn("#search").write("multi-tenancy approval");
        ListView<CodeInfo> codes = robot.lookup("#codes").queryListView();
        waitUntil(() -> !codes.getItems().isEmpty());
        robot.interact(() -> codes.getSelectionModel().select(fx(() -> ErrorCatalog.shipped().info("UnauthorizedCspRegistration"))));
        waitUntil(() -> "UnauthorizedCspRegistration".equals(text("#catalogCard #cardCode")));
        ErrorCard card = ErrorCatalog.shipped().card("UnauthorizedCspRegistration", Language.EN, Values.empty());
        robot.clickOn("#copyCard");
        assertThat(clipboard()).isEqualTo(TicketText.plain(card, List.of(), null, false));
        Button first = fx(() -> (Button) robot.lookup("#catalogCard .copy-button").query());
        robot.interact(first::fire);
        assertThat(clipboard()).isEqualTo(card.actions().stream().flatMap(a -> a.commands().stream()).findFirst().orElseThrow().text());
    }

    @Test
    void thePastedCardCopy() {
        robot.clickOn("#pasteButton");
        waitUntil(() -> vm().page() == Page.PASTE);
        robot.interact(() -> vm().paste().textProperty().set("{\"error\":{\"code\":\"InvalidCSPSubscription\"}}"));
        waitUntil(() -> robot.lookup("#pastedCard #cardCode").tryQuery().isPresent());
        robot.clickOn("#copyCard");
        // The paste held the code only: the card does not put the service's message in its mouth (as explain).
        ErrorCard card = ErrorCatalog.shipped().card("InvalidCSPSubscription", Language.EN, Values.empty(), false);
        assertThat(clipboard()).isEqualTo(TicketText.plain(card, List.of(), null, false))
                .doesNotContain("is not a valid CSP subscription. Make sure");
    }
}
