package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.main.Page;

/**
 * Every page at the smallest window the app supports (800×600) shows every text whole and keeps every control in
 * reach, in both languages; in a full-HD window the prose keeps a readable line length instead of running across
 * the screen.
 */
class WindowSizesWindowTest extends WindowTest {
    /** The checks page is read half-way: a slower simulated Azure keeps it on screen. */
    private volatile boolean slow;

    @Override
    protected void configure() {
        services.apiFactory = (c, deviceCode) -> new SimulatedAzure(c.scenario(), slow ? Duration.ofMillis(1500) : Duration.ofMillis(10));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void nothingIsCutAt800x600(Language lang) throws Exception {
        assertThat(walk(lang, 800, 600, Fits::cut)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void proseKeepsAReadableLineLengthAt1920x1080(Language lang) throws Exception {
        assertThat(walk(lang, 1920, 1080, Fits::longLines)).isEmpty();
    }

    /** Walks every page in the window of that size and gathers what {@code check} finds, page by page. */
    private List<String> walk(Language lang, double width, double height, Function<Scene, List<String>> check) throws Exception {
        List<String> found = new ArrayList<>();
        // A window of its own, in that language and size from the start, as a user who set them would open it.
        services.language = lang;
        robot.interact(() -> {
            window.stage().close();
            javafx.stage.Stage stage = new javafx.stage.Stage();
            window = dev.azscsp.ui.main.MainWindow.show(stage, services.build(stage, home));
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil(() -> vm().i18n().language() == lang);
        java.util.function.Consumer<String> look = page -> {
            robot.interact(() -> {
                window.stage().getScene().getRoot().applyCss();
                window.stage().getScene().getRoot().layout();
            });
            for (String p : fx(() -> check.apply(window.stage().getScene()))) found.add(page + ": " + p);
        };

        look.accept("start");
        go(() -> vm().go(Page.DEMO));
        look.accept("demo");

        go(() -> {
            vm().startWizard();
            vm().connect().signInProperty().set(SignIn.SERVICE_PRINCIPAL);
            vm().connect().cloudProperty().set(dev.azscsp.app.Cloud.CUSTOM);
            vm().connect().armEndpoint().set("http://management.contoso.local");
            vm().connect().tenantId().set("not a tenant");
            vm().connect().clientId().set("0a1b2c3d-0000-4000-8000-00000000abc");
            vm().connect().clientSecret().set("x");
        });
        look.accept("connect (service principal, wrong values)");

        go(() -> vm().startDemo(Scenario.REGISTRATION_NOT_FOUND));
        go(() -> vm().connect().signIn());
        waitUntil(() -> vm().connect().stateProperty().get() == Worker.State.DONE);
        look.accept("connect (demo)");

        go(() -> { vm().next(); vm().registration().find(); });
        waitUntil(() -> !vm().registration().found().isEmpty());
        look.accept("registration");
        go(() -> {
            vm().registration().subscriptionId().set("dd8597b4-8739-4467-8b10-f8679f62bfb");
            vm().registration().resourceGroup().set("");
            vm().registration().resourceGroup().touchedProperty().set(true);
            vm().registration().registrationName().set("AzureStack/Registration");
        });
        look.accept("registration (wrong values)");
        go(() -> vm().startDemo(Scenario.REGISTRATION_NOT_FOUND));

        go(() -> { vm().go(Page.CUSTOMER); vm().customer().intentProperty().set(Intent.ADD); });
        look.accept("customer");
        go(() -> vm().customer().customerSubscriptionId().set("e09a4e93-29a7-4eba-a6d4-76202383fO7f"));
        look.accept("customer (wrong value)");

        slow = true;
        go(() -> { vm().startDemo(Scenario.HEALTHY); vm().go(Page.CUSTOMER); vm().next(); });
        waitUntil(() -> vm().checks().finishedProperty().get() >= 2, 20);
        look.accept("checks");
        waitUntil(() -> vm().page() == Page.RESULT, 30);
        slow = false;
        look.accept("result (healthy)");

        for (Scenario s : List.of(Scenario.REGISTRATION_NOT_FOUND, Scenario.WRONG_CLOUD_ID)) {
            go(() -> { vm().startDemo(s); vm().go(Page.CUSTOMER); vm().next(); });
            waitUntil(() -> vm().page() == Page.RESULT && !vm().checks().isRunning(), 20);
            look.accept("result (" + s + ")");
        }

        // "Add now": the confirmation names the resource; it is read, then cancelled.
        go(() -> { vm().startDemo(Scenario.UNAUTHORIZED_CSP_REGISTRATION); vm().go(Page.CUSTOMER); vm().next(); });
        DialogPane dialog = confirmation();
        robot.interact(() -> {});
        for (String p : fx(() -> Fits.cut(dialog.getScene()))) found.add("confirmation: " + p);
        robot.clickOn(dialogButton(dialog, ButtonBar.ButtonData.CANCEL_CLOSE));
        waitUntil(() -> vm().page() == Page.RESULT && !vm().checks().isRunning(), 20);

        go(() -> { vm().go(Page.PASTE); vm().paste().textProperty().set(PASTED); });
        look.accept("paste");

        go(() -> { vm().go(Page.CATALOG); vm().catalog().queryProperty().set(""); vm().catalog().select("CustomerSubscriptionsNotAllowed"); });
        look.accept("catalog");

        Path csv = Files.writeString(home.resolve("customers.csv"), BULK_CSV);
        go(() -> { vm().startDemo(Scenario.HEALTHY); vm().startBulk(); vm().next(); vm().next(); });
        look.accept("check many (no file yet, with its hint)");
        assertThat(fx(() -> vm().bulk().load(csv)).ended()).succeedsWithin(Duration.ofSeconds(30));
        look.accept("check many (loaded)");
        go(() -> vm().next());
        waitUntil(() -> vm().bulk().state() == Worker.State.DONE, 30);
        look.accept("check many (done)");

        // Customers of a registration, in the demo: read, then reconciled with the demo's file (groups, warning).
        go(() -> { vm().startTenants(); vm().connect().signInProperty().set(SignIn.DEMO); });
        go(() -> vm().next());
        go(() -> vm().next());
        look.accept("customers (not read yet)");
        go(() -> vm().next());
        waitUntil(() -> vm().tenants().state() == Worker.State.DONE, 30);
        assertThat(fx(() -> vm().tenants().loadDemoFile()).ended()).succeedsWithin(Duration.ofSeconds(30));
        waitUntil(() -> vm().tenants().reconciliation() != null);
        look.accept("customers (reconciled)");
        return found;
    }

    private void go(Runnable r) {
        robot.interact(r);
    }

    private static final String PASTED = """
            New-AzResource : {"error":{"code":"RegistrationNotFound","message":"The registration resource was not found."}}
            At line:1 char:1
            + New-AzResource -ResourceId "/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/AzureStackRegistration/customerSubscriptions/e09a4e93-29a7-4eba-a6d4-76202383f07f" -ApiVersion 2017-06-01
            """;

    private static final String BULK_CSV = """
            customerSubscriptionId,customerTenantId,label
            e09a4e93-29a7-4eba-a6d4-76202383f07f,dbab3982-796f-4d03-9908-044c08aef8a2,Fabrikam
            c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f,0b7a6c5d-4e3f-4a2b-8c1d-9e8f7a6b5c4d,Tailspin Toys
            e09a4e93-29a7-4eba-a6d4-76202383fO7f,,Typed from a screenshot
            e09a4e93-29a7-4eba-a6d4-76202383f07f,,Fabrikam again
            "Woodgrove, Bank
            """;
}
