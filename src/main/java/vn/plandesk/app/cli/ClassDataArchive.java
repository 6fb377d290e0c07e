package vn.plandesk.app.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.plandesk.app.Launcher;

/**
 * The class-data archive the program's launcher maps at every start ({@code plandesk.jsa} beside the program's jar),
 * and the list of classes it is made from ({@code plandesk.classlist}).
 *
 * <p>The archive is a static one: {@code java -Xshare:dump} reads the listed classes from the jars and the runtime and
 * lays them out ready to map. JDK 17's dynamic archive ({@code -XX:ArchiveClassesAtExit}) cannot hold picocli's
 * classes (compiled for Java 5), and holds only classes a run of the JVM that writes it loaded, so it could not hold
 * the window's classes where the archive is made without a display (the .deb's installation). The list of a static
 * archive is plain class names, valid wherever the program is installed: the package build writes it, the window's
 * starts included when it has a display, and the installation makes the archive from it without running anything.
 */
final class ClassDataArchive {
    static final String ARCHIVE = "plandesk.jsa";
    static final String CLASS_LIST = "plandesk.classlist";
    /** A window start that has not ended by then is stopped; its classes are left out, the rest is kept. */
    private static final long WINDOW_TIMEOUT_S = 120;
    /** The JVM options a child run must not inherit: the archive's own, and tools attached to this JVM. */
    private static final List<String> NOT_INHERITED = List.of("-XX:SharedArchiveFile", "-Xshare:",
            "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList", "-XX:SharedClassListFile", "-Xlog:cds",
            "-XX:StartFlightRecording", "-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp");

    private final Path java;
    private final String classPath;
    private final List<String> options;
    private final Path folder;

    ClassDataArchive(Path java, String classPath, List<String> options, Path folder) {
        this.java = java;
        this.classPath = classPath;
        this.options = List.copyOf(options);
        this.folder = folder;
    }

    /** The archive of the program running now: its runtime, class path and JVM options, beside its jar. */
    static ClassDataArchive ofThisProgram() throws IOException {
        Path jar;
        try { // through the URI, so that a folder with spaces ("Program Files") is not read as "%20"
            jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new ClassDataArchive(Path.of(System.getProperty("java.home"), "bin", "java"),
                absolute(System.getProperty("java.class.path")),
                inherited(ManagementFactory.getRuntimeMXBean().getInputArguments()), jar.getParent());
    }

    Path archive() {
        return folder.resolve(ARCHIVE);
    }

    Path classList() {
        return folder.resolve(CLASS_LIST);
    }

    /**
     * A class path with each entry absolute. The archive records its class path as it is given, and a JVM that finds
     * an entry missing maps nothing: one made with "java -jar plandesk.jar" served only starts from that folder.
     */
    static String absolute(String classPath) {
        return Stream.of(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** This JVM's options a child run keeps: the module options the window needs, the heap and collector. */
    static List<String> inherited(List<String> inputArguments) {
        return inputArguments.stream().filter(o -> NOT_INHERITED.stream().noneMatch(o::startsWith)).toList();
    }

    /**
     * The class names of several lists, each once, in the order first met; the lists' comments are left out. The
     * lines of lambda classes ({@code @lambda-proxy ...}) are kept as they are: the dump makes those classes again.
     */
    static List<String> merged(List<List<String>> lists) {
        Set<String> lines = new LinkedHashSet<>();
        for (List<String> list : lists) {
            for (String line : list) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return new ArrayList<>(lines);
    }

    /**
     * Writes the class list: the classes of the everyday commands ({@code warm-up}) and, where a window can be shown,
     * of the window's first start on a new store and its start on that store with the samples.
     *
     * @return whether the list was written; a window that cannot start only leaves its classes out
     */
    boolean writeClassList(boolean window, PrintStream err) throws IOException {
        Path dir = Files.createTempDirectory("plandesk-class-list");
        try {
            List<List<String>> lists = new ArrayList<>();
            Path commands = dir.resolve("commands.txt");
            if (run(listing(commands, "warm-up"), dir.resolve("commands.log"), 0) != 0 || !Files.exists(commands)) {
                err.println("warm-up: the everyday commands failed; no class list written");
                return false;
            }
            lists.add(Files.readAllLines(commands, StandardCharsets.UTF_8));
            if (window) {
                Path store = dir.resolve("store");
                for (String start : List.of("first", "again")) {
                    Path list = dir.resolve("window-" + start + ".txt");
                    int code = run(listing(list, "--db", store.toString(), Cli.EXIT_WHEN_EDITABLE),
                            dir.resolve("window-" + start + ".log"), WINDOW_TIMEOUT_S);
                    if (code == 0 && Files.exists(list)) {
                        lists.add(Files.readAllLines(list, StandardCharsets.UTF_8));
                    } else {
                        err.println("warm-up: the window did not start (" + code + "); its classes are left out");
                        break;
                    }
                }
            }
            Path part = Files.createTempFile(folder, CLASS_LIST, ".part");
            Files.write(part, merged(lists), StandardCharsets.UTF_8);
            // a temporary file is its owner's alone; the list is read by whoever installs the program
            if (Files.getFileStore(part).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(part, classList(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            deleteTree(dir);
        }
    }

    /** Makes the archive from the class list (written first where it is missing). */
    boolean writeArchive(boolean window, PrintStream err) throws IOException {
        if (!Files.exists(classList()) && !writeClassList(window, err)) {
            return false;
        }
        Files.deleteIfExists(archive());
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList(), "-XX:SharedArchiveFile=" + archive()));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath));
        Path log = Files.createTempFile("plandesk-archive", ".log");
        try {
            // the dump names every listed class it cannot hold (a JFR event, a class that failed verification): that
            // is expected and goes to the log, which is shown only when no archive came of it
            int code = run(command, log, 0);
            if (code != 0 || !Files.exists(archive())) {
                err.println("warm-up: no class-data archive written (" + code + ")");
                try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    List<String> all = lines.toList();
                    all.subList(Math.max(0, all.size() - 20), all.size()).forEach(err::println);
                }
                return false;
            }
            return true;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** A child run of this program that lists the classes it loads in {@code list}. */
    private List<String> listing(Path list, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:off",
                "-XX:DumpLoadedClassList=" + list));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs a child process with its output in {@code log}; its exit code, -1 when stopped after the timeout. */
    private static int run(List<String> command, Path log, long timeoutSeconds) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (timeoutSeconds <= 0) {
                return p.waitFor();
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Deletes a scratch folder and what it holds. */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
