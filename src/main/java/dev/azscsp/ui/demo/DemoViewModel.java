package dev.azscsp.ui.demo;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.azscsp.demo.Scenario;
import dev.azscsp.ui.common.I18n;

/** "Try the demo": the simulated situations, each with the card it ends on. */
public final class DemoViewModel {
    private final I18n i18n;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList(Scenario.values());
    private final ObjectProperty<Scenario> selected = new SimpleObjectProperty<>(this, "selected", Scenario.HEALTHY);

    public DemoViewModel(I18n i18n) {
        this.i18n = i18n;
    }

    public ObservableList<Scenario> scenarios() { return scenarios; }
    public ObjectProperty<Scenario> selectedProperty() { return selected; }
    public Scenario selected() { return selected.get(); }

    public String title(Scenario s) {
        return i18n.get("scenario." + s.key() + ".title");
    }

    public String description(Scenario s) {
        return i18n.get("scenario." + s.key() + ".description");
    }

    /** The card a scenario ends on, or "no problem". */
    public String outcome(Scenario s) {
        return s.expectedCode().orElse(i18n.get("demo.noProblem"));
    }

    public String intent(Scenario s) {
        return i18n.get("intent." + s.intent().name());
    }
}
