package dev.azscsp.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import atlantafx.base.theme.Styles;

/**
 * Ties text fields to their models and shows each field's message twice: as a ControlsFX decoration on the field
 * and as a line of text under it (the line is what a screen reader and a screenshot in a ticket can use).
 * The ViewModel alone decides whether Next is allowed; ControlsFX only decorates.
 */
public final class Validation {
    private final ValidationSupport support = new ValidationSupport();
    private final Disposer disposer;

    public Validation(Disposer disposer) {
        this.disposer = disposer;
    }

    public void bind(TextInputControl control, FieldModel model, Label message) {
        bind(control, model.valueProperty(), model.touchedProperty(), model.messageProperty(),
                Bindings.createObjectBinding(() -> switch (model.levelProperty().get()) {
                    case ERROR -> Severity.ERROR;
                    case WARNING -> Severity.WARNING;
                    case NONE -> null;
                }, model.levelProperty()), message);
    }

    public void bind(TextInputControl control, CheckedText model, Label message) {
        bind(control, model.valueProperty(), model.touchedProperty(), model.messageProperty(),
                Bindings.createObjectBinding(() -> model.messageProperty().get().isEmpty() ? null : Severity.ERROR,
                        model.messageProperty()), message);
    }

    private void bind(TextInputControl control, javafx.beans.property.StringProperty value,
                      javafx.beans.property.BooleanProperty touched, ObservableValue<String> text,
                      ObservableValue<Severity> severity, Label message) {
        disposer.bindBidirectional(control.textProperty(), value);
        message.textProperty().bind(text);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setLabelFor(control);
        control.accessibleHelpProperty().bind(text);
        disposer.listenNow(severity, (o, a, s) -> {
            control.pseudoClassStateChanged(Styles.STATE_DANGER, s == Severity.ERROR);
            control.pseudoClassStateChanged(Styles.STATE_WARNING, s == Severity.WARNING);
            message.pseudoClassStateChanged(Styles.STATE_DANGER, s == Severity.ERROR);
            message.pseudoClassStateChanged(Styles.STATE_WARNING, s == Severity.WARNING);
        });
        // Leaving a field is what makes a "required" message appear.
        disposer.listen(control.focusedProperty(), (o, was, is) -> {
            if (!is) {
                touched.set(true);
                support.revalidate(control);
            }
        });
        disposer.listen(touched, (o, a, b) -> support.revalidate(control));
        // Not "required" for ControlsFX: it would put its required mark on every such field, right or wrong, and a
        // mark must say that a field is wrong. An empty required field gets its message once left, like any other.
        support.registerValidator(control, false, (c, v) -> {
            Severity s = severity.getValue();
            return s == null ? new ValidationResult() : ValidationResult.fromMessageIf(c, text.getValue(), s, true);
        });
    }
}
