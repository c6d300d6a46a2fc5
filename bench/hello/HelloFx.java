import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for start-up: a bare JavaFX window, shown and closed the way the app is in the benchmark. Like the app,
 * the main class is not the Application itself, so JavaFX can sit on the class path.
 */
public class HelloFx {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 900, 640));
            stage.setOnShown(e -> {
                System.out.println("WINDOW_SHOWN");
                System.out.flush();
                Platform.exit();
            });
            stage.show();
        }
    }
}
