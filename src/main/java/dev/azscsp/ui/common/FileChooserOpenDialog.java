package dev.azscsp.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native "Open" dialog, for CSV files (all files as the second choice). */
public final class FileChooserOpenDialog implements OpenDialog {
    private final Supplier<Window> owner;
    private final I18n i18n;
    private File lastFolder;

    public FileChooserOpenDialog(Supplier<Window> owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public Optional<Path> askCsv() {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get("open.title"));
        c.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(i18n.get("open.csv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(i18n.get("open.all"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) c.setInitialDirectory(lastFolder);
        File f = c.showOpenDialog(owner.get());
        if (f == null) return Optional.empty();
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
