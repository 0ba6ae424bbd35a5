package org.ariadne.e2e.support;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * Moving through a screen as a keyboard user does: Tab until the wanted control has the focus,
 * then type or press keys. Proves the control is reachable by keyboard, in a sensible order.
 */
public final class Keyboard {

    /** The focused element and its shadow hosts: id, nearest ancestor's id, aria-label, label text, text. */
    private static final String FOCUSED = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              const out = [];
              for (let node = el; node && out.length < 5; ) {
                const near = node.parentElement ? node.parentElement.closest('[id]') : null;
                out.push({
                  id: node.id || '', near: near ? near.id : '',
                  aria: (node.getAttribute && node.getAttribute('aria-label')) || '',
                  labels: node.labels ? Array.from(node.labels).map(l => l.textContent.trim()).join(' ') : '',
                  text: (node.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 100)
                });
                const root = node.getRootNode();
                node = root instanceof ShadowRoot ? root.host : null;
              }
              return out;
            }
            """;

    private Keyboard() {
    }

    /**
     * Presses Tab until the focus is on the control named {@code target}: "#id" for an id (of the
     * control or its nearest ancestor), otherwise its exact label or text. Fails after 250 presses.
     */
    public static void tabTo(Page page, String target) {
        for (int presses = 0; presses <= 250; presses++) {
            if (focusedIs(page, target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + target + "; focus stayed around " + page.evaluate(FOCUSED));
    }

    @SuppressWarnings("unchecked")
    private static boolean focusedIs(Page page, String target) {
        var chain = (List<Map<String, Object>>) page.evaluate(FOCUSED);
        for (Map<String, Object> node : chain) {
            if (target.startsWith("#")) {
                String id = target.substring(1);
                if (id.equals(node.get("id")) || id.equals(node.get("near"))) {
                    return true;
                }
            } else if (target.equals(node.get("aria")) || target.equals(node.get("labels"))
                    || target.equals(node.get("text"))) {
                return true;
            }
        }
        return false;
    }

    public static void type(Page page, String text) {
        page.keyboard().type(text);
    }

    public static void press(Page page, String key) {
        page.keyboard().press(key);
        Ui.settle(page);
    }
}
