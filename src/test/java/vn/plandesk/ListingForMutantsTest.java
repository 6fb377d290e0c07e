package vn.plandesk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The mutation profile's listing extension: found by JUnit when the profile asks, idle everywhere else. */
class ListingForMutantsTest {
    @Test
    void aTestRunOutsideAMutationMinionIsNotAListing() {
        // this very test runs: were it taken for a listing, every test of the suite would pass without running
        assertFalse(ListingForMutants.listing());
    }

    @Test
    void theServiceFileNamesTheExtensionSoThatTheProfileFindsIt() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/services/org.junit.jupiter.api.extension.Extension")) {
            assertTrue(in != null, "no service file");
            String names = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(names.lines().map(String::strip).anyMatch(ListingForMutants.class.getName()::equals), names);
        }
    }
}
