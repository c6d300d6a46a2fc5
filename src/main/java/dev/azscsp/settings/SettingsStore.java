package dev.azscsp.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes {@code settings.json} in one folder. Writing is atomic (a temporary file beside it, then a
 * move), so a crash or a full disk leaves either the old file or the new one, never half of one. A file that
 * cannot be read is moved aside as a backup and the app starts with defaults; {@link Loaded#recovery()} says so.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    /** Settings are a few hundred bytes: a bigger file is not ours and is not read. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Settings nest three levels; Jackson's own limit (500) still lets a hostile file go deep. */
    static final int MAX_DEPTH = 32;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path folder;

    public SettingsStore(Path folder) {
        this.folder = folder;
    }

    /** The store in the user's configuration folder (or {@code azscsp.home}). */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(ConfigFolder.forCurrentUser());
    }

    public Path folder() { return folder; }

    public Path file() { return folder.resolve(FILE_NAME); }

    /**
     * What was read.
     *
     * @param recovery present when the file was broken and defaults are used instead
     */
    public record Loaded(Settings settings, Optional<Recovery> recovery) {}

    /**
     * A broken settings file that was set aside.
     *
     * @param backup where the broken file now is; null when it could not even be moved
     * @param reason what was wrong with it, for a log or a detail line
     */
    public record Recovery(Path backup, String reason) {}

    /**
     * Never throws and never waits: a missing file gives defaults, a broken one gives defaults and a
     * {@link Recovery}. Broken includes what the app never writes: a file over {@link #MAX_BYTES}, JSON nested
     * deeper than {@link #MAX_DEPTH}, and anything that is not a regular file (a FIFO would wait for a writer,
     * {@code /dev/zero} would never end). A link is followed when it leads to a regular file (settings kept with
     * other dotfiles); otherwise the link itself is set aside, never what it points at.
     */
    public Loaded load() {
        Path file = file();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);   // follows a link
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), Optional.empty());   // no file, or a link to nothing
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), Optional.of(new Recovery(null, "cannot be read: " + e.getMessage())));
        }
        if (attributes.isDirectory()) {
            // A folder in its place: keep it where it is, it may be fixable by hand.
            return new Loaded(Settings.defaults(), Optional.of(new Recovery(null, "a folder is in its place")));
        }
        if (!attributes.isRegularFile()) return broken(file, "not a regular file (a device, a pipe or a socket)");
        if (attributes.size() > MAX_BYTES) return broken(file, "too big (" + attributes.size() + " bytes; settings are a few hundred)");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);   // the file may have grown since
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), Optional.empty());
        } catch (IOException e) {
            // Unreadable (permissions): keep it where it is, it may be fixable by hand.
            return new Loaded(Settings.defaults(), Optional.of(new Recovery(null, "cannot be read: " + e.getMessage())));
        }
        if (bytes.length > MAX_BYTES) return broken(file, "too big (over " + MAX_BYTES + " bytes; settings are a few hundred)");
        String problem;
        try {
            JsonNode root = json.readTree(bytes);
            if (root == null || !root.isObject()) {
                problem = bytes.length == 0 ? "the file is empty" : "not a JSON object";
            } else {
                return new Loaded(json.treeToValue(root, Settings.class), Optional.empty());
            }
        } catch (StreamConstraintsException e) {
            problem = "not settings: nested deeper than " + MAX_DEPTH + " levels";
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problem = "not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage();
        } catch (IOException | RuntimeException e) {
            problem = "not valid JSON: " + e.getMessage();
        }
        return broken(file, problem);
    }

    private Loaded broken(Path file, String problem) {
        return new Loaded(Settings.defaults(), Optional.of(new Recovery(setAside(file), problem)));
    }

    /** Writes atomically; creates the folder when needed. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, FILE_NAME + ".", ".tmp");
        try {
            Files.write(tmp, json.writeValueAsBytes(settings));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames the broken file to {@code settings.json.broken-<time>}; null when even that fails. */
    private Path setAside(Path file) {
        Path backup = folder.resolve(FILE_NAME + ".broken-" + LocalDateTime.now().format(STAMP));
        for (int i = 2; Files.exists(backup); i++) {
            backup = folder.resolve(FILE_NAME + ".broken-" + LocalDateTime.now().format(STAMP) + "-" + i);
        }
        try {
            return Files.move(file, backup);
        } catch (IOException e) {
            return null;
        }
    }
}
