package org.ariadne.base.ui;

import com.vaadin.flow.component.Html;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * One HTML element with its content, for an {@link Html} component: text that does not change
 * while it is shown costs one element in the session this way instead of a component per line
 * (docs/benchmarks.md, retained heap per user). Every text and attribute value is escaped, since
 * some of it is data (a user's display name, an organisation's name); tag and attribute names are
 * the code's own and are checked.
 */
final class Markup {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final String tag;
    private final StringBuilder attributes = new StringBuilder();
    private final StringBuilder content = new StringBuilder();

    private Markup(String tag) {
        this.tag = name(tag);
    }

    static Markup element(String tag) {
        return new Markup(tag);
    }

    static Markup element(String tag, String cssClass) {
        return new Markup(tag).attribute("class", cssClass);
    }

    /** A {@code span} of the given class holding the text. */
    static Markup span(String cssClass, String text) {
        return element("span", cssClass).text(text);
    }

    Markup attribute(String name, String value) {
        attributes.append(' ').append(name(name)).append("=\"").append(escape(value)).append('"');
        return this;
    }

    /** An attribute without a value, such as {@code router-ignore}. */
    Markup flag(String name) {
        attributes.append(' ').append(name(name));
        return this;
    }

    Markup text(String text) {
        content.append(escape(text));
        return this;
    }

    Markup add(Markup child) {
        content.append(child.html());
        return this;
    }

    String html() {
        return "<" + tag + attributes + ">" + content + "</" + tag + ">";
    }

    Html component() {
        return new Html(html());
    }

    private static String escape(String text) {
        // Only the characters that mean something in HTML; the page is UTF-8, so other text stays as it is.
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(name);
        }
        return name;
    }
}
