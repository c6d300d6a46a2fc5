package dev.azscsp.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Listeners a view adds to long-lived ViewModel properties, removed when the view is thrown away (views are
 * rebuilt on a language switch; without this, the old ones would keep reacting).
 */
public final class Disposer {
    private final List<Runnable> undo = new ArrayList<>();

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    public void listen(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    /** Calls {@code listener} now and on every change. */
    public <T> void listenNow(ObservableValue<T> value, ChangeListener<? super T> listener) {
        listen(value, listener);
        listener.changed(value, null, value.getValue());
    }

    /** Binds a control's property to a ViewModel's both ways, until the view is thrown away. */
    public <T> void bindBidirectional(javafx.beans.property.Property<T> control, javafx.beans.property.Property<T> model) {
        control.bindBidirectional(model);
        undo.add(() -> control.unbindBidirectional(model));
    }

    public void onDispose(Runnable r) {
        undo.add(r);
    }

    public void dispose() {
        for (int i = undo.size() - 1; i >= 0; i--) undo.get(i).run();
        undo.clear();
    }
}
