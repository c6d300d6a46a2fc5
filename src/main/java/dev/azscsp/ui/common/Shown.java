package dev.azscsp.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** A node that is on the page only while a condition holds: hidden, it also gives its room back to the layout. */
public final class Shown {
    private Shown() {}

    public static void when(Node n, ObservableBooleanValue condition) {
        n.visibleProperty().bind(condition);
        n.managedProperty().bind(condition);
    }
}
