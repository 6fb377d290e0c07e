package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The package's class-data archive is made from one run of warm-up: every command it runs must succeed, or the
 * archive would miss what that command loads.
 */
class WarmUpTest {
    @Test
    void everyEverydayCommandRunsOnAScratchStore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(out, err).run("warm-up");
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
    }
}
