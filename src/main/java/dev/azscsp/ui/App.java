package dev.azscsp.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import dev.azscsp.app.AppInfo;
import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Values;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.TicketText;

/** The window. For now it browses the catalog: every code on the left, its card on the right. */
public final class App extends Application {

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        ErrorCatalog catalog = ErrorCatalog.shipped();
        Language lang = Language.fromSystem();
        ListView<String> codes = new ListView<>();
        catalog.codes().stream().map(CodeInfo::code).forEach(codes.getItems()::add);
        TextArea card = new TextArea();
        card.setEditable(false);
        card.setWrapText(true);
        card.setStyle("-fx-font-family: monospace;");
        codes.getSelectionModel().selectedItemProperty().addListener((o, was, code) -> {
            if (code != null) card.setText(TicketText.plain(catalog.card(code, lang, Values.empty()), java.util.List.of(), null, false));
        });
        codes.getSelectionModel().selectFirst();
        SplitPane split = new SplitPane(codes, card);
        split.setDividerPositions(0.28);
        split.setPadding(new Insets(8));
        stage.setTitle(AppInfo.NAME);
        stage.setScene(new Scene(split, 1000, 680));
        stage.setOnShown(e -> exitIfAsked());
        stage.show();
    }

    /** For smoke tests of installed builds: {@code -Dazscsp.exitAfterShown=true} says the window is up, then quits. */
    static void exitIfAsked() {
        if (Boolean.getBoolean("azscsp.exitAfterShown")) {
            System.out.println("WINDOW_SHOWN");
            System.out.flush();
            javafx.application.Platform.exit();
        }
    }
}
