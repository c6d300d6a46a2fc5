package dev.azscsp.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * Writes a JavaFX image as PNG (RGBA, 8 bits) without javafx-swing: for screenshots of the pages and the window
 * icon renderings.
 */
public final class PngEncoder {
    private PngEncoder() {}

    public static byte[] encode(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader px = image.getPixelReader();
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] line = new byte[1 + w * 4];
                for (int y = 0; y < h; y++) {
                    line[0] = 0;   // filter: none
                    for (int x = 0; x < w; x++) {
                        int argb = px.getArgb(x, y);
                        int i = 1 + x * 4;
                        line[i] = (byte) (argb >> 16);
                        line[i + 1] = (byte) (argb >> 8);
                        line[i + 2] = (byte) argb;
                        line[i + 3] = (byte) (argb >>> 24);
                    }
                    z.write(line);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(out);
            d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream hd = new DataOutputStream(ihdr);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.write(new byte[] {8, 6, 0, 0, 0});   // 8 bits, RGBA, deflate, no filter method, no interlace
            chunk(d, "IHDR", ihdr.toByteArray());
            chunk(d, "IDAT", raw.toByteArray());
            chunk(d, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);   // in-memory streams do not fail
        }
    }

    public static void write(Image image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.write(file, encode(image));
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
