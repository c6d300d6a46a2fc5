import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by Maven after the app's libraries are copied to target/app/lib): removes the signature files of
 * signed jars (the Azure SDK's). The JVM verifies a signed jar's every class on load, and the ahead-of-time cache
 * leaves classes of signed jars out altogether, so the SDK was loaded, verified and linked afresh at every start.
 * The classes are unchanged; the jars come from Maven Central, checked against their checksums, and the installers
 * carry their own signature.
 *
 * Argument: the folder of jars.
 */
public class UnsignJars {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: UnsignJars FOLDER");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (unsign(jar)) System.out.println("UnsignJars: " + jar.getFileName());
            }
        }
    }

    /** Rewrites the jar without its signature files; false when it had none. */
    static boolean unsign(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) return false;
            Path tmp = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out)) {
                for (ZipEntry e : zip.stream().toList()) {
                    if (SIGNATURE.matcher(e.getName()).matches()) continue;
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    z.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(z);
                    }
                    z.closeEntry();
                }
            }
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }
}
