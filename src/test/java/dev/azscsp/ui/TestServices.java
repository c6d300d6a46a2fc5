package dev.azscsp.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Platform;
import javafx.stage.Stage;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.i18n.Language;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.common.AlertConfirmer;
import dev.azscsp.app.ApiFactory;
import dev.azscsp.ui.common.Confirmer;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.OpenDialog;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.main.Services;
import dev.azscsp.ui.paste.DomainPastedErrorReader;
import dev.azscsp.ui.paste.PastedErrorReader;

/**
 * The window's services for tests and screenshots: real catalog, settings in a folder of the test's own, and
 * fakes where the real thing needs a desktop (browser, native file dialog). The confirmation dialog is the real
 * one unless a test replaces it.
 */
public final class TestServices {
    public final List<String> opened = new CopyOnWriteArrayList<>();
    public final List<String> asked = new CopyOnWriteArrayList<>();
    public final List<List<SaveDialog.Format>> askedFormats = new CopyOnWriteArrayList<>();
    public volatile SaveDialog.Target saveTarget;
    /** What the fake "Open" dialog answers (null: the user cancelled); each question is counted. */
    public volatile Path openPath;
    public final java.util.concurrent.atomic.AtomicInteger openAsked = new java.util.concurrent.atomic.AtomicInteger();
    public ApiFactory apiFactory = ApiFactory.DEFAULT;
    public PastedErrorReader pasteReader;
    public Confirmer confirmer;
    public Language language = Language.EN;

    public Services build(Stage stage, Path settingsFolder) {
        I18n i18n = new I18n(language);
        ErrorCatalog catalog = ErrorCatalog.shipped();
        SaveDialog save = (base, formats) -> {
            asked.add(base);
            askedFormats.add(formats);
            return Optional.ofNullable(saveTarget);
        };
        OpenDialog open = () -> {
            openAsked.incrementAndGet();
            return Optional.ofNullable(openPath);
        };
        return new Services(i18n, new Background(Platform::runLater), catalog, new SettingsKeeper(new SettingsStore(settingsFolder)),
                apiFactory, pasteReader != null ? pasteReader : new DomainPastedErrorReader(catalog), opened::add, save, open,
                confirmer != null ? confirmer : new AlertConfirmer(() -> stage, i18n));
    }
}
