package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word the officer reads is in both bundles. */
class MessagesTest {
    @Test
    void bothLocalesHaveTheSameKeys() {
        Set<String> vi = new TreeSet<>(Messages.bundle(Messages.VIETNAMESE).keySet());
        Set<String> en = new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet());
        assertEquals(vi, en);
    }

    /** A key written twice keeps only its last text: two features that chose one key would share a sentence. */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/i18n", bundle))) {
                Matcher m = Pattern.compile("^([A-Za-z0-9_.-]+)\\s*=").matcher(line);
                if (m.find() && !seen.add(m.group(1))) {
                    twice.add(m.group(1));
                }
            }
            assertEquals(Set.of(), twice, bundle);
        }
    }

    @Test
    void everyKeyTheCodeRaisesOrAsksForExists() throws IOException {
        Set<String> keys = Messages.bundle(Messages.VIETNAMESE).keySet();
        Pattern use = Pattern.compile("(?:PlanDeskException\\((?:[a-zA-Z]+, )?|Messages\\.get\\()\"([a-zA-Z0-9_.]+)\"(\\s*\\+)?");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    // "plan.kind." + kind and "derive.step" + n name a family of keys
                    boolean known = m.group(2) != null ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                    if (!known) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing from messages.properties: " + missing);
    }
}
