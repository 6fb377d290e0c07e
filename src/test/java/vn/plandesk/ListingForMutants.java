package vn.plandesk;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Lets PIT list a test class without running it, before it runs the class's tests against each mutant.
 *
 * <p>PIT's JUnit 5 plugin (1.2.3) lists the tests of a class by running the whole class. A mutation minion lists every
 * test class that covers the class it mutates before it tries a single mutant, so for a model class that half the
 * suite covers, half the suite ran once, unmutated, for nothing, in each of the profile's 138 minions. While a minion
 * lists, this extension skips each test's body and its set-up and tear-down methods: JUnit still reports every test
 * started and finished, so PIT learns its name. The tests then run against the mutants as they always did.
 *
 * <p>Only the {@code pit} profile turns it on (it sets {@code junit.jupiter.extensions.autodetection.enabled} in PIT's
 * JVMs, and {@code META-INF/services} names this class); there it does nothing in PIT's coverage run, where the listing
 * run is also what measures each test's coverage, and nothing when a test runs against a mutant.
 */
public final class ListingForMutants implements InvocationInterceptor {
    private static final String FINDER = "org.pitest.junit5.JUnit5TestUnitFinder";
    private static final String MUTATION_MINION = "org.pitest.mutationtest.execute.MutationTestMinion";

    /** Whether this call comes from a mutation minion's listing of the tests, not from a test run against a mutant. */
    static boolean listing() {
        return StackWalker.getInstance().walk(frames -> {
            boolean finder = false;
            for (var f : (Iterable<StackWalker.StackFrame>) frames::iterator) {
                String c = f.getClassName();
                if (c.equals(FINDER)) {
                    finder = true;
                } else if (c.equals(MUTATION_MINION)) {
                    return finder;
                }
            }
            return false;
        });
    }

    private static void skipWhileListing(Invocation<Void> invocation) throws Throwable {
        if (listing()) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                          ExtensionContext context) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                        ExtensionContext context) throws Throwable {
        skipWhileListing(invocation);
    }
}
