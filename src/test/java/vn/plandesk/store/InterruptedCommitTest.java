package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.service.SampleLibrary;

/**
 * A process killed while H2 was making a large commit permanent (the undo log already marked committed, the changes
 * not all walked) leaves a transaction that H2 2.5 never finishes by itself: its rows stay locked on every reopen.
 * The store must open with the plan whole and readable at once.
 */
class InterruptedCommitTest {
    @TempDir
    Path dir;

    @Test
    void aCommitInterruptedByAKillIsFinishedWholeOnTheNextOpen() throws Exception {
        Plan plan = new SampleLibrary().plans().get(0);
        Database.open(dir).close();
        long id = leaveACommitHalfDone(plan);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Database db = Database.open(dir)) {
                PlanRepository repo = new PlanRepository(db);
                assertEquals(plan, repo.load(id).orElseThrow().withoutIds(), "the plan is whole");
                PlanSummary listed = repo.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
                assertEquals(plan.allTasks().size(), listed.tasks());
            }
            try (Database db = Database.open(dir)) {
                assertEquals(plan, new PlanRepository(db).load(id).orElseThrow().withoutIds(), "and stays whole");
            }
        });
    }

    /** Runs {@link HalfDoneCommit} in a child JVM that halts between the two steps of H2's commit. */
    private long leaveACommitHalfDone(Plan plan) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                HalfDoneCommit.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(HalfDoneCommit.HALTED, p.waitFor(), out);
        return Long.parseLong(out.lines().filter(l -> l.startsWith("id ")).findFirst().orElseThrow().substring(3));
    }

    /**
     * Writes the first sample in one transaction, marks its undo log committed as H2's commit does first, saves the
     * file and halts the JVM, as a kill would between the two steps of the commit.
     */
    static final class HalfDoneCommit {
        static final int HALTED = 37;

        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME), "sa", "");
            c.setAutoCommit(false);
            long id = PlanRepository.insert(c, new SampleLibrary().plans().get(0));
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            Transaction t = session.getTransaction();
            TransactionStore store = session.getDatabase().getStore().getTransactionStore();
            Method mark = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class, long.class);
            mark.setAccessible(true);
            mark.invoke(store, t.getId(), 1L); // a version above 0 marks the log, as H2's commit does
            session.getDatabase().getStore().getMvStore().commit();
            System.out.println("id " + id);
            System.out.flush();
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
