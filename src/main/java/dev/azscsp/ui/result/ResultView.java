package dev.azscsp.ui.result;

import java.util.List;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.CheckStatus;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Listing;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.ui.card.CardView;
import dev.azscsp.ui.common.Clipboards;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Icons;
import dev.azscsp.ui.common.Texts;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.main.Services;

/** Step 5: the outcome, the primary card, other findings, what could not be verified, and ways to share it. */
public final class ResultView extends View {
    @FXML private ScrollPane scroll;
    @FXML private VBox answerBox;
    @FXML private VBox answerLines;
    @FXML private Button useValues;
    @FXML private Label pasteVerdict;
    @FXML private VBox listedBox;
    @FXML private VBox listedList;
    @FXML private VBox outcomeHolder;
    @FXML private HBox addBox;
    @FXML private Label addMessage;
    @FXML private Button addButton;
    @FXML private Button copyPlain;
    @FXML private Button copyMarkdown;
    @FXML private Button saveButton;
    @FXML private CheckBox redact;
    @FXML private Hyperlink docLink;
    @FXML private Label saveMessage;
    @FXML private Label redactNote;
    @FXML private VBox cardHolder;
    @FXML private VBox passedBox;
    @FXML private VBox passedList;
    @FXML private VBox secondaryBox;
    @FXML private VBox secondaryList;
    @FXML private VBox unverifiedBox;
    @FXML private VBox unverifiedList;
    @FXML private TitledPane allChecksPane;
    @FXML private VBox allChecksList;

    private final ResultViewModel vm;
    private final Services services;
    private final I18n i18n;
    private final CardView card;

    public ResultView(ResultViewModel vm, Services services) {
        this.vm = vm;
        this.services = services;
        this.i18n = services.i18n();
        this.card = new CardView(i18n, services.browser());
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        card.setId("primaryCard");
        cardHolder.getChildren().add(card);
        disposer.bindBidirectional(redact.selectedProperty(), vm.redactProperty());
        redact.setAccessibleHelp(i18n.get("result.redact.help"));
        redactNote.visibleProperty().bind(vm.redactProperty());
        redactNote.managedProperty().bind(redactNote.visibleProperty());
        pasteVerdict.textProperty().bind(vm.pasteVerdictProperty());
        pasteVerdict.visibleProperty().bind(pasteVerdict.textProperty().isNotEmpty());
        pasteVerdict.managedProperty().bind(pasteVerdict.visibleProperty());
        saveMessage.textProperty().bind(vm.saveMessageProperty());
        saveMessage.visibleProperty().bind(saveMessage.textProperty().isNotEmpty());
        saveMessage.managedProperty().bind(saveMessage.visibleProperty());
        addMessage.textProperty().bind(vm.addMessageProperty());
        addBox.visibleProperty().bind(addMessage.textProperty().isNotEmpty());
        addBox.managedProperty().bind(addBox.visibleProperty());
        disposer.listenNow(vm.addStateProperty(), (o, a, s) -> useValues.setDisable(!vm.canUseValues()));
        disposer.listenNow(vm.addStateProperty(), (o, a, s) -> {
            addButton.setVisible(vm.canAdd());
            addButton.setManaged(vm.canAdd());
            addButton.setDisable(s == ResultViewModel.AddState.AWAITING_CONFIRMATION);
            boolean added = s == ResultViewModel.AddState.ADDED && vm.outcome() == dev.azscsp.diagnosis.Outcome.OK;
            boolean refused = s == ResultViewModel.AddState.FAILED
                    || s == ResultViewModel.AddState.ADDED && vm.outcome() != dev.azscsp.diagnosis.Outcome.OK;
            addBox.pseudoClassStateChanged(Styles.STATE_DANGER, refused);
            addBox.pseudoClassStateChanged(Styles.STATE_SUCCESS, added);
        });
        disposer.listenNow(vm.resultProperty(), (o, a, r) -> {
            render();
            // The page is kept between runs: a new result must not open where the last one was scrolled to.
            if (r != null && (a == null || a.diagnostician() != r.diagnostician())) scroll.setVvalue(0);
        });
    }

    private void render() {
        Diagnosis d = vm.diagnosis();
        if (d == null) return;
        // A new Message each time: AtlantaFX's Message mixes up title and description when both change.
        Message outcome = new Message(vm.headlineProperty().get(), null);
        outcome.setId("outcome");
        outcomeHolder.getChildren().setAll(outcome);
        switch (d.outcome()) {
            case OK -> {
                outcome.getStyleClass().add(Styles.SUCCESS);
                outcome.setGraphic(Icons.of(Material2AL.CHECK_CIRCLE));
                outcome.setDescription(i18n.format("result.ok.text", vm.passed().size(), d.unverified().size()));
            }
            case PROBLEM -> {
                outcome.getStyleClass().add(Styles.DANGER);
                outcome.setGraphic(Icons.of(Material2AL.ERROR));
                outcome.setDescription(i18n.format("result.problem.text", d.secondaryCodes().size()));
            }
            case INCOMPLETE -> {
                outcome.getStyleClass().add(Styles.WARNING);
                outcome.setGraphic(Icons.of(Material2MZ.WARNING));
                outcome.setDescription(i18n.get(d.cancelled() ? "result.cancelled.text" : "result.incomplete.text"));
            }
        }
        // The answer first: the fix the checks found, in one sentence with its values, and a way to use them.
        List<String> answers = vm.answerLines();
        answerLines.getChildren().setAll(answers.stream().map(t -> {
            Label l = Texts.paragraph(t, "answer-text");
            l.setId("answerText");
            return (Node) l;
        }).toList());
        show(answerBox, !answers.isEmpty());
        useValues.setDisable(!vm.canUseValues());

        listedList.getChildren().setAll(vm.listings().stream().map(this::listingPane).toList());
        show(listedBox, !vm.listings().isEmpty());

        ErrorCard primary = vm.primaryCardProperty().get();
        card.show(primary, vm.inputRows(), d.primaryAnswer());
        docLink.setVisible(primary != null);
        docLink.setManaged(primary != null);

        passedList.getChildren().setAll(vm.passed().stream().map(this::checkLine).toList());
        show(passedBox, primary == null && !vm.passed().isEmpty());

        List<ErrorCard> secondary = vm.secondaryCardsProperty().get();
        secondaryList.getChildren().clear();
        for (ErrorCard c : secondary) {
            CardView v = new CardView(i18n, services.browser());
            v.show(c, List.of(), null);
            TitledPane p = new TitledPane(c.code() + " \u2014 " + c.title(), v);
            p.setExpanded(false);
            p.setAnimated(false);
            p.getStyleClass().add("secondary-card");
            secondaryList.getChildren().add(p);
        }
        show(secondaryBox, !secondary.isEmpty());

        unverifiedList.getChildren().setAll(vm.unverified().stream().map(this::checkLine).toList());
        show(unverifiedBox, !vm.unverified().isEmpty());

        allChecksList.getChildren().setAll(d.checks().stream().map(this::checkLine).toList());
        allChecksPane.setText(i18n.format("result.allChecksCount", d.checks().size(), d.elapsed().toMillis() / 1000.0));
    }

    /** A listing the app already ran, folded: its title says what and how many, the items are one click away. */
    private Node listingPane(Listing l) {
        VBox items = new VBox(2);
        for (var item : l.items()) items.getChildren().add(Texts.paragraph(i18n.render(item), "mono"));
        if (l.notShown() > 0) items.getChildren().add(Texts.paragraph(i18n.format("result.listed.more", l.notShown()), "text-muted"));
        TitledPane p = new TitledPane(i18n.render(l.what()), items);
        p.setExpanded(false);
        p.setAnimated(false);
        p.getStyleClass().add("listing");
        // Its title names a subscription or registration in full: shown as a wrapping label as wide as the pane
        // (less the arrow), rather than a one-line title that holds the page wider than a readable line.
        Label title = Texts.paragraph(p.getText(), "listing-title");
        title.prefWidthProperty().bind(p.widthProperty().subtract(48));
        p.setGraphic(title);
        p.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        p.setMinWidth(0);
        return p;
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /** A check as one line: icon, title, status, and its evidence beneath. */
    private Node checkLine(CheckResult c) {
        var icon = switch (c.status()) {
            case PASS -> Icons.of(Material2AL.CHECK_CIRCLE, "status-pass");
            case WARN -> Icons.of(Material2MZ.WARNING, "status-warn");
            case FAIL -> Icons.of(Material2AL.ERROR, "status-fail");
            case UNKNOWN -> Icons.of(Material2AL.HELP_OUTLINE, "status-unknown");
            case SKIPPED -> Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE, "status-skipped");
        };
        Label title = new Label(i18n.render(c.id().title()) + " \u2014 " + DiagnosisReport.statusWord(c.status(), i18n.language())
                + (c.code() != null && c.status() != CheckStatus.PASS ? " (" + c.code() + ")" : ""));
        title.getStyleClass().add("check-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label evidence = Texts.paragraph(i18n.render(c.evidence()), "check-evidence");
        VBox texts = new VBox(2, title, evidence);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox line = new HBox(8, icon, texts);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("result-check");
        return line;
    }

    @Override
    public Node initialFocus() { return copyPlain; }

    @FXML private void add() { vm.confirmAndAdd(); }

    @FXML private void useValues() { vm.useFoundValues(); }

    @FXML
    private void copyPlain() {
        Clipboards.put(vm.ticketPlain());
        Clipboards.showCopied(i18n, copyPlain);
    }

    @FXML
    private void copyMarkdown() {
        Clipboards.put(vm.ticketMarkdown());
        Clipboards.showCopied(i18n, copyMarkdown);
    }

    @FXML
    private void save() {
        services.saveDialog().ask(vm.suggestedFileName()).ifPresent(vm::save);
    }

    @FXML
    private void openDocumentation() {
        vm.documentationUrl().ifPresent(services.browser()::open);
    }
}
