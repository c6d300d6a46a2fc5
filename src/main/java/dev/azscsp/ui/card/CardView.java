package dev.azscsp.ui.card;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.Origin;
import dev.azscsp.catalog.Severity;
import dev.azscsp.diagnosis.ServiceAnswer;
import dev.azscsp.report.InputRow;
import dev.azscsp.ui.common.Browser;
import dev.azscsp.ui.common.Clipboards;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Icons;
import dev.azscsp.ui.common.Texts;

/**
 * An error card as admins read it and copy it: code, title and severity; details with their values; the service's
 * answer; the cause; numbered next actions, each command in a monospace box with its own Copy button; the
 * documentation link. Built in code because its shape depends on the card.
 */
public final class CardView extends VBox {
    private final I18n i18n;
    private final Browser browser;

    public CardView(I18n i18n, Browser browser) {
        this.i18n = i18n;
        this.browser = browser;
        getStyleClass().add("card-view");
        setFillWidth(true);
    }

    /** Shows a card; {@code inputs} and {@code answer} may be empty or null. */
    public void show(ErrorCard card, List<InputRow> inputs, ServiceAnswer answer) {
        getChildren().clear();
        if (card == null) return;
        // A plain VBox styled as a card: AtlantaFX's Card sizes wrapped text too short inside a scroll pane.
        VBox c = new VBox(14);
        c.getStyleClass().add("error-card");
        c.getChildren().add(header(card));
        VBox body = new VBox(14);
        body.getStyleClass().add("card-body");
        body.getChildren().add(section("card.details", Texts.paragraph(card.details(), "card-details")));
        if (inputs != null && !inputs.isEmpty()) body.getChildren().add(section("card.yourValues", values(inputs)));
        if (answer != null) body.getChildren().add(section("card.serviceAnswer", answer(answer)));
        body.getChildren().add(section("card.cause", Texts.paragraph(card.cause())));
        if (card.relation() != null && card.info().origin() != Origin.SERVICE) {
            body.getChildren().add(section("card.relation", Texts.paragraph(card.relation())));
        }
        body.getChildren().add(section("card.actions", actions(card)));
        c.getChildren().add(body);
        Hyperlink doc = new Hyperlink(i18n.get("card.documentation"), Icons.of(Material2MZ.OPEN_IN_NEW));
        doc.getStyleClass().add("doc-link");
        doc.setAccessibleText(i18n.format("card.documentationFor", card.code()));
        doc.setOnAction(e -> browser.open(card.docUrl()));
        doc.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The address wraps (between characters, it has no spaces) rather than ending in "…" in a narrow card.
        Label url = Texts.paragraph(card.docUrl(), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox footer = new HBox(8, doc, url);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("card-footer");
        c.getChildren().add(footer);
        getChildren().add(c);
    }

    private HBox header(ErrorCard card) {
        Severity sev = card.info().severity();
        var icon = switch (sev) {
            case ERROR -> Icons.of(Material2AL.ERROR, "severity-icon", "danger");
            case WARNING -> Icons.of(Material2MZ.WARNING, "severity-icon", "warning");
            case INFO -> Icons.of(Material2AL.INFO, "severity-icon", "accent");
        };
        Label code = new Label(card.code());
        code.getStyleClass().addAll("card-code", "mono");
        code.setId("cardCode");
        Label title = Texts.paragraph(card.title(), Styles.TITLE_3, "card-title");
        title.setId("cardTitle");
        Label badge = new Label(i18n.get("severity." + sev.name()));
        badge.getStyleClass().addAll("badge", sev.name().toLowerCase(java.util.Locale.ROOT));
        Label retry = new Label(i18n.get(card.info().retryable() ? "card.retryHelps" : "card.retryNoHelp"));
        retry.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // A narrow card puts the badge and the retry note under the code instead of cutting them.
        for (Label l : List.of(code, badge, retry)) l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane meta = new FlowPane(8, 4, code, badge, retry);
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setRowValignment(javafx.geometry.VPos.CENTER);
        VBox texts = new VBox(4, meta, title);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox h = new HBox(12, icon, texts);
        h.setAlignment(Pos.TOP_LEFT);
        return h;
    }

    private VBox section(String headingKey, javafx.scene.Node content) {
        VBox v = new VBox(6, Texts.heading(i18n.get(headingKey)), content);
        v.getStyleClass().add("card-section");
        return v;
    }

    private GridPane values(List<InputRow> inputs) {
        GridPane g = new GridPane();
        g.getStyleClass().add("values-grid");
        g.setHgap(16);
        g.setVgap(4);
        int row = 0;
        for (InputRow r : inputs) {
            Label label = new Label(r.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = Texts.paragraph(r.value(), "mono");
            g.addRow(row++, label, value);
        }
        return g;
    }

    private VBox answer(ServiceAnswer a) {
        VBox v = new VBox(2);
        if (a.status() > 0 || a.code() != null) {
            v.getChildren().add(Texts.paragraph(i18n.format("card.answerStatus", a.status() > 0 ? String.valueOf(a.status()) : "\u2014",
                    a.code() == null ? "\u2014" : a.code()), "mono"));
        }
        if (a.message() != null && !a.message().isBlank()) v.getChildren().add(Texts.paragraph(a.message()));
        if (a.requestId() != null) v.getChildren().add(Texts.paragraph(i18n.format("card.requestId", a.requestId()), "mono", Styles.TEXT_SMALL));
        if (a.correlationId() != null) v.getChildren().add(Texts.paragraph(i18n.format("card.correlationId", a.correlationId()), "mono", Styles.TEXT_SMALL));
        return v;
    }

    private VBox actions(ErrorCard card) {
        VBox list = new VBox(12);
        for (ErrorCard.Action a : card.actions()) {
            Label number = new Label(String.valueOf(a.number()));
            number.getStyleClass().add("action-number");
            number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox content = new VBox(6, Texts.paragraph(a.text(), "action-text"));
            int n = 1;
            for (ErrorCard.Command cmd : a.commands()) content.getChildren().add(commandBox(a.number(), n++, cmd));
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(10, number, content);
            row.getStyleClass().add("action");
            list.getChildren().add(row);
        }
        return list;
    }

    private VBox commandBox(int action, int index, ErrorCard.Command cmd) {
        Label shell = new Label(i18n.get("shell." + cmd.shell().key()));
        shell.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        var copy = Clipboards.copyButton(i18n, cmd::text, i18n.format("card.copyCommand", action, index));
        HBox top = new HBox(8, shell, new Spacer(), copy);
        top.setAlignment(Pos.CENTER_LEFT);
        Label text = Texts.paragraph(cmd.text(), "mono", "command-text");
        VBox box = new VBox(4, top, text);
        if (cmd.note() != null) box.getChildren().add(Texts.paragraph(cmd.note(), "command-note", Styles.TEXT_SMALL, Styles.WARNING));
        box.getStyleClass().add("command-box");
        return box;
    }
}
