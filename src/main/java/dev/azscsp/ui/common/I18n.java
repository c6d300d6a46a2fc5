package dev.azscsp.ui.common;

import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.i18n.Language;
import dev.azscsp.i18n.Messages;

/**
 * The UI's texts in the current language. Views get {@link #bundle()} through FXMLLoader ({@code %key} in FXML)
 * and are rebuilt when the language changes; ViewModels use {@link #text} bindings, which follow the language
 * on their own. Keys with arguments go through MessageFormat (a literal apostrophe is written {@code ''} there);
 * keys without arguments are used as written.
 */
public final class I18n {
    public static final String BUNDLE = "dev.azscsp.ui.i18n.messages";

    private final ObjectProperty<Language> language;

    public I18n(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() { return language; }

    public Language language() { return language.get(); }

    public void setLanguage(Language l) { language.set(l); }

    public ResourceBundle bundle() {
        return messages().bundle();
    }

    public String get(String key) {
        return messages().get(key);
    }

    public String format(String key, Object... args) {
        return messages().format(key, args);
    }

    /** A domain text (check titles, evidence, input problems) in the current language. */
    public String render(Text text) {
        return text == null ? "" : text.in(language());
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> args.length == 0 ? get(key) : format(key, args), language);
    }

    /** A computed text that follows the language and the given dependencies. */
    public StringBinding text(Callable<String> compute, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = language;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(compute, all);
    }

    private Messages messages() {
        return Messages.of(BUNDLE, language());
    }
}
