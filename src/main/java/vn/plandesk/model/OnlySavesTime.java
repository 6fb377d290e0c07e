package vn.plandesk.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that only makes an answer faster: it gives what the general way gives (a table worked out once by the
 * same rule, a shortcut for a common case). No test can tell a fault in it from the general way, only a benchmark can,
 * so mutation testing leaves it out (the {@code pit} profile names this annotation; docs/mutation-testing.md).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnlySavesTime {
}
