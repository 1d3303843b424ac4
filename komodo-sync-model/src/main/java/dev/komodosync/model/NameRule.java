package dev.komodosync.model;

import java.util.Locale;

/**
 * How Komodo rewrites a resource's name when it creates it (behaviour §4.5). A declared name that
 * the rule changes never converges: Komodo stores the rewritten name, and the next plan no longer
 * finds it.
 */
public enum NameRule {
    /** Trimmed; line breaks become {@code _}. Most kinds. */
    GENERAL {
        @Override
        public String apply(String name) {
            return name.trim().replace('\n', '_');
        }
    },
    /** Trimmed; spaces and line breaks become {@code _}. Repos. */
    PATH_COMPATIBLE {
        @Override
        public String apply(String name) {
            return name.trim().replace(' ', '_').replace('\n', '_');
        }
    },
    /**
     * Trimmed and lower-cased; everything outside {@code [a-z0-9_-]} becomes {@code _}; leading
     * characters that are not letters or digits are dropped. Builds and stacks.
     */
    DOCKER_COMPATIBLE {
        @Override
        public String apply(String name) {
            return stripLeadingNonAlphanumerics(replaceOutside(name.trim().toLowerCase(Locale.ROOT), "_-"));
        }
    },
    /**
     * Trimmed; everything outside {@code [A-Za-z0-9_.-]} becomes {@code _}; leading characters
     * that are not letters or digits are dropped. Deployments.
     */
    CONTAINER_COMPATIBLE {
        @Override
        public String apply(String name) {
            return stripLeadingNonAlphanumerics(replaceOutside(name.trim(), "_.-"));
        }
    };

    /** The name Komodo stores for {@code name}. */
    public abstract String apply(String name);

    private static String replaceOutside(String name, String allowedPunctuation) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            out.append(isAsciiAlphanumeric(c) || allowedPunctuation.indexOf(c) >= 0 ? (char) c : '_');
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static String stripLeadingNonAlphanumerics(String name) {
        int start = 0;
        while (start < name.length() && !isAsciiAlphanumeric(name.charAt(start))) {
            start++;
        }
        return name.substring(start);
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
