package dev.azscsp.ui.common;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.InputRules;

/**
 * One typed field with its inline validation from {@link InputRules#checkField}. A "required" message waits until
 * the user has been in the field (or a value was filled in for them), so an empty form does not open in red;
 * format problems show as soon as there is text.
 */
public final class FieldModel {
    /** What a field's message is. */
    public enum Level { NONE, WARNING, ERROR }

    private final Field field;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched");
    private final ObjectBinding<List<InputProblem>> problems;
    private final BooleanBinding blocking;
    private final ObjectBinding<Level> level;
    private final StringBinding message;

    public FieldModel(Field field, I18n i18n) {
        this.field = field;
        problems = Bindings.createObjectBinding(() -> InputRules.checkField(field, value.get()), value);
        blocking = Bindings.createBooleanBinding(() -> problems.get().stream().anyMatch(InputProblem::blocking), problems);
        level = Bindings.createObjectBinding(() -> {
            if (!shown()) return Level.NONE;
            return blocking.get() ? Level.ERROR : Level.WARNING;
        }, problems, touched, value);
        message = i18n.text(() -> shown() ? i18n.render(first().message()) : "", problems, touched, value);
    }

    private boolean shown() {
        return !problems.get().isEmpty() && (touched.get() || !value.get().isBlank());
    }

    private InputProblem first() {
        return problems.get().stream().filter(InputProblem::blocking).findFirst().orElse(problems.get().get(0));
    }

    public Field field() { return field; }

    public StringProperty valueProperty() { return value; }

    public String value() { return value.get(); }

    /** Sets a value from elsewhere (a recent entry, a found registration, the demo); null clears it. */
    public void set(String v) {
        value.set(v == null ? "" : v);
    }

    /** The value or null when blank, as {@code RawInput} wants it. */
    public String valueOrNull() {
        String v = value.get();
        return v == null || v.isBlank() ? null : v;
    }

    public BooleanProperty touchedProperty() { return touched; }

    /** True while the value cannot be used; Next stays disabled. */
    public BooleanBinding blockingProperty() { return blocking; }

    public boolean isBlocking() { return blocking.get(); }

    public ObjectBinding<Level> levelProperty() { return level; }

    /** The message to show beside the field, in the current language; empty when there is nothing to say. */
    public StringBinding messageProperty() { return message; }

    public ObjectBinding<List<InputProblem>> problemsProperty() { return problems; }
}
