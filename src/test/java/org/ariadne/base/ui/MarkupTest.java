package org.ariadne.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text and attribute values end up as text, whatever they hold; the markup around them is the code's. */
class MarkupTest {

    @Test
    void textIsEscapedAndTheClassKept() {
        assertThat(Markup.span("user-name", "<script>alert('x')</script> & \"Bob\"").html())
                .isEqualTo("<span class=\"user-name\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                        + " &quot;Bob&quot;</span>");
    }

    @Test
    void attributeValuesCannotCloseTheAttribute() {
        assertThat(Markup.element("a").attribute("href", "x\" onclick=\"alert(1)").text("ok").html())
                .isEqualTo("<a href=\"x&quot; onclick=&quot;alert(1)\">ok</a>");
    }

    @Test
    void lettersOfAnyLanguageStayAsTheyAre() {
        assertThat(Markup.span("c", "Français · Русский").html())
                .isEqualTo("<span class=\"c\">Français · Русский</span>");
    }

    @Test
    void childrenAndFlagsNestInOrder() {
        assertThat(Markup.element("div", "user-info").add(Markup.span("a", "1")).add(Markup.span("b", "2")).html())
                .isEqualTo("<div class=\"user-info\"><span class=\"a\">1</span><span class=\"b\">2</span></div>");
        assertThat(Markup.element("a").attribute("href", "language/fr").flag("router-ignore").html())
                .isEqualTo("<a href=\"language/fr\" router-ignore></a>");
    }

    @Test
    void anHtmlComponentKeepsTheClassAndTheEscapedText() {
        var html = Markup.element("div", "user-info").add(Markup.span("user-name", "<b>Eve</b> & co")).component();
        assertThat(html.getElement().getTag()).isEqualTo("div");
        assertThat(html.getElement().getClassList()).containsExactly("user-info");
        assertThat(html.getInnerHtml()).contains("&lt;b&gt;Eve&lt;/b&gt; &amp; co").doesNotContain("<b>");
    }

    @Test
    void tagAndAttributeNamesAreChecked() {
        assertThatThrownBy(() -> Markup.element("div onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Markup.element("a").attribute("href=\"x\" onclick", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
