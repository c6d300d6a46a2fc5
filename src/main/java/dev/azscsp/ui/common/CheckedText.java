package dev.azscsp.ui.common;

import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text field of the UI's own (endpoint, tenant, client id) with a rule that names the message key of what is
 * wrong, or null. Like {@link FieldModel}, a "required" message waits until the user has been in the field.
 */
public final class CheckedText {
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched");
    private final ObjectBinding<String> problemKey;
    private final BooleanBinding blocking;
    private final StringBinding message;

    /**
     * @param rule         the message key of the problem with a value, or null when it is fine
     * @param dependencies what else the rule reads (a sign-in method that makes the field required)
     */
    public CheckedText(I18n i18n, Function<String, String> rule, Observable... dependencies) {
        Observable[] deps = new Observable[dependencies.length + 1];
        deps[0] = value;
        System.arraycopy(dependencies, 0, deps, 1, dependencies.length);
        problemKey = Bindings.createObjectBinding(() -> rule.apply(value.get() == null ? "" : value.get().strip()), deps);
        blocking = problemKey.isNotNull();
        message = i18n.text(() -> problemKey.get() != null && (touched.get() || !value.get().isBlank()) ? i18n.get(problemKey.get()) : "",
                problemKey, touched, value);
    }

    public StringProperty valueProperty() { return value; }

    public String value() { return value.get(); }

    public void set(String v) { value.set(v == null ? "" : v); }

    public String valueOrNull() {
        String v = value.get();
        return v == null || v.isBlank() ? null : v.strip();
    }

    public BooleanProperty touchedProperty() { return touched; }

    public BooleanBinding blockingProperty() { return blocking; }

    public boolean isBlocking() { return blocking.get(); }

    public StringBinding messageProperty() { return message; }
}
