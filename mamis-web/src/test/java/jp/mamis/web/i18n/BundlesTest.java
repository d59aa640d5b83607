package jp.mamis.web.i18n;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screens' bundles: Japanese and English hold the same keys, and every key the views, the
 * backing beans and the services name literally is in them, so no screen shows a raw key.
 */
@DisplayName("Messages bundles")
class BundlesTest {

    /** {@code msg['key']} in views, {@code new MamisException("key"}, {@code forField("field", "key"}, {@code Messages.x("key"}. */
    /** A bundle key: dotted words (a form id or a key prefix to be completed is not one). */
    private static final String KEY = "[a-z]\\w*(?:\\.\\w+)+";

    private static final Pattern[] USES = {
        Pattern.compile("msg\\['([A-Za-z][\\w.]*[\\w])'\\]"),
        Pattern.compile("new MamisException\\(\"(" + KEY + ")\""),
        Pattern.compile("forField\\(\"\\w+\", \"(" + KEY + ")\""),
        Pattern.compile("Messages\\.(?:info|warn|error)\\((?:\\w+, )?\"(" + KEY + ")\"")
    };

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/jp/mamis/web/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @DisplayName("Japanese and English have the same keys")
    void sameKeys() throws IOException {
        Set<String> ja = new TreeSet<>(load("Messages_ja.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("Messages_en.properties").stringPropertyNames());
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        assertEquals(Set.of(), onlyJa, "keys without English");
        assertEquals(Set.of(), onlyEn, "keys without Japanese");
    }

    @Test
    @DisplayName("every key named in the views and the code is in the bundle")
    void everyUsedKeyExists() throws IOException {
        Properties ja = load("Messages_ja.properties");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path root : new Path[] {Path.of("src/main/webapp"), Path.of("src/main/java"),
                Path.of("../mamis-ejb/src/main/java"), Path.of("../mamis-domain/src/main/java")}) {
            assertTrue(Files.isDirectory(root), root + " (run from the mamis-web module)");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    for (Pattern use : USES) {
                        Matcher m = use.matcher(text);
                        while (m.find()) {
                            found++;
                            if (!ja.containsKey(m.group(1))) {
                                missing.add(m.group(1) + " (" + f.getFileName() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found > 300, "the scan found the keys in use: " + found);
        assertEquals(Set.of(), missing);
    }
}
