package dev.azscsp.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native "Save as" dialog with Markdown and JSON as the two choices. */
public final class FileChooserSaveDialog implements SaveDialog {
    private final Supplier<Window> owner;
    private final I18n i18n;
    private File lastFolder;

    public FileChooserSaveDialog(Supplier<Window> owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public Optional<Target> ask(String suggestedBaseName) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get("save.title"));
        FileChooser.ExtensionFilter md = new FileChooser.ExtensionFilter(i18n.get("save.markdown"), "*.md");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(i18n.get("save.json"), "*.json");
        c.getExtensionFilters().setAll(md, json);
        c.setSelectedExtensionFilter(md);
        c.setInitialFileName(suggestedBaseName + ".md");
        if (lastFolder != null && lastFolder.isDirectory()) c.setInitialDirectory(lastFolder);
        File f = c.showSaveDialog(owner.get());
        if (f == null) return Optional.empty();
        lastFolder = f.getParentFile();
        Path p = f.toPath();
        Format format = c.getSelectedExtensionFilter() == json || Format.of(p) == Format.JSON ? Format.JSON : Format.MARKDOWN;
        String name = p.getFileName().toString();
        if (!name.contains(".")) p = p.resolveSibling(name + "." + format.extension());
        return Optional.of(new Target(p, format));
    }
}
