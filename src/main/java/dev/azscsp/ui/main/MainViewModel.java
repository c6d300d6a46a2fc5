package dev.azscsp.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import dev.azscsp.app.Connection;
import dev.azscsp.app.Logging;
import dev.azscsp.app.RunContexts;
import dev.azscsp.app.SignIn;
import dev.azscsp.diagnosis.CheckId;
import dev.azscsp.diagnosis.CheckStatus;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.diagnosis.bulk.ColumnMapping;
import dev.azscsp.settings.ColumnChoice;
import dev.azscsp.settings.RecentRegistration;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.TenantsDemo;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.Settings;
import dev.azscsp.ui.bulk.BulkViewModel;
import dev.azscsp.ui.checks.ChecksViewModel;
import dev.azscsp.ui.checks.NoAzure;
import dev.azscsp.ui.checks.RunResult;
import dev.azscsp.ui.catalog.CatalogViewModel;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.connect.ConnectViewModel;
import dev.azscsp.ui.customer.CustomerViewModel;
import dev.azscsp.ui.demo.DemoViewModel;
import dev.azscsp.ui.paste.PasteViewModel;
import dev.azscsp.ui.registration.RegistrationViewModel;
import dev.azscsp.ui.result.ResultViewModel;
import dev.azscsp.ui.tenants.TenantsViewModel;

/**
 * The window's state: which page is shown, what the footer offers there, and the pages' ViewModels, which live as
 * long as the window (views come and go, for instance when the language changes).
 */
public final class MainViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainViewModel.class);

    private final Services services;
    private final I18n i18n;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.START);
    private final ObjectProperty<Flow> flow = new SimpleObjectProperty<>(this, "flow", Flow.SINGLE);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty settingsNoticeShown = new SimpleBooleanProperty(this, "settingsNoticeShown");
    private final ObjectProperty<Path> logFolderShown = new SimpleObjectProperty<>(this, "logFolderShown");

    private final ConnectViewModel connect;
    private final RegistrationViewModel registration;
    private final CustomerViewModel customer;
    private final ChecksViewModel checks;
    private final ResultViewModel result;
    private final PasteViewModel paste;
    private final CatalogViewModel catalog;
    private final DemoViewModel demo;
    private final BulkViewModel bulk;
    private final TenantsViewModel tenants;
    private final Worker logFolder;
    private final ObjectBinding<Footer> footer;
    private final StringBinding settingsNotice;

    public MainViewModel(Services services) {
        this.services = services;
        this.i18n = services.i18n();
        connect = new ConnectViewModel(i18n, services.background(), services.apiFactory());
        registration = new RegistrationViewModel(i18n, services.background(), connect::api);
        customer = new CustomerViewModel(i18n, this::rawInput, registration.subscriptionId().valueProperty());
        checks = new ChecksViewModel(i18n, services.background());
        result = new ResultViewModel(i18n, services.background(), services.catalog(), services.confirmer());
        paste = new PasteViewModel(i18n, services.catalog(), services.pasteReader(), services.background());
        catalog = new CatalogViewModel(i18n, services.catalog());
        demo = new DemoViewModel(i18n);
        logFolder = new Worker(services.background(), i18n);
        bulk = new BulkViewModel(i18n, services.background(), connect::api, this::rawInput,
                registration.validProperty().and(connect.validProperty()), () -> connect.connection().timeout());
        tenants = new TenantsViewModel(i18n, services.background(), connect::api, this::rawInput,
                registration.validProperty().and(connect.validProperty()), connect.signInProperty().isEqualTo(SignIn.DEMO),
                services.confirmer());

        result.onUseValues(this::runWith);
        tenants.rememberColumnsIn(columnMemory(services.settings()));

        Settings s = services.settings().get();
        i18n.setLanguage(Language.parse(s.language()).orElse(i18n.language()));
        theme.set(Theme.parse(s.theme()).orElse(Theme.LIGHT));
        connect.load(s);
        registration.load(s);
        customer.load(s);
        settingsNoticeShown.set(services.settings().recovery().isPresent());
        settingsNotice = i18n.text(() -> services.settings().recovery().map(r -> r.backup() == null
                ? i18n.get("settings.reset") : i18n.format("settings.setAside", r.backup().toString())).orElse(""));

        i18n.languageProperty().addListener((o, a, l) -> services.settings().update(x -> x.withLanguage(l.tag())));
        theme.addListener((o, a, t) -> services.settings().update(x -> x.withTheme(t.key())));

        footer = Bindings.createObjectBinding(this::footerFor, page, flow, connect.validProperty(), registration.validProperty(),
                customer.validProperty(), checks.runningProperty(), checks.cancellingProperty(), result.addStateProperty(),
                paste.recognizedProperty(), paste.hasValuesProperty(), demo.selectedProperty(), bulk.stateProperty(),
                bulk.canRunProperty(), bulk.rowCountProperty(), bulk.loadingProperty(), tenants.stateProperty(), tenants.canReadProperty(),
                tenants.plan().stateProperty());
    }

    // ---- state

    public ObjectProperty<Page> pageProperty() { return page; }
    public Page page() { return page.get(); }
    public ObjectProperty<Flow> flowProperty() { return flow; }
    public Flow flow() { return flow.get(); }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public I18n i18n() { return i18n; }
    public Services services() { return services; }
    public ObjectBinding<Footer> footerProperty() { return footer; }
    public Footer footer() { return footer.get(); }
    /** Set when the settings file was broken at start: the sentence to show, in the current language. */
    public StringBinding settingsNoticeProperty() { return settingsNotice; }
    public BooleanProperty settingsNoticeShownProperty() { return settingsNoticeShown; }
    /** The log folder, while its notice (path and Copy) is shown; null otherwise. */
    public ObjectProperty<Path> logFolderShownProperty() { return logFolderShown; }

    public ConnectViewModel connect() { return connect; }
    public RegistrationViewModel registration() { return registration; }
    public CustomerViewModel customer() { return customer; }
    public ChecksViewModel checks() { return checks; }
    public ResultViewModel result() { return result; }
    public PasteViewModel paste() { return paste; }
    public CatalogViewModel catalog() { return catalog; }
    public DemoViewModel demo() { return demo; }
    public BulkViewModel bulk() { return bulk; }
    public TenantsViewModel tenants() { return tenants; }

    /**
     * Whether a run (one customer or many) or the write is under way: leaving the page would orphan it (or, for
     * the write, drop the only place its answer is shown).
     */
    public boolean isRunning() {
        return checks.isRunning() || bulk.isRunning() || tenants.isRunning() || tenants.plan().isApplying() || result.isWriting();
    }

    public void toggleTheme() { theme.set(theme.get().other()); }

    /** Every step's values together. */
    public RawInput rawInput() {
        return new RawInput(registration.subscriptionId().value(), registration.resourceGroup().value(),
                registration.registrationName().value(), customer.customerSubscriptionId().value(),
                customer.customerTenantId().value(), registration.stampCloudId().value(), customer.intentProperty().get());
    }

    public InputReport inputReport() {
        return InputRules.check(rawInput());
    }

    private Footer footerFor() {
        return switch (page.get()) {
            case START -> Footer.none();
            case CONNECT -> new Footer("nav.back", true, "nav.next", connect.isValid(), "nav.cancel",
                    connect.isValid() ? null : "hint.fixFields");
            case REGISTRATION -> new Footer("nav.back", true, "nav.next", registration.isValid(), "nav.cancel",
                    registration.isValid() ? null : "hint.fixFields");
            case BULK -> bulk.isRunning()
                    ? new Footer("nav.back", false, null, false, "nav.cancelChecks", null)
                    : new Footer("nav.back", true, bulk.state() == Worker.State.IDLE ? "nav.run" : "nav.runAgain",
                    bulk.canRun(), "nav.cancel", bulk.canRun() ? null : bulkHint());
            case TENANTS -> tenants.plan().isApplying()
                    ? new Footer("nav.back", false, null, false, "nav.cancelPlan", null)
                    : tenants.isRunning()
                    ? new Footer("nav.back", false, null, false, "nav.cancelReading", null)
                    : new Footer("nav.back", true, tenants.state() == Worker.State.IDLE ? "nav.readMappings" : "nav.readAgain",
                    tenants.canRead(), "nav.cancel", tenants.canRead() ? null : tenantsHint());
            case CUSTOMER -> new Footer("nav.back", true, "nav.run", customer.isValid(), "nav.cancel",
                    customer.isValid() ? null : "hint.fixFields");
            case CHECKS -> checks.isRunning()
                    ? new Footer("nav.back", false, null, false, "nav.cancelChecks", null)
                    : new Footer("nav.back", true, "nav.run", customer.isValid(), "nav.cancel", null);
            case RESULT -> {
                boolean busy = result.isWriting();
                yield new Footer("nav.back", !busy, "nav.runAgain", !busy && customer.isValid(), busy ? null : "nav.startOver", null);
            }
            case PASTE -> new Footer("nav.home", true, "nav.checkWithValues",
                    paste.recognizedProperty().get() || paste.hasValuesProperty().get(), null, null);
            case CATALOG -> new Footer("nav.home", true, null, false, null, null);
            case DEMO -> new Footer("nav.home", true, "nav.startDemo", demo.selected() != null, null, null);
        };
    }

    /** Why Run is not available on the Check many page, or null when waiting is enough. */
    private String bulkHint() {
        if (!connect.isValid()) return "hint.bulkConnection";
        if (!registration.isValid()) return "hint.bulkRegistration";
        if (bulk.rowCount() == 0 && !bulk.loadingProperty().get()) return "hint.bulkFile";
        return null;
    }

    /** Why Read is not available on the customers page, or null when waiting is enough. */
    private String tenantsHint() {
        if (!connect.isValid()) return "hint.tenantsConnection";
        if (!registration.isValid()) return "hint.tenantsRegistration";
        return null;
    }

    // ---- navigation

    public void go(Page p) {
        if (result.isWriting() && p != Page.RESULT) return;   // the write's answer is shown on the result page
        if (tenants.plan().isApplying() && p != Page.TENANTS) return;   // so are the plan's outcomes, row by row
        page.set(p);
    }

    /** "Check a customer subscription": the five steps. */
    public void startWizard() {
        result.pastedCodeProperty().set(null);
        flow.set(Flow.SINGLE);
        go(Page.CONNECT);
    }

    /** "Check many customer subscriptions": Connect and Registration, then the Check many page. */
    public void startBulk() {
        flow.set(Flow.BULK);
        go(Page.CONNECT);
    }

    /** "Customers of a registration": Connect and Registration, then the customers page. */
    public void startTenants() {
        flow.set(Flow.TENANTS);
        go(Page.CONNECT);
    }

    public void next() {
        Footer f = footer();
        if (f.nextKey() == null || !f.nextEnabled()) return;
        switch (page.get()) {
            case CONNECT -> {
                connect.prepareIfValid();
                services.settings().update(connect::save);
                fillDemoRegistration();
                go(Page.REGISTRATION);
            }
            case REGISTRATION -> go(flow.get() == Flow.BULK ? Page.BULK : flow.get() == Flow.TENANTS ? Page.TENANTS : Page.CUSTOMER);
            case BULK -> runBulk();
            case TENANTS -> readTenants();
            case CUSTOMER, CHECKS, RESULT -> runChecks();
            case PASTE -> {
                RawInput in = paste.toRawInput();
                registration.fill(in);
                customer.fill(in);
                // The run that follows says whether the live checks bear out the pasted error.
                result.pastedCodeProperty().set(paste.reading().primaryCode());
                flow.set(Flow.SINGLE);
                go(Page.CONNECT);
            }
            case DEMO -> startDemo(demo.selected());
            default -> { }
        }
    }

    public void back() {
        Footer f = footer();
        if (f.backKey() == null || !f.backEnabled()) return;
        switch (page.get()) {
            case CONNECT, PASTE, CATALOG, DEMO -> go(Page.START);
            case REGISTRATION -> go(Page.CONNECT);
            case CUSTOMER -> go(Page.REGISTRATION);
            case CHECKS, RESULT -> go(Page.CUSTOMER);
            case BULK, TENANTS -> go(Page.REGISTRATION);
            default -> { }
        }
    }

    /**
     * A visited input step of the step bar (Connect, Registration, Customer): goes back to it, as Back would, and
     * only when Back may (not while checks run or a write is in flight).
     */
    public boolean canGoToStep(Page step) {
        Footer footer = footer();
        return isVisitedInputStep(step) && footer.backKey() != null && footer.backEnabled();
    }

    /** An input step before the current page in this flow: shown as a way back in the step bar. */
    public boolean isVisitedInputStep(Page step) {
        Flow f = flow.get();
        return INPUT_STEPS.contains(step) && f.stepOf(step) > 0 && f.stepOf(step) < f.stepOf(page.get());
    }

    public void goToStep(Page step) {
        if (canGoToStep(step)) go(step);
    }

    private static final java.util.Set<Page> INPUT_STEPS = java.util.EnumSet.of(Page.CONNECT, Page.REGISTRATION, Page.CUSTOMER);

    /** Cancel stops running checks; elsewhere it leaves the wizard (values are kept). */
    public void cancel() {
        Footer f = footer();
        if (f.cancelKey() == null) return;
        if (page.get() == Page.CHECKS && checks.isRunning()) {
            checks.cancel();
        } else if (page.get() == Page.BULK && bulk.isRunning()) {
            bulk.cancel();
        } else if (page.get() == Page.TENANTS && tenants.plan().isApplying()) {
            tenants.plan().cancel();
        } else if (page.get() == Page.TENANTS && tenants.isRunning()) {
            tenants.cancel();
        } else if (page.get() == Page.RESULT) {
            startOver();
        } else {
            connect.cancelSignIn();
            go(Page.START);
        }
    }

    /** Back to the start page for the next customer; the registration is kept, as it usually stays the same. */
    public void startOver() {
        if (!result.clear()) return;   // a write in flight holds the page
        result.pastedCodeProperty().set(null);
        checks.reset();
        customer.clear();
        go(Page.START);
    }

    public void startDemo(Scenario s) {
        if (s == null) return;
        result.pastedCodeProperty().set(null);
        connect.useDemo(s);
        registration.fill(s.input());
        customer.fill(s.input());
        services.settings().update(connect::save);
        flow.set(Flow.SINGLE);
        go(Page.CONNECT);
    }

    /**
     * With the demo chosen on the Connect page and no registration typed yet, the scenario's registration is the
     * one its simulated Azure knows: filled in, so the demo works from either way in.
     */
    private void fillDemoRegistration() {
        if (connect.signInProperty().get() != SignIn.DEMO || connect.scenarioProperty().get() == null) return;
        if (flow.get() == Flow.TENANTS) {
            fillTenantsDemoRegistration();
            return;
        }
        if (registration.subscriptionId().valueOrNull() != null || registration.registrationName().valueOrNull() != null) return;
        RawInput in = connect.scenarioProperty().get().input();
        registration.fill(new RawInput(in.subscriptionId(), in.resourceGroup(), in.registrationName(), null, null, in.stampCloudId(), null));
    }

    /**
     * The customers page in the demo: its registration with 37 mappings, unless the user typed one of their own
     * (what a scenario filled in is the demo's, and is replaced).
     */
    private void fillTenantsDemoRegistration() {
        String sub = registration.subscriptionId().valueOrNull();
        boolean demoValues = sub == null || java.util.Arrays.stream(Scenario.values())
                .anyMatch(s -> sub.strip().equalsIgnoreCase(s.input().subscriptionId()));
        if (!demoValues) return;
        registration.fill(new RawInput(TenantsDemo.SUBSCRIPTION, TenantsDemo.RESOURCE_GROUP, TenantsDemo.REGISTRATION, null, null,
                TenantsDemo.CLOUD_ID, null));
    }

    /** Reads every mapping of the registration; the registration is remembered as for one customer. */
    public void readTenants() {
        if (!tenants.canRead()) return;
        updateRecents(s -> remembersValues() ? connect.save(s).withRecentRegistration(registration.toRecent()) : connect.save(s));
        tenants.read();
    }

    /** Checks every row of the loaded file; the registration is remembered as for one customer. */
    public void runBulk() {
        if (!bulk.canRun()) return;
        updateRecents(s -> remembersValues() ? connect.save(s).withRecentRegistration(registration.toRecent()) : connect.save(s));
        bulk.run();
    }

    /**
     * Opens the folder of the log files in the file manager, creating it first if nothing was logged yet, and shows
     * its path in the window: the platform cannot tell whether a file manager opened (none on a server without a
     * desktop), and a path to copy serves a support ticket either way.
     */
    public void openLogFolder() {
        Path folder = Logging.folder().toAbsolutePath();
        logFolder.start(() -> Files.createDirectories(folder), f -> {
            logFolderShown.set(f);
            services.browser().open(f.toUri().toString());
        }).ended().thenAccept(st -> {
            if (st == Worker.State.FAILED) {
                logFolderShown.set(folder);
                LOG.warn("Log folder {} cannot be created", folder, logFolder.error());
            }
        });
    }

    /** Why the log folder could not be made, when it could not; empty otherwise. */
    public String logFolderProblem() {
        return logFolder.state() == Worker.State.FAILED ? logFolder.failureProperty().get() : "";
    }

    /** "Use these values and run again": the wizard takes the values the checks found, then runs. */
    private void runWith(RawInput in) {
        registration.fill(in);
        customer.fill(in);
        runChecks();
    }

    /** Runs the checks for what the steps hold; the result page follows on its own. */
    public void runChecks() {
        InputReport input = inputReport();
        if (!customer.isValid() || !input.usable()) return;
        updateRecents(s -> remembersValues()
                ? connect.save(s).withRecentRegistration(registration.toRecent()).withRecentCustomer(customer.toRecent())
                : connect.save(s));
        Connection c = connect.connection();
        result.clear();
        go(Page.CHECKS);
        checks.start(input, connect.api(), c.timeout(), at -> RunContexts.of(c, at), this::showResult, () -> go(Page.CUSTOMER));
    }

    /**
     * Shows the card of malformed input (InvalidCustomerSubscriptionId...) through the same result page; with
     * input that cannot be used the diagnostician makes no call, so no sign-in is needed.
     */
    public void explainInput() {
        InputReport input = inputReport();
        if (input.usable()) return;
        result.clear();
        go(Page.CHECKS);
        Connection c = connect.connection();
        checks.start(input, java.util.concurrent.CompletableFuture.completedFuture(NoAzure.INSTANCE),
                Connection.DEFAULT_TIMEOUT, at -> RunContexts.of(c, at), this::showResult, () -> go(Page.CUSTOMER));
    }

    private void showResult(RunResult r) {
        go(Page.RESULT);
        result.show(r);
        if (registrationMissing(r.diagnosis())) {
            RegistrationTarget t = r.diagnosis().target();
            updateRecents(s -> s.withoutRecentRegistration(
                    new RecentRegistration(t.subscriptionId(), t.resourceGroup(), t.registrationName(), null)));
        }
    }

    /** Changes the settings, and the recent lists the Registration and Customer steps offer follow. */
    private void updateRecents(java.util.function.UnaryOperator<Settings> change) {
        services.settings().update(change);
        Settings now = services.settings().get();
        registration.recents().setAll(now.recentRegistrations());
        customer.recents().setAll(now.recentCustomers());
    }

    /** The demo's values are made up: offering them again later, as if they were the user's, would mislead. */
    private boolean remembersValues() {
        return connect.signInProperty().get() != SignIn.DEMO;
    }

    /** ARM said the registration (or its subscription or resource group) does not exist: not one to offer again. */
    static boolean registrationMissing(Diagnosis d) {
        return d.checks().stream().anyMatch(c -> (c.id() == CheckId.REGISTRATION || c.id() == CheckId.REGISTRATION_SUBSCRIPTION)
                && c.status() == CheckStatus.FAIL && !c.incomplete()
                && java.util.Set.of("RegistrationNotFound", "ResourceGroupNotFound", "SubscriptionNotFound").contains(c.code()));
    }

    /** The customers page's picked columns, kept in the settings by the file's header (never a value of its rows). */
    public static TenantsViewModel.ColumnMemory columnMemory(SettingsKeeper settings) {
        return new TenantsViewModel.ColumnMemory() {
            @Override
            public ColumnMapping recall(java.util.List<String> headers) {
                ColumnChoice c = settings.get().columnChoice(ColumnChoice.key(headers));
                return c == null ? null : new ColumnMapping(c.subscription(), c.tenant(), c.label());
            }

            @Override
            public void remember(java.util.List<String> headers, ColumnMapping m) {
                ColumnChoice c = new ColumnChoice(ColumnChoice.key(headers), m.subscription(), m.tenant(), m.label());
                if (c.complete()) settings.update(s -> s.withColumnChoice(c));
            }
        };
    }
}
