package dev.azscsp.ui.checks;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.View;

/** Step 4: the live list of checks, overall progress and elapsed time; Cancel is in the footer. */
public final class ChecksView extends View {
    @FXML private Label progressText;
    @FXML private Label elapsed;
    @FXML private ProgressBar progress;
    @FXML private Label failure;
    @FXML private VBox list;
    @FXML private ScrollPane scroll;

    private final ChecksViewModel vm;
    private final I18n i18n;

    public ChecksView(ChecksViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        load(i18n.bundle());
    }

    @FXML
    private void initialize() {
        progressText.textProperty().bind(vm.progressTextProperty());
        elapsed.textProperty().bind(vm.elapsedTextProperty());
        progress.progressProperty().bind(vm.progressProperty());
        failure.textProperty().bind(i18n.text(() -> vm.failureProperty().get() == null ? ""
                : i18n.format("checks.couldNotStart", vm.failureProperty().get()), vm.failureProperty()));
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        vm.rows().forEach(r -> list.getChildren().add(new CheckRowView(r, i18n, disposer)));

        // The elapsed time moves on while the run lasts; the clock itself is the ViewModel's.
        Timeline clock = new Timeline(new KeyFrame(Duration.millis(100), e -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        disposer.listenNow(vm.runningProperty(), (o, a, running) -> {
            if (Boolean.TRUE.equals(running)) clock.play();
            else clock.stop();
        });
        disposer.onDispose(clock::stop);
    }

    /** The list, not a button: an Enter pressed twice must not cancel the run it just started. */
    @Override
    public javafx.scene.Node initialFocus() { return scroll; }
}
