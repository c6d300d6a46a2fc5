package dev.azscsp.ui.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import dev.azscsp.catalog.CardText;
import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Values;
import dev.azscsp.i18n.Language;
import dev.azscsp.report.TicketText;
import dev.azscsp.ui.common.I18n;

/** Every error card, searchable by code, title, cause and next actions, in the current language. */
public final class CatalogViewModel {
    private final I18n i18n;
    private final ErrorCatalog catalog;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<CodeInfo> all;
    private final FilteredList<CodeInfo> shown;
    private final ObjectProperty<CodeInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectBinding<ErrorCard> card;
    private final StringBinding countText;
    private Map<String, String> haystack;

    public CatalogViewModel(I18n i18n, ErrorCatalog catalog) {
        this.i18n = i18n;
        this.catalog = catalog;
        all = FXCollections.observableArrayList(catalog.codes());
        shown = new FilteredList<>(all);
        // Both languages are searched whatever the window speaks: admins paste codes and messages in either.
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String[] words = fold(query.get()).split("\\s+");
            return info -> Arrays.stream(words).allMatch(w -> w.isEmpty() || haystack().get(info.code()).contains(w));
        }, query));
        // A card the filter hides must not stay on screen beside a list that no longer shows it.
        shown.addListener((ListChangeListener<CodeInfo>) change -> {
            if (selected.get() != null && !shown.contains(selected.get())) {
                selected.set(shown.isEmpty() ? null : shown.get(0));
            }
        });
        card = Bindings.createObjectBinding(() -> selected.get() == null ? null
                : catalog.card(selected.get().code(), i18n.language(), Values.empty()), selected, i18n.languageProperty());
        countText = i18n.text(() -> i18n.format("catalog.count", shown.size(), all.size()), shown);
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<CodeInfo> shown() { return shown; }
    public ObjectProperty<CodeInfo> selectedProperty() { return selected; }
    /** The selected code's card, with markers where the user's values would go. */
    public ObjectBinding<ErrorCard> cardProperty() { return card; }
    public StringBinding countTextProperty() { return countText; }

    public String title(CodeInfo info) {
        return catalog.text(info.code(), i18n.language()).title();
    }

    /** Selects a code by name, for links from other pages. */
    public void select(String code) {
        catalog.find(code).ifPresent(selected::set);
    }

    public String cardPlain() {
        return card.get() == null ? "" : TicketText.plain(card.get(), java.util.List.of(), null, false);
    }

    /** Per code: its code, HTTP status, and every text of its card in every language, folded for matching. */
    private Map<String, String> haystack() {
        if (haystack == null) haystack = buildHaystack();   // on the first search, not while the window opens
        return haystack;
    }

    private Map<String, String> buildHaystack() {
        Map<String, String> m = new LinkedHashMap<>();
        for (CodeInfo c : catalog.codes()) {
            StringBuilder b = new StringBuilder(c.code());
            if (c.httpStatus() > 0) b.append(' ').append(c.httpStatus());
            for (Language lang : Language.values()) {
                CardText t = catalog.text(c.code(), lang);
                b.append(' ').append(t.title()).append(' ').append(t.cause());
                if (t.details() != null) b.append(' ').append(t.details());
                c.message(lang).ifPresent(msg -> b.append(' ').append(msg));
                t.actions().forEach(a -> b.append(' ').append(a.text()));
            }
            m.put(c.code(), fold(b.toString()));
        }
        return m;
    }

    /** Lower case without accents, so "reseau" finds "réseau". */
    static String fold(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
