package vn.plandesk.service;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that read the officer's sentences word for word: each test runs with the Vietnamese bundle, whatever
 * locale a test before it left, and the locale before it is put back after.
 */
public final class InVietnamese implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(InVietnamese.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("locale", Messages.locale());
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(context.getStore(NS).get("locale", Locale.class));
    }
}
