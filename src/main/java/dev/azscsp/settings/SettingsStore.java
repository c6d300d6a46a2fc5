package dev.azscsp.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ObjectMapper json = new ObjectMapper()
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

    /** Never throws: a missing file gives defaults, a broken one gives defaults and a {@link Recovery}. */
    public Loaded load() {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), Optional.empty());
        } catch (IOException e) {
            // Unreadable (permissions, a folder in its place): keep it where it is, it may be fixable by hand.
            return new Loaded(Settings.defaults(), Optional.of(new Recovery(null, "cannot be read: " + e.getMessage())));
        }
        String problem;
        try {
            JsonNode root = json.readTree(bytes);
            if (root == null || !root.isObject()) {
                problem = bytes.length == 0 ? "the file is empty" : "not a JSON object";
            } else {
                return new Loaded(json.treeToValue(root, Settings.class), Optional.empty());
            }
        } catch (JsonProcessingException e) {
            problem = "not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + "): " + e.getOriginalMessage();
        } catch (IOException e) {
            problem = "not valid JSON: " + e.getMessage();
        }
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
