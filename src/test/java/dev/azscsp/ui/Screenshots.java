package dev.azscsp.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javafx.stage.Window;

import dev.azscsp.app.DeviceCode;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.ui.common.PngEncoder;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.main.MainWindow;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.main.Theme;

/**
 * Walks the demo through every page, in English and in French, and writes each as {@code <page>-<lang>.png}
 * (in-app snapshots: {@code scene.snapshot} and a small PNG encoder). Run it on a display or under Xvfb:
 * <pre>xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/classes:target/test-classes:$(cat target/cp-test.txt) \
 *     dev.azscsp.ui.Screenshots docs/screenshots</pre>
 * A second argument such as {@code 800x600} walks every page at that window size only.
 * {@code --icons <folder>} renders the window icon PNGs instead.
 */
public final class Screenshots {
    private static final Duration CHECK_LATENCY = Duration.ofMillis(900);
    private static final String PASTED = """
            New-AzResource : {"error":{"code":"RegistrationNotFound","message":"The registration resource was not found."}}
            At line:1 char:1
            + New-AzResource -ResourceId "/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/AzureStackRegistration/customerSubscriptions/e09a4e93-29a7-4eba-a6d4-76202383f07f" -ApiVersion 2017-06-01
            """;

    /** A paste whose values must not reach a command: a name that ends a PowerShell string, a full-width id. */
    private static final String PASTED_HOSTILE = "New-AzResource : The provided registration was not found. Make sure the "
            + "following information was provided correctly: 1. Subscription identifier (value provided: "
            + "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf), 2. Resource group (value "
            + "provided: azurestack), 3. Registration name (value provided: AzureStack-1\u201a;Start-Process calc;#).";

    /** The "Check many" file: mapped, unmapped, not CSP, unknown, malformed and unreadable lines. */
    private static final String BULK_CSV = """
            customerSubscriptionId,customerTenantId,label
            e09a4e93-29a7-4eba-a6d4-76202383f07f,dbab3982-796f-4d03-9908-044c08aef8a2,Fabrikam
            c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f,0b7a6c5d-4e3f-4a2b-8c1d-9e8f7a6b5c4d,Tailspin Toys
            3b9e7d21-5c4a-4f8b-9e06-a1d2c3b4e5f6,,Fabrikam PAYG
            a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d,1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f,Contoso Retail
            b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e,2d3e4f5a-6b7c-4d8e-8f9a-1b2c3d4e5f6a,Northwind
            e09a4e93-29a7-4eba-a6d4-76202383fO7f,,Typed from a screenshot
            7f4c2b1e-93d8-4a6e-b0f5-2c8e1d9a3b67,,Adventure Works
            "Woodgrove, Bank
            """;

    private final Path out;
    private Stage stage;
    private MainWindow window;

    private Screenshots(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        try {
            Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
            Files.createDirectories(out);
            Screenshots s = new Screenshots(out);
            if (args.length > 1 && args[1].equals("--plan")) {
                s.planPages();
                Platform.exit();
                System.exit(0);
            }
            if (args.length > 1 && args[1].equals("--tenants")) {
                s.tenantsPages();
                Platform.exit();
                System.exit(0);
            }
            if (args.length > 1) {
                // One window size, every page in both languages: "800x600" writes start-en-800x600.png...
                String[] size = args[1].split("x");
                for (Language l : Language.values()) s.walk(l, Double.parseDouble(size[0]), Double.parseDouble(size[1]), "-" + args[1], true);
                Platform.exit();
                System.exit(0);
            }
            for (Language l : Language.values()) s.walk(l, 1040, 720, "");
            for (Language l : Language.values()) s.settingsNotice(l);
            s.walk(Language.FR, 900, 640, "-900x640");
            // The main pages again in the dark theme, in both languages: start-en-dark.png...
            s.theme = Theme.DARK;
            for (Language l : Language.values()) s.walk(l, 1040, 720, "-dark", false);
            s.theme = Theme.LIGHT;
            s.tenantsPages();
            s.planPages();
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);   // not Platform.exit: a dialog's nested event loop may still run
        }
        Platform.exit();
        System.exit(0);
    }

    /** The start page after a damaged settings file was set aside: the notice names the backup. */
    private void settingsNotice(Language lang) throws Exception {
        Path home = Files.createTempDirectory("azscsp-shots");
        Files.writeString(home.resolve(dev.azscsp.settings.SettingsStore.FILE_NAME), "{\"language\":");
        TestServices t = new TestServices();
        t.language = lang;
        fx(() -> {
            stage = new Stage();
            window = MainWindow.show(stage, t.build(stage, home));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1040);
            stage.setHeight(720);
            return null;
        });
        fx(() -> { window.viewModel().i18n().setLanguage(lang); return null; });
        shot("start-settings-notice-" + lang.tag());
        fx(() -> {
            window.viewModel().settingsNoticeShownProperty().set(false);
            window.viewModel().logFolderShownProperty().set(home.resolve("logs").toAbsolutePath());
            return null;
        });
        shot("start-log-folder-" + lang.tag());
        fx(() -> { stage.close(); return null; });
    }

    /** One language: every page, a few states. */
    /** The theme of the windows {@link #walk} opens. */
    private Theme theme = Theme.LIGHT;

    private void walk(Language lang, double width, double height, String suffix) throws Exception {
        walk(lang, width, height, suffix, suffix.isEmpty());
    }

    private void walk(Language lang, double width, double height, String suffix, boolean full) throws Exception {
        Path home = Files.createTempDirectory("azscsp-shots");
        TestServices t = new TestServices();
        t.language = lang;
        // The checks page is caught half-way: a slower simulated Azure makes that moment last.
        t.apiFactory = (c, deviceCode) -> {
            if (c.signIn() == SignIn.DEVICE_CODE) {
                return waitingForDeviceCode(deviceCode);
            }
            return new SimulatedAzure(c.scenario(), slow ? CHECK_LATENCY : Duration.ofMillis(60));
        };
        t.confirmer = null;
        fx(() -> {
            stage = new Stage();
            window = MainWindow.show(stage, t.build(stage, home));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        MainViewModel vm = window.viewModel();
        fx(() -> { vm.themeProperty().set(theme); return null; });
        String l = lang.tag() + suffix;

        shot("start-" + l);
        if (full) {
            fx(() -> { vm.go(Page.DEMO); return null; });
            shot("demo-" + l);
        }

        // Connect with a device code waiting, then the demo signed in.
        if (full) {
            fx(() -> { vm.go(Page.CONNECT); vm.connect().signInProperty().set(SignIn.DEVICE_CODE); vm.connect().tenantId().set("contoso.onmicrosoft.com"); return null; });
            fx(() -> { vm.connect().signIn(); return null; });
            waitFor(() -> vm.connect().deviceCodeProperty().get() != null);
            shot("connect-device-code-" + l);
            fx(() -> { vm.connect().cancelSignIn(); return null; });
            fx(() -> {
                vm.connect().signInProperty().set(SignIn.SERVICE_PRINCIPAL);
                vm.connect().cloudProperty().set(dev.azscsp.app.Cloud.CUSTOM);
                vm.connect().armEndpoint().set("http://management.contoso.local");
                vm.connect().clientId().set("0a1b2c3d-0000-4000-8000-00000000abcd");
                vm.connect().clientSecret().set("not-a-real-secret");
                return null;
            });
            shot("connect-service-principal-" + l);
        }
        fx(() -> { vm.startDemo(Scenario.REGISTRATION_NOT_FOUND); return null; });
        fx(() -> { vm.connect().signIn(); return null; });
        waitFor(() -> vm.connect().stateProperty().get() == dev.azscsp.ui.common.Worker.State.DONE);
        shot("connect-" + l);

        fx(() -> { vm.next(); return null; });
        fx(() -> { vm.registration().find(); return null; });
        waitFor(() -> !vm.registration().found().isEmpty());
        shot("registration-" + l);
        if (full) {
            String before = fx(() -> vm.registration().subscriptionId().value());
            fx(() -> { vm.registration().subscriptionId().set("dd8597b4-8739-4467-8b10-f8679f62bfb"); vm.registration().registrationName().set("AzureStack/Registration"); return null; });
            shot("registration-invalid-" + l);
            fx(() -> { vm.registration().subscriptionId().set(before); vm.registration().registrationName().set("AzureStackRegistration"); return null; });
        }

        fx(() -> { vm.next(); return null; });
        fx(() -> { vm.customer().intentProperty().set(dev.azscsp.diagnosis.Intent.ADD); return null; });
        shot("customer-" + l);
        fx(() -> { vm.customer().intentProperty().set(dev.azscsp.diagnosis.Intent.VERIFY); return null; });
        if (full) {
            String before = fx(() -> vm.customer().customerSubscriptionId().value());
            fx(() -> { vm.customer().customerSubscriptionId().set("e09a4e93-29a7-4eba-a6d4-76202383fO7f"); return null; });
            shot("customer-invalid-" + l);
            fx(() -> { vm.customer().customerSubscriptionId().set(before); return null; });
        }

        // Checks half-way through.
        slow = true;
        fx(() -> { vm.startDemo(Scenario.HEALTHY); vm.go(Page.CUSTOMER); vm.next(); return null; });
        waitFor(() -> vm.checks().finishedProperty().get() >= 2);
        shot("checks-" + l);
        waitFor(() -> vm.page() == Page.RESULT);
        slow = false;
        shot("result-ok-" + l);

        fx(() -> { vm.startDemo(Scenario.REGISTRATION_NOT_FOUND); vm.go(Page.CUSTOMER); vm.next(); return null; });
        waitFor(() -> vm.page() == Page.RESULT);
        shot("result-" + l);
        if (full) {
            shotContent("result-full-" + l);
            fx(() -> { vm.result().redactProperty().set(true); return null; });
            shot("result-redacted-" + l);
            fx(() -> { vm.result().redactProperty().set(false); return null; });
        }

        // The answer first: the checks found the registration of the stamp's CloudID and offer to run with it.
        fx(() -> { vm.startDemo(Scenario.WRONG_CLOUD_ID); vm.go(Page.CUSTOMER); vm.next(); return null; });
        waitFor(() -> vm.page() == Page.RESULT);
        shot("result-answer-" + l);

        // The registration lives in another of the admin's subscriptions: the answer names it.
        fx(() -> { vm.startDemo(Scenario.REGISTRATION_IN_OTHER_SUBSCRIPTION); vm.go(Page.CUSTOMER); vm.next(); return null; });
        waitFor(() -> vm.page() == Page.RESULT);
        shot("result-answer-subscription-" + l);

        if (full) {
            // "Add now": the confirmation names the resource, then the PUT is refused by the service.
            fx(() -> { vm.startDemo(Scenario.UNAUTHORIZED_CSP_REGISTRATION); vm.go(Page.CUSTOMER); vm.next(); return null; });
            DialogPane dialog = waitForDialog();
            shotDialog(dialog, "confirm-" + l);
            fx(() -> {
                ButtonType add = dialog.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
                ((Button) dialog.lookupButton(add)).fire();
                return null;
            });
            waitFor(() -> vm.result().addStateProperty().get() == dev.azscsp.ui.result.ResultViewModel.AddState.ADDED);
            shot("result-add-" + l);
        }

        fx(() -> { vm.go(Page.PASTE); vm.paste().textProperty().set(PASTED); return null; });
        shot("paste-" + l);
        if (full) {
            fx(() -> { vm.paste().textProperty().set(PASTED_HOSTILE); return null; });
            shotContent("paste-withheld-" + l, ".paste-page");
        }

        fx(() -> { vm.go(Page.CATALOG); vm.catalog().queryProperty().set(lang == Language.FR ? "locataire" : "tenant"); vm.catalog().select("UnauthorizedCspRegistration"); return null; });
        shot("catalog-" + l);

        // Check many, with the demo's registration, once every row is done.
        Path csv = Files.writeString(home.resolve("customers.csv"), BULK_CSV);
        fx(() -> { vm.startDemo(Scenario.HEALTHY); vm.startBulk(); vm.next(); vm.next(); return null; });
        fx(() -> vm.bulk().load(csv)).ended().get(30, TimeUnit.SECONDS);
        fx(() -> { vm.next(); return null; });
        waitFor(() -> vm.bulk().state() == dev.azscsp.ui.common.Worker.State.DONE);
        shot("bulk-" + l);

        if (full) {
            fx(() -> { vm.themeProperty().set(Theme.DARK); vm.startDemo(Scenario.CUSTOMER_SUBSCRIPTION_NOT_FOUND); vm.go(Page.CUSTOMER); vm.next(); return null; });
            waitFor(() -> vm.page() == Page.RESULT);
            shot("result-dark-" + l);
            fx(() -> { vm.go(Page.START); return null; });
            shot("start-dark-" + l);
            fx(() -> { vm.themeProperty().set(Theme.LIGHT); return null; });
        }
        fx(() -> { stage.close(); return null; });
    }

    /** The customers page in both languages, both themes, at 1280x800 and 900x640. */
    private void tenantsPages() throws Exception {
        for (Language l : Language.values()) {
            for (Theme t : Theme.values()) {
                tenants(l, t, 1280, 800);
                tenants(l, t, 900, 640);
            }
        }
    }

    /**
     * "Customers of this registration" with the demo: its registration of 37 mappings, read and reconciled with the
     * demo's expected customers; at the larger size also the rows of one group and the empty list's lookups.
     */
    private void tenants(Language lang, Theme theme, double width, double height) throws Exception {
        Path home = Files.createTempDirectory("azscsp-shots");
        MainViewModel vm = demoReconciled(lang, theme, width, height, home);
        String name = "tenants-" + lang.tag() + "-" + (int) width + "x" + (int) height + "-" + theme.key();
        shot(name);
        if (width >= 1280 && theme == Theme.LIGHT) {
            fx(() -> { vm.tenants().filterProperty().set(dev.azscsp.ui.tenants.TenantsViewModel.Kind.MAPPED_DIFFERENTLY); return null; });
            shot(name + "-filtered");
            // A Partner Center export: the columns are asked for, pre-set from its names, then used.
            Path export = Files.writeString(home.resolve("partner-center-export.csv"), "Customer name,Microsoft ID,Subscription ID,Offer\n"
                    + "Fabrikam,,6675c7a4-1b9e-5e27-b39b-24f58ff0cdea,Azure plan\n");
            fx(() -> { vm.tenants().filterProperty().set(null); return null; });
            fx(() -> vm.tenants().load(export)).ended().get(30, TimeUnit.SECONDS);
            waitFor(() -> vm.tenants().columnPickProperty().get() != null);
            shot("tenants-columns-" + lang.tag());
            fx(() -> vm.tenants().useColumns(vm.tenants().columnPickProperty().get().preset())).ended().get(30, TimeUnit.SECONDS);
            shot("tenants-columns-used-" + lang.tag());
        }
        fx(() -> { stage.close(); return null; });
    }

    /** A window of this size on the Customers page, the demo's registration read and reconciled with the demo's file. */
    private MainViewModel demoReconciled(Language lang, Theme theme, double width, double height, Path home) throws Exception {
        TestServices t = new TestServices();
        t.language = lang;
        t.apiFactory = (c, deviceCode) -> new SimulatedAzure(c.scenario(), Duration.ofMillis(20));
        fx(() -> {
            stage = new Stage();
            window = MainWindow.show(stage, t.build(stage, home));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        MainViewModel vm = window.viewModel();
        fx(() -> { vm.themeProperty().set(theme); vm.startDemo(Scenario.HEALTHY); vm.startTenants(); vm.next(); vm.next(); return null; });
        fx(() -> vm.tenants().loadDemoFile()).ended().get(30, TimeUnit.SECONDS);
        fx(() -> { vm.next(); return null; });
        waitFor(() -> vm.tenants().state() == dev.azscsp.ui.common.Worker.State.DONE);
        return vm;
    }

    /** The plan on the customers page in both languages and themes at 1280x800 and 900x640, and once at 800x600. */
    private void planPages() throws Exception {
        for (Language l : Language.values()) {
            for (Theme t : Theme.values()) {
                plan(l, t, 1280, 800);
                plan(l, t, 900, 640);
            }
        }
        plan(Language.EN, Theme.LIGHT, 800, 600);
    }

    /**
     * The demo's registration reconciled, every unexpected mapping ticked: the plan (scrolled into view), its one
     * question, then the outcomes after the list was read again.
     */
    private void plan(Language lang, Theme theme, double width, double height) throws Exception {
        MainViewModel vm = demoReconciled(lang, theme, width, height, Files.createTempDirectory("azscsp-shots"));
        String name = lang.tag() + "-" + (int) width + "x" + (int) height + "-" + theme.key();
        fx(() -> {
            vm.tenants().plan().tickAllUnexpected();
            vm.tenants().filterProperty().set(dev.azscsp.ui.tenants.TenantsViewModel.Kind.MAPPED_NOT_EXPECTED);
            return null;
        });
        scrollToBottom();
        shot("plan-" + name);
        Platform.runLater(() -> vm.tenants().plan().apply());
        DialogPane q = waitForDialog(AlertConfirmer.PLAN_DIALOG_ID);
        shotDialog(q, "plan-confirm-" + name);
        fx(() -> {
            ((javafx.scene.control.Button) q.lookupButton(q.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire();
            return null;
        });
        waitFor(() -> vm.tenants().plan().resultProperty().get() != null && !vm.tenants().plan().isApplying()
                && vm.tenants().state() == dev.azscsp.ui.common.Worker.State.DONE);
        scrollToBottom();
        shot("plan-outcomes-" + name);
        fx(() -> { stage.close(); return null; });
    }

    private void scrollToBottom() throws Exception {
        settle();
        fx(() -> {
            Node n = stage.getScene().lookup(".page-scroll");
            if (n instanceof javafx.scene.control.ScrollPane sp) sp.setVvalue(sp.getVmax());
            return null;
        });
    }

    private volatile boolean slow;

    private void shot(String name) throws Exception {
        settle();
        WritableImage img = fx(() -> stage.getScene().snapshot(null));
        PngEncoder.write(img, out.resolve(name + ".png"));
        System.out.println("wrote " + name + ".png");
    }

    /** The whole content of the page, beyond the scroll pane's viewport. */
    private void shotContent(String name) throws Exception {
        shotContent(name, ".result-page");
    }

    /** The whole content of the page that {@code selector} finds, also what is scrolled out of view. */
    private void shotContent(String name, String selector) throws Exception {
        settle();
        WritableImage img = fx(() -> {
            Node page = stage.getScene().lookup(selector);
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(1, 1));
            return page.snapshot(p, null);
        });
        PngEncoder.write(img, out.resolve(name + ".png"));
        System.out.println("wrote " + name + ".png");
    }

    private void shotDialog(DialogPane pane, String name) throws Exception {
        settle();
        WritableImage img = fx(() -> pane.getScene().snapshot(null));
        PngEncoder.write(img, out.resolve(name + ".png"));
        System.out.println("wrote " + name + ".png");
    }

    private DialogPane waitForDialog() throws Exception {
        return waitForDialog(AlertConfirmer.DIALOG_ID);
    }

    private DialogPane waitForDialog(String id) throws Exception {
        AtomicReference<DialogPane> found = new AtomicReference<>();
        // The condition runs on the JavaFX thread already.
        waitFor(() -> {
            found.set(Window.getWindows().stream().map(Window::getScene).filter(s -> s != null)
                    .map(s -> s.lookup("#" + id)).filter(n -> n instanceof DialogPane)
                    .map(n -> (DialogPane) n).findFirst().orElse(null));
            return found.get() != null;
        });
        return found.get();
    }

    /** Lets CSS, layout and a couple of pulses happen. */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            fx(() -> null);
            Thread.sleep(60);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            CountDownLatch l = new CountDownLatch(1);
            Platform.runLater(() -> { ok.set(condition.getAsBoolean()); l.countDown(); });
            l.await();
            if (ok.get()) return;
            Thread.sleep(50);
        }
        throw new IllegalStateException("Timed out waiting");
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** An Azure whose sign-in shows a device code and then waits, as a real one does until the user enters it. */
    private static dev.azscsp.diagnosis.api.RegistrationApi waitingForDeviceCode(java.util.function.Consumer<DeviceCode> deviceCode) {
        SimulatedAzure azure = new SimulatedAzure(Scenario.HEALTHY, Duration.ofMillis(60));
        return (dev.azscsp.diagnosis.api.RegistrationApi) java.lang.reflect.Proxy.newProxyInstance(Screenshots.class.getClassLoader(),
                new Class<?>[] {dev.azscsp.diagnosis.api.RegistrationApi.class}, (proxy, method, args) -> {
                    if (method.getName().equals("account")) {
                        deviceCode.accept(new DeviceCode("K7RW-P2QX", "https://microsoft.com/devicelogin", "To sign in, use a web browser"));
                        Thread.sleep(60_000);
                    }
                    try {
                        return method.invoke(azure, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
