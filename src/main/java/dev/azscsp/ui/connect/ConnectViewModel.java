package dev.azscsp.ui.connect;

import java.util.concurrent.CompletableFuture;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import dev.azscsp.app.Cloud;
import dev.azscsp.app.Connection;
import dev.azscsp.app.DeviceCode;
import dev.azscsp.app.SignIn;
import dev.azscsp.demo.Scenario;
import dev.azscsp.diagnosis.api.Account;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.settings.Settings;
import dev.azscsp.syntax.EndpointUrl;
import dev.azscsp.app.ApiFactory;
import dev.azscsp.ui.common.CheckedText;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.Worker;

/**
 * Step 1: where and how to sign in. The client is prepared in the background as soon as the cloud, method or
 * scenario is picked, so the first check does not wait for it; text fields prepare it when the step is left.
 * The service principal's secret lives only in {@link #clientSecret}, never in settings.
 */
public final class ConnectViewModel {

    private final I18n i18n;
    private final Background background;
    private final Worker signer;
    private final ApiFactory factory;

    private final ObjectProperty<Cloud> cloud = new SimpleObjectProperty<>(this, "cloud", Cloud.AZURE_CLOUD);
    private final ObjectProperty<SignIn> signIn = new SimpleObjectProperty<>(this, "signIn", SignIn.BROWSER);
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario", Scenario.HEALTHY);
    private final CheckedText armEndpoint;
    private final CheckedText authorityHost;
    private final CheckedText tenantId;
    private final CheckedText clientId;
    private final CheckedText clientSecret;
    private final BooleanBinding valid;

    private final ObjectProperty<Account> account = new SimpleObjectProperty<>(this, "account");
    private final ObjectProperty<DeviceCode> deviceCode = new SimpleObjectProperty<>(this, "deviceCode");
    private final BooleanProperty preparing = new SimpleBooleanProperty(this, "preparing");
    private final StringBinding status;

    private CompletableFuture<RegistrationApi> prepared;

    public ConnectViewModel(I18n i18n, Background background, ApiFactory factory) {
        this.i18n = i18n;
        this.background = background;
        this.signer = new Worker(background, i18n);
        this.factory = factory;
        // The demo reaches no cloud: the fields of a custom one are hidden then, and must not block Next.
        armEndpoint = new CheckedText(i18n, v -> cloud.get() != Cloud.CUSTOM || signIn.get() == SignIn.DEMO ? null
                : v.isEmpty() ? "connect.error.endpointRequired" : armEndpointProblemKey(v), cloud, signIn);
        authorityHost = new CheckedText(i18n, v -> cloud.get() != Cloud.CUSTOM || signIn.get() == SignIn.DEMO || v.isEmpty()
                || EndpointUrl.authorityProblem(v).isEmpty() ? null : "connect.error.authorityHttps", cloud, signIn);
        tenantId = new CheckedText(i18n, v -> signIn.get() == SignIn.DEMO ? null
                : v.isEmpty() ? (signIn.get() == SignIn.SERVICE_PRINCIPAL ? "connect.error.tenantRequired" : null)
                : isTenant(v) ? null : "connect.error.tenant", signIn);
        clientId = new CheckedText(i18n, v -> signIn.get() != SignIn.SERVICE_PRINCIPAL ? null
                : v.isEmpty() ? "connect.error.clientIdRequired" : InputRules.isGuid(InputRules.cleanGuid(v)) ? null
                : "connect.error.clientId", signIn);
        clientSecret = new CheckedText(i18n, v -> signIn.get() == SignIn.SERVICE_PRINCIPAL && v.isEmpty()
                ? "connect.error.secretRequired" : null, signIn);
        valid = Bindings.createBooleanBinding(() -> !armEndpoint.isBlocking() && !authorityHost.isBlocking()
                        && !tenantId.isBlocking() && !clientId.isBlocking() && !clientSecret.isBlocking()
                        && (signIn.get() != SignIn.DEMO || scenario.get() != null),
                armEndpoint.blockingProperty(), authorityHost.blockingProperty(), tenantId.blockingProperty(),
                clientId.blockingProperty(), clientSecret.blockingProperty(), signIn, scenario);
        status = i18n.text(this::statusText, signer.stateProperty(), account, signer.failureProperty());

        // A choice prepares the client at once; typing only drops the stale one.
        for (Observable o : new Observable[] {cloud, signIn, scenario}) o.addListener(x -> { invalidate(); prepareIfValid(); });
        for (CheckedText t : new CheckedText[] {armEndpoint, authorityHost, tenantId, clientId, clientSecret}) {
            t.valueProperty().addListener(x -> invalidate());
        }
    }

    /** The message key of what is wrong with an ARM endpoint (the command line's rule), or null. */
    static String armEndpointProblemKey(String v) {
        return EndpointUrl.armEndpointProblem(v).map(p -> switch (p) {
            case NOT_HTTPS -> "connect.error.endpointHttps";
            case USER_INFO -> "connect.error.endpointUserInfo";
            case NOT_AN_ORIGIN -> "connect.error.endpointPath";
        }).orElse(null);
    }

    /** A tenant is a GUID or a domain name such as contoso.onmicrosoft.com. */
    static boolean isTenant(String v) {
        return InputRules.isGuid(InputRules.cleanGuid(v)) || v.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    }

    // ---- the form

    public ObjectProperty<Cloud> cloudProperty() { return cloud; }
    public ObjectProperty<SignIn> signInProperty() { return signIn; }
    public ObjectProperty<Scenario> scenarioProperty() { return scenario; }
    public CheckedText armEndpoint() { return armEndpoint; }
    public CheckedText authorityHost() { return authorityHost; }
    public CheckedText tenantId() { return tenantId; }
    public CheckedText clientId() { return clientId; }
    public CheckedText clientSecret() { return clientSecret; }
    public BooleanBinding validProperty() { return valid; }
    public boolean isValid() { return valid.get(); }

    // ---- sign-in state

    /** The sign-in: IDLE (or CANCELLED), RUNNING, DONE with {@link #accountProperty()}, FAILED. */
    public ReadOnlyObjectProperty<Worker.State> stateProperty() { return signer.stateProperty(); }
    public ObjectProperty<Account> accountProperty() { return account; }
    /** The code to enter in a browser, while a device-code sign-in waits for it. */
    public ObjectProperty<DeviceCode> deviceCodeProperty() { return deviceCode; }
    public BooleanProperty preparingProperty() { return preparing; }
    /** One line about the sign-in, in the current language. */
    public StringBinding statusProperty() { return status; }

    private String statusText() {
        return switch (signer.state()) {
            case IDLE, CANCELLED -> "";
            case RUNNING -> i18n.get("connect.signingIn");
            case DONE -> account.get() == null ? "" : signedIn(account.get());
            case FAILED -> i18n.format("connect.signInFailed", signer.failureProperty().get());
        };
    }

    /** Who is signed in: a user, an application, or plainly that the token did not say. */
    private String signedIn(Account a) {
        if (!a.known()) return i18n.format("connect.signedInUnknown", a.cloud());
        String tenant = a.tenantId() != null ? a.tenantId() : i18n.get("connect.tenantNotStated");
        return i18n.format(a.application() ? "connect.signedInApp" : "connect.signedIn", a.name(), tenant, a.cloud());
    }

    /** The connection the form describes. The secret is copied out of the field only here. */
    public Connection connection() {
        SignIn m = signIn.get();
        if (m == SignIn.DEMO) return Connection.demo(scenario.get());
        Cloud c = cloud.get();
        boolean custom = c == Cloud.CUSTOM;
        boolean sp = m == SignIn.SERVICE_PRINCIPAL;
        return new Connection(c, custom ? armEndpoint.valueOrNull() : null, custom ? authorityHost.valueOrNull() : null, m,
                tenantId.valueOrNull(), sp ? InputRules.cleanGuid(clientId.valueOrNull()) : null,
                sp && clientSecret.valueOrNull() != null ? clientSecret.value().toCharArray() : null, null, null,
                Connection.DEFAULT_API_VERSION, Connection.DEFAULT_TIMEOUT);
    }

    /** Switches to the demo with a scenario. */
    public void useDemo(Scenario s) {
        scenario.set(s);
        signIn.set(SignIn.DEMO);
    }

    // ---- the client

    /** The prepared client, preparing it now when needed. Completes off the JavaFX thread. */
    public synchronized CompletableFuture<RegistrationApi> api() {
        if (prepared == null) {
            Connection c = connection();
            preparing.set(true);
            CompletableFuture<RegistrationApi> f = background.supply(() -> factory.connect(c,
                    code -> background.ui().execute(() -> deviceCode.set(code))));
            f.whenComplete((a, e) -> background.ui().execute(() -> { if (prepared == f) preparing.set(false); }));
            prepared = f;
        }
        return prepared;
    }

    /** Prepares the client for the current form, if it is complete. */
    public void prepareIfValid() {
        if (isValid()) api();
    }

    private synchronized void invalidate() {
        prepared = null;
        preparing.set(false);
        signer.reset();
        account.set(null);
        deviceCode.set(null);
    }

    /** Signs in off the JavaFX thread and shows who is signed in. */
    public Worker.Run signIn() {
        account.set(null);
        CompletableFuture<RegistrationApi> api = api();
        return signer.start(() -> api.get().account(), a -> {
            account.set(a);
            deviceCode.set(null);
        });
    }

    /** Stops a sign-in under way; a finished one stays. */
    public void cancelSignIn() {
        if (!signer.isRunning()) return;
        signer.reset();
        deviceCode.set(null);
    }

    // ---- settings

    public void load(Settings s) {
        Cloud.parse(s.cloud()).ifPresent(cloud::set);
        SignIn.parse(s.signIn()).ifPresent(signIn::set);
        Scenario.parse(s.scenario()).ifPresent(scenario::set);
        armEndpoint.set(s.armEndpoint());
        authorityHost.set(s.authorityHost());
        tenantId.set(s.tenantId());
        clientId.set(s.clientId());
    }

    /** What to remember: everything but the secret. */
    public Settings save(Settings s) {
        return s.withConnection(cloud.get().key(), signIn.get().key(), armEndpoint.valueOrNull(), authorityHost.valueOrNull(),
                tenantId.valueOrNull(), clientId.valueOrNull(), scenario.get() == null ? null : scenario.get().key());
    }
}
