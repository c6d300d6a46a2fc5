package dev.azscsp.ui.customer;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.azscsp.diagnosis.Intent;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.settings.RecentCustomer;
import dev.azscsp.settings.Settings;
import dev.azscsp.ui.common.FieldModel;
import dev.azscsp.ui.common.I18n;

/**
 * Step 3: the customer subscription and what to do with it. Problems that need both steps' values (the customer
 * subscription being the registration's own) come from the full {@link InputRules#check} of the whole input.
 */
public final class CustomerViewModel {
    private final I18n i18n;
    private final FieldModel customerSubscriptionId;
    private final FieldModel customerTenantId;
    private final ObjectProperty<Intent> intent = new SimpleObjectProperty<>(this, "intent", Intent.VERIFY);
    private final ObservableList<RecentCustomer> recents = FXCollections.observableArrayList();
    private final Supplier<RawInput> wholeInput;
    private final StringBinding crossFieldMessage;
    private final BooleanBinding valid;
    private final StringBinding writeTarget;
    private final BooleanBinding explainable;

    /** @param wholeInput the input of every step, for the rules that compare fields */
    public CustomerViewModel(I18n i18n, Supplier<RawInput> wholeInput, javafx.beans.Observable... otherSteps) {
        this.i18n = i18n;
        this.wholeInput = wholeInput;
        customerSubscriptionId = new FieldModel(Field.CUSTOMER_SUBSCRIPTION_ID, i18n);
        customerTenantId = new FieldModel(Field.CUSTOMER_TENANT_ID, i18n);
        javafx.beans.Observable[] deps = new javafx.beans.Observable[otherSteps.length + 3];
        deps[0] = customerSubscriptionId.valueProperty();
        deps[1] = customerTenantId.valueProperty();
        deps[2] = intent;
        System.arraycopy(otherSteps, 0, deps, 3, otherSteps.length);
        crossFieldMessage = i18n.text(() -> crossFieldProblem().map(p -> i18n.render(p.message())).orElse(""), deps);
        valid = Bindings.createBooleanBinding(() -> !customerSubscriptionId.isBlocking() && !customerTenantId.isBlocking()
                && crossFieldProblem().isEmpty(), deps);
        explainable = Bindings.createBooleanBinding(() -> customerSubscriptionId.isBlocking()
                && customerSubscriptionId.valueOrNull() != null, deps);
        writeTarget = i18n.text(() -> {
            if (intent.get() != Intent.ADD) return "";
            InputReport r = InputRules.check(wholeInput.get());
            if (!r.usable()) return "";
            return r.target().registration().customerSubscriptionId(r.target().customerSubscriptionId());
        }, deps);
    }

    /** A blocking problem that no single field shows on its own. */
    private java.util.Optional<InputProblem> crossFieldProblem() {
        if (customerSubscriptionId.isBlocking()) return java.util.Optional.empty();
        List<InputProblem> fieldAlone = customerSubscriptionId.problemsProperty().get();
        return InputRules.check(wholeInput.get()).problems(Field.CUSTOMER_SUBSCRIPTION_ID).stream()
                .filter(InputProblem::blocking)
                .filter(p -> fieldAlone.stream().noneMatch(q -> q.message().equals(p.message())))
                .findFirst();
    }

    public FieldModel customerSubscriptionId() { return customerSubscriptionId; }
    public FieldModel customerTenantId() { return customerTenantId; }
    public List<FieldModel> fields() { return List.of(customerSubscriptionId, customerTenantId); }
    public ObjectProperty<Intent> intentProperty() { return intent; }
    public ObservableList<RecentCustomer> recents() { return recents; }
    public BooleanBinding validProperty() { return valid; }
    public boolean isValid() { return valid.get(); }
    /** A problem with the customer subscription that comes from another step's value, in the current language. */
    public StringBinding crossFieldMessageProperty() { return crossFieldMessage; }
    /**
     * True when the customer subscription id is malformed: that is itself the error the user may be chasing
     * (InvalidCustomerSubscriptionId), so its card can be shown without running anything.
     */
    public BooleanBinding explainableProperty() { return explainable; }
    /** With "add now": exactly the resource id the PUT will write; empty otherwise. */
    public StringBinding writeTargetProperty() { return writeTarget; }

    public void use(RecentCustomer c) {
        if (c == null) return;
        customerSubscriptionId.set(c.subscriptionId());
        customerTenantId.set(c.tenantId());
    }

    public void fill(RawInput in) {
        if (in.customerSubscriptionId() != null) customerSubscriptionId.set(in.customerSubscriptionId());
        customerTenantId.set(in.customerTenantId());
        if (in.intent() != null) intent.set(in.intent());
    }

    public void clear() {
        customerSubscriptionId.set(null);
        customerTenantId.set(null);
        customerSubscriptionId.touchedProperty().set(false);
        customerTenantId.touchedProperty().set(false);
        intent.set(Intent.VERIFY);
    }

    public RecentCustomer toRecent() {
        String tenant = customerTenantId.valueOrNull();
        return new RecentCustomer(InputRules.cleanGuid(customerSubscriptionId.value()), tenant == null ? null : InputRules.cleanGuid(tenant));
    }

    public void load(Settings s) {
        recents.setAll(s.recentCustomers());
    }

    public String describe(RecentCustomer c) {
        return c.tenantId() == null ? c.subscriptionId() : i18n.format("customer.recentItem", c.subscriptionId(), c.tenantId());
    }
}
