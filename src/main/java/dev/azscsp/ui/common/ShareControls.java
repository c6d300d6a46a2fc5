package dev.azscsp.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The row under a table that can be exported (Check many, Customers of a registration): one way to wire it. */
public final class ShareControls {
    private ShareControls() {}

    /** Redact IDs and Excel-safe CSV follow the ViewModel; the export's message says where the file went. */
    public static void bind(Disposer disposer, I18n i18n, CheckBox redact, BooleanProperty redactValue, CheckBox excel,
                            BooleanProperty excelValue, Label message, ObservableStringValue messageValue) {
        disposer.bindBidirectional(redact.selectedProperty(), redactValue);
        redact.setAccessibleHelp(i18n.get("bulk.redact.help"));
        disposer.bindBidirectional(excel.selectedProperty(), excelValue);
        excel.setAccessibleHelp(i18n.get("bulk.excel.help"));
        excel.setTooltip(new Tooltip(i18n.get("bulk.excel.help")));
        message.textProperty().bind(messageValue);
        wholeTextAsTooltip(message);
    }

    /** The label's text in a tooltip while it has any: a narrow window cuts a long path or message short. */
    public static void wholeTextAsTooltip(Label label) {
        label.tooltipProperty().bind(Bindings.createObjectBinding(() -> label.getText().isEmpty()
                ? null : new Tooltip(label.getText()), label.textProperty()));
    }
}
