package dev.azscsp.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native "Save as" dialog with the offered formats as its choices (Markdown and JSON for a report). */
public final class FileChooserSaveDialog implements SaveDialog {
    private final Supplier<Window> owner;
    private final I18n i18n;
    private File lastFolder;

    public FileChooserSaveDialog(Supplier<Window> owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public Optional<Target> ask(String suggestedBaseName, List<Format> offered) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get(offered.contains(Format.CSV) ? "save.titleTable" : "save.title"));
        Map<FileChooser.ExtensionFilter, Format> filters = new LinkedHashMap<>();
        for (Format f : offered) filters.put(new FileChooser.ExtensionFilter(i18n.get(filterKey(f)), "*." + f.extension()), f);
        c.getExtensionFilters().setAll(filters.keySet());
        c.setSelectedExtensionFilter(c.getExtensionFilters().get(0));
        c.setInitialFileName(suggestedBaseName + "." + offered.get(0).extension());
        if (lastFolder != null && lastFolder.isDirectory()) c.setInitialDirectory(lastFolder);
        File f = c.showSaveDialog(owner.get());
        if (f == null) return Optional.empty();
        lastFolder = f.getParentFile();
        Path p = f.toPath();
        Format chosen = filters.getOrDefault(c.getSelectedExtensionFilter(), offered.get(0));
        // The name's own extension wins over the filter left selected.
        Format byName = Format.of(p, offered);
        boolean named = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + byName.extension());
        Format format = named ? byName : chosen;
        String name = p.getFileName().toString();
        if (!name.contains(".")) p = p.resolveSibling(name + "." + format.extension());
        return Optional.of(new Target(p, format));
    }

    private static String filterKey(Format f) {
        return switch (f) {
            case MARKDOWN -> "save.markdown";
            case JSON -> "save.json";
            case CSV -> "save.csv";
            case JSON_LINES -> "save.jsonLines";
        };
    }
}
