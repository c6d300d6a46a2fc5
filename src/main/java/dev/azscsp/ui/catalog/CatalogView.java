package dev.azscsp.ui.catalog;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.ui.card.CardView;
import dev.azscsp.ui.common.Clipboards;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Texts;
import dev.azscsp.ui.common.View;
import dev.azscsp.ui.main.Services;

/** Every error card: a searchable list of codes and the selected card. */
public final class CatalogView extends View {
    @FXML private Label searchLabel;
    @FXML private TextField search;
    @FXML private Label count;
    @FXML private ListView<CodeInfo> codes;
    @FXML private HBox cardTools;
    @FXML private Button copyCard;
    @FXML private VBox cardHolder;
    @FXML private Label empty;

    private final CatalogViewModel vm;
    private final I18n i18n;
    private final CardView card;

    public CatalogView(CatalogViewModel vm, Services services) {
        this.vm = vm;
        this.i18n = services.i18n();
        this.card = new CardView(i18n, services.browser());
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(search);
        disposer.bindBidirectional(search.textProperty(), vm.queryProperty());
        count.textProperty().bind(vm.countTextProperty());
        codes.setItems(vm.shown());
        codes.setCellFactory(lv -> new ListCell<>() {
            { setPrefWidth(0); }   // as wide as the list, not as its longest title

            @Override protected void updateItem(CodeInfo c, boolean isEmpty) {
                super.updateItem(c, isEmpty);
                if (isEmpty || c == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label code = new Label(c.code());
                code.getStyleClass().addAll("mono", Styles.TEXT_BOLD);
                code.setMinWidth(USE_PREF_SIZE);
                // The title wraps in the list's width: no sideways scrolling, no "…".
                Label title = Texts.paragraph(vm.title(c), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                setGraphic(new VBox(2, code, title));
                setText(null);
                setAccessibleText(c.code() + ", " + vm.title(c));
            }
        });
        // The list shows the ViewModel's choice (a link from elsewhere may set it) and changes it.
        disposer.listenNow(vm.selectedProperty(), (o, a, c) -> showChoice());
        // A search changes the list and the choice at once, and the list drops its own selection while it handles
        // the change, after the ViewModel chose: the choice is shown again once the list has settled.
        disposer.listen(codes.getItems(), o -> Platform.runLater(this::showChoice));
        disposer.listen(codes.getSelectionModel().selectedItemProperty(), (o, a, c) -> { if (c != null) vm.selectedProperty().set(c); });
        // Enter in the search box moves to the list, the natural next stop.
        search.setOnAction(e -> {
            if (!codes.getItems().isEmpty()) {
                codes.getSelectionModel().selectFirst();
                codes.requestFocus();
            }
        });
        card.setId("catalogCard");
        cardHolder.getChildren().add(card);
        disposer.listenNow(vm.cardProperty(), (o, a, c) -> {
            card.show(c, java.util.List.of(), null);
            cardTools.setVisible(c != null);
            cardTools.setManaged(c != null);
            empty.setVisible(c == null);
            empty.setManaged(c == null);
        });
    }

    private void showChoice() {
        CodeInfo c = vm.selectedProperty().get();
        if (c != null && codes.getSelectionModel().getSelectedItem() != c) {
            codes.getSelectionModel().select(c);
            codes.scrollTo(c);
        }
    }

    @Override
    public Node initialFocus() { return search; }

    @FXML
    private void copyCard() {
        Clipboards.put(vm.cardPlain());
        Clipboards.showCopied(i18n, copyCard);
    }
}
