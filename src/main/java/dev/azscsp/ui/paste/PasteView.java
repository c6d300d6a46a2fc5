package dev.azscsp.ui.paste;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.azscsp.report.InputRow;
import dev.azscsp.ui.card.CardView;
import dev.azscsp.ui.common.Clipboards;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Texts;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.main.Services;

/** "I have an error message": paste, read the card at once, then check with the values found. */
public final class PasteView extends View {
    @FXML private Label textLabel;
    @FXML private TextArea text;
    @FXML private Label status;
    @FXML private Label lookalikes;
    @FXML private VBox valuesBox;
    @FXML private GridPane values;
    @FXML private VBox othersBox;
    @FXML private FlowPane others;
    @FXML private FlowPane cardTools;
    @FXML private Button copyCard;
    @FXML private VBox cardHolder;

    private final PasteViewModel vm;
    private final I18n i18n;
    private final CardView card;

    public PasteView(PasteViewModel vm, Services services) {
        this.vm = vm;
        this.i18n = services.i18n();
        this.card = new CardView(i18n, services.browser());
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        textLabel.setLabelFor(text);
        disposer.bindBidirectional(text.textProperty(), vm.textProperty());
        status.textProperty().bind(vm.statusProperty());
        card.setId("pastedCard");
        cardHolder.getChildren().add(card);
        disposer.listenNow(vm.readingProperty(), (o, a, r) -> render());
        disposer.listen(i18n.languageProperty(), (o, a, l) -> render());
    }

    private void render() {
        boolean recognized = vm.recognizedProperty().get();
        status.pseudoClassStateChanged(Styles.STATE_SUCCESS, recognized);
        card.show(vm.cardProperty().get(), java.util.List.of(), null);
        cardTools.setVisible(recognized);
        cardTools.setManaged(recognized);

        values.getChildren().clear();
        int row = 0;
        for (InputRow r : vm.valueRows()) {
            Label label = new Label(r.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            values.addRow(row++, label, Texts.paragraph(r.value(), "mono"));
        }
        String notes = String.join("\n", vm.lookalikeNotes());
        lookalikes.setText(notes);
        lookalikes.setVisible(!notes.isEmpty());
        lookalikes.setManaged(!notes.isEmpty());
        valuesBox.setVisible(row > 0 || !notes.isEmpty());
        valuesBox.setManaged(valuesBox.isVisible());

        others.getChildren().clear();
        for (String code : vm.otherCodes()) {
            Label l = new Label(code + " \u2014 " + vm.title(code));
            l.getStyleClass().add("code-chip");
            others.getChildren().add(l);
        }
        othersBox.setVisible(!others.getChildren().isEmpty());
        othersBox.setManaged(othersBox.isVisible());
    }

    @Override
    public Node initialFocus() { return text; }

    @FXML
    private void pasteFromClipboard() {
        String s = Clipboard.getSystemClipboard().getString();
        if (s != null) vm.textProperty().set(s);
    }

    @FXML
    private void clear() {
        vm.textProperty().set("");
        text.requestFocus();
    }

    @FXML
    private void copyCard() {
        Clipboards.put(vm.ticketPlain());
        Clipboards.showCopied(i18n, copyCard);
    }
}
