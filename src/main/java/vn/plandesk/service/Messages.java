package vn.plandesk.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Wording;

/**
 * Every word the officer reads: Vietnamese by default, English as the second locale, from i18n/messages*.properties.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String BUNDLE = "i18n.messages";

    private static volatile Locale locale = VIETNAMESE;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale == null ? VIETNAMESE : newLocale;
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    public static ResourceBundle bundle(Locale l) {
        // no fallback to the JVM's default locale: Vietnamese is the base bundle
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] said = args.clone();
        for (int i = 0; i < said.length; i++) {
            // a refusal inside another ("at $.plan…: the cause is required") is said in the same language
            if (said[i] instanceof PlanDeskException inner) {
                said[i] = of(inner);
            } else if (said[i] instanceof Wording w) {
                said[i] = get(w.key(), w.args());
            }
        }
        return new MessageFormat(pattern, locale).format(said);
    }

    /** The sentence for a failure the officer must read. */
    public static String of(PlanDeskException e) {
        return get(e.key(), e.args());
    }
}
