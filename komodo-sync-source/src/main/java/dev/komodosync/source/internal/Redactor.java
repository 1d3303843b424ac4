package dev.komodosync.source.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text JGit produced: the user information of every URL
 * ({@code https://user:token@host} → {@code https://***@host}) and every known secret value,
 * wherever it appears. JGit puts credentials in URLs and copies URLs into exception messages.
 */
public final class Redactor {

    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/@\\s]+)@");

    private final List<String> secrets;

    /** A redactor of {@code secrets} (empty values are ignored), longest first. */
    public Redactor(Collection<String> secrets) {
        Set<String> values = new LinkedHashSet<>();
        secrets.stream().filter(s -> s != null && !s.isEmpty()).forEach(values::add);
        List<String> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.secrets = List.copyOf(sorted);
    }

    /**
     * {@code url} without its user information — except a bare user name in an ssh address
     * ({@code ssh://git@host}), which is never a secret, where an https user name may be a token.
     */
    public static String withoutUserInfo(String url) {
        return USER_INFO.matcher(url).replaceAll(match -> {
            boolean sshUser = match.group(1).toLowerCase(java.util.Locale.ROOT).contains("ssh") && !match.group(2).contains(":");
            return Matcher.quoteReplacement(match.group(1) + "://" + (sshUser ? match.group(2) : "***") + "@");
        });
    }

    /** {@code text} without user information in URLs and without any secret value. */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String result = withoutUserInfo(text);
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    /** The messages of {@code failure} and its causes, scrubbed, without repeats: {@code a: b: c}. */
    public String messages(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 6; t = t.getCause()) {
            String message = t.getMessage();
            String part = scrub(message == null || message.isBlank() ? t.getClass().getSimpleName() : message)
                    .strip().replace("\n", "; ");
            if (parts.stream().noneMatch(p -> p.contains(part))) {
                parts.add(part);
            }
        }
        return String.join(": ", parts);
    }

    /**
     * A copy of {@code failure} and its causes safe to attach to an exception: each replaced by a
     * plain exception naming the original type, with the scrubbed message and the original stack.
     */
    public Throwable scrubbedCopy(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Throwable cause = failure.getCause() == failure ? null : scrubbedCopy(failure.getCause());
        Exception copy = new Exception(failure.getClass().getName() + ": " + scrub(failure.getMessage()), cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }
}
