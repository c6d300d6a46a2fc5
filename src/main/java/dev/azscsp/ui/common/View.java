package dev.azscsp.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * A view: an FXML file named after the class, beside it on the class path, with this object as its controller.
 * The bundle is handed to FXMLLoader so FXML says {@code %key}. Views hold no logic worth testing; they bind
 * controls to their ViewModel and forward actions.
 */
public abstract class View {
    protected final Disposer disposer = new Disposer();
    private Parent root;

    /** Loads the FXML; {@code initialize()} of the subclass runs during this call. */
    protected final void load(ResourceBundle bundle) {
        URL fxml = getClass().getResource(getClass().getSimpleName() + ".fxml");
        if (fxml == null) throw new IllegalStateException("No FXML for " + getClass().getName());
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(this)) throw new IllegalStateException(fxml + " names " + type + ", not " + getClass());
            return this;
        });
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    public Parent root() { return root; }

    /** The control that gets the focus when the page is shown; null leaves it to JavaFX. */
    public Node initialFocus() { return null; }

    /** Called when the view is replaced; removes what it added to ViewModels. */
    public void dispose() {
        disposer.dispose();
    }
}
