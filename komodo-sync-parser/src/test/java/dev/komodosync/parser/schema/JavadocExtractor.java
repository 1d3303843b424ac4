package dev.komodosync.parser.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the javadoc of a type declared in a Java source file: its first paragraph, and the
 * text of each {@code @param}, as plain text a schema can show (inline tags resolved, HTML and
 * references to the behaviour reference removed). What {@code field-docs.properties} is made of.
 */
final class JavadocExtractor {

    private static final Pattern BEHAVIOUR = Pattern.compile("\\s*\\((?:see )?behaviou?r §[^()]*\\)");

    private JavadocExtractor() {}

    /** The documentation of a type, and of its record components by name. */
    record TypeDoc(String description, Map<String, String> params) {}

    /** The javadoc right before the declaration of {@code simpleName} in {@code source}, if any. */
    static Optional<TypeDoc> typeDoc(String source, String simpleName) {
        Pattern declaration = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*"
                + "(?:(?:public|protected|private|static|final|sealed|non-sealed|abstract)\\s+)*"
                + "(?:record|interface|enum|class)\\s+" + Pattern.quote(simpleName) + "\\b", Pattern.DOTALL);
        Matcher matcher = declaration.matcher(source);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(parse(matcher.group(1)));
    }

    private static TypeDoc parse(String comment) {
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\n")) {
            text.append(line.replaceFirst("^\\s*\\*?\\s?", "")).append('\n');
        }
        String body = text.toString();
        int firstTag = indexOfBlockTag(body, 0);
        String main = firstTag < 0 ? body : body.substring(0, firstTag);
        int paragraph = main.indexOf("<p>");
        String description = plain(paragraph < 0 ? main : main.substring(0, paragraph));
        Map<String, String> params = new LinkedHashMap<>();
        int at = firstTag;
        while (at >= 0) {
            int next = indexOfBlockTag(body, at + 1);
            String tag = body.substring(at, next < 0 ? body.length() : next);
            Matcher param = Pattern.compile("^@param\\s+(\\w+)\\s+(.*)$", Pattern.DOTALL).matcher(tag);
            if (param.find()) {
                params.put(param.group(1), plain(param.group(2)));
            }
            at = next;
        }
        return new TypeDoc(description, params);
    }

    private static int indexOfBlockTag(String body, int from) {
        Matcher tag = Pattern.compile("(?m)^@\\w+").matcher(body);
        return tag.find(from) ? tag.start() : -1;
    }

    /** Inline tags resolved, HTML removed, whitespace collapsed, references to the behaviour reference dropped. */
    static String plain(String javadoc) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javadoc.length()) {
            if (javadoc.startsWith("{@", i)) {
                int end = closingBrace(javadoc, i);
                String inner = javadoc.substring(i + 2, end);
                int space = inner.indexOf(' ');
                String tag = space < 0 ? inner : inner.substring(0, space);
                String content = space < 0 ? "" : inner.substring(space + 1).strip();
                out.append(switch (tag) {
                    case "code", "literal" -> "`" + content + "`";
                    case "link", "linkplain" -> linkText(content);
                    default -> content;
                });
                i = end + 1;
            } else {
                out.append(javadoc.charAt(i));
                i++;
            }
        }
        String text = out.toString().replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
        return BEHAVIOUR.matcher(text).replaceAll("").strip();
    }

    private static String linkText(String content) {
        String[] parts = content.split("\\s+", 2);
        if (parts.length == 2) {
            return parts[1];
        }
        String target = parts[0];
        int hash = target.indexOf('#');
        String name = hash < 0 ? target.substring(target.lastIndexOf('.') + 1) : target.substring(hash + 1);
        return "`" + name.replaceAll("\\(.*\\)", "") + "`";
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }
}
