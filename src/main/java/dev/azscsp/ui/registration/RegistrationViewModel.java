package dev.azscsp.ui.registration;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.settings.RecentRegistration;
import dev.azscsp.settings.Settings;
import dev.azscsp.ui.common.FieldModel;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.Worker;

/** Step 2: which registration. "Find registrations" lists the subscription's registrations to pick one. */
public final class RegistrationViewModel {
    private final I18n i18n;
    private final Supplier<CompletableFuture<RegistrationApi>> api;

    private final FieldModel subscriptionId;
    private final FieldModel resourceGroup;
    private final FieldModel registrationName;
    private final FieldModel stampCloudId;
    private final BooleanBinding valid;

    private final ObservableList<Registration> found = FXCollections.observableArrayList();
    private final Worker finder;
    private final StringBinding findStatus;
    private final BooleanBinding canFind;
    private final ObservableList<RecentRegistration> recents = FXCollections.observableArrayList();

    public RegistrationViewModel(I18n i18n, Background background, Supplier<CompletableFuture<RegistrationApi>> api) {
        this.i18n = i18n;
        this.finder = new Worker(background, i18n);
        this.api = api;
        subscriptionId = new FieldModel(Field.SUBSCRIPTION_ID, i18n);
        resourceGroup = new FieldModel(Field.RESOURCE_GROUP, i18n);
        registrationName = new FieldModel(Field.REGISTRATION_NAME, i18n);
        stampCloudId = new FieldModel(Field.STAMP_CLOUD_ID, i18n);
        resourceGroup.set(InputRules.DEFAULT_RESOURCE_GROUP);
        valid = Bindings.createBooleanBinding(() -> !subscriptionId.isBlocking() && !resourceGroup.isBlocking()
                        && !registrationName.isBlocking() && !stampCloudId.isBlocking(),
                subscriptionId.blockingProperty(), resourceGroup.blockingProperty(), registrationName.blockingProperty(),
                stampCloudId.blockingProperty());
        canFind = Bindings.createBooleanBinding(() -> !subscriptionId.isBlocking() && !finder.isRunning(),
                subscriptionId.blockingProperty(), finder.stateProperty());
        findStatus = i18n.text(() -> switch (finder.state()) {
            case IDLE, CANCELLED -> "";
            case RUNNING -> i18n.get("registration.finding");
            case DONE -> found.isEmpty() ? i18n.get("registration.foundNone") : i18n.format("registration.found", found.size());
            case FAILED -> i18n.format("registration.findFailed", finder.failureProperty().get());
        }, finder.stateProperty(), finder.failureProperty(), found);
        // A list for another subscription would mislead: drop it when the subscription changes.
        subscriptionId.valueProperty().addListener((o, a, b) -> {
            finder.reset();
            found.clear();
        });
    }

    public FieldModel subscriptionId() { return subscriptionId; }
    public FieldModel resourceGroup() { return resourceGroup; }
    public FieldModel registrationName() { return registrationName; }
    public FieldModel stampCloudId() { return stampCloudId; }
    public List<FieldModel> fields() { return List.of(subscriptionId, resourceGroup, registrationName, stampCloudId); }
    public BooleanBinding validProperty() { return valid; }
    public boolean isValid() { return valid.get(); }

    public ObservableList<Registration> found() { return found; }
    /** Where "Find registrations" stands: IDLE (or CANCELLED) before, RUNNING, DONE with {@link #found()}, FAILED. */
    public ReadOnlyObjectProperty<Worker.State> findStateProperty() { return finder.stateProperty(); }
    public StringBinding findStatusProperty() { return findStatus; }
    public BooleanBinding canFindProperty() { return canFind; }
    public ObservableList<RecentRegistration> recents() { return recents; }

    /** Lists the subscription's registrations off the JavaFX thread. */
    public Worker.Run find() {
        String sub = InputRules.cleanGuid(subscriptionId.value());
        found.clear();
        CompletableFuture<RegistrationApi> a = api.get();
        return finder.start(() -> a.get().registrations(sub), found::setAll);
    }

    /**
     * Takes a found registration's group and name. Not its cloud id: the stamp CloudID is what the admin reads on
     * the stamp, and the check compares the registration against it; copied from the registration itself, the
     * check could only pass.
     */
    public void use(Registration r) {
        if (r == null) return;
        resourceGroup.set(r.resourceGroup());
        registrationName.set(r.name());
    }

    public void use(RecentRegistration r) {
        if (r == null) return;
        subscriptionId.set(r.subscriptionId());
        resourceGroup.set(r.resourceGroup());
        registrationName.set(r.registrationName());
        stampCloudId.set(r.stampCloudId());
    }

    /** Fills in the values of a demo scenario or a pasted error; values not given are left as they are. */
    public void fill(RawInput in) {
        if (in.subscriptionId() != null) subscriptionId.set(in.subscriptionId());
        if (in.resourceGroup() != null) resourceGroup.set(in.resourceGroup());
        if (in.registrationName() != null) registrationName.set(in.registrationName());
        if (in.stampCloudId() != null) stampCloudId.set(in.stampCloudId());
    }

    public RecentRegistration toRecent() {
        return new RecentRegistration(InputRules.cleanGuid(subscriptionId.value()), resourceGroup.value().strip(),
                registrationName.value().strip(), stampCloudId.valueOrNull() == null ? null : InputRules.cleanGuid(stampCloudId.value()));
    }

    public void load(Settings s) {
        recents.setAll(s.recentRegistrations());
        if (!s.recentRegistrations().isEmpty() && subscriptionId.valueOrNull() == null) use(s.recentRegistrations().get(0));
    }

    /** Text for a recent entry in a list. */
    public String describe(RecentRegistration r) {
        return i18n.format("registration.recentItem", r.registrationName(), r.resourceGroup(), r.subscriptionId());
    }
}
