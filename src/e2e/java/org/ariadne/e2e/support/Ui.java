package org.ariadne.e2e.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Small helpers over Playwright for Vaadin screens: waiting for the server round trip, finding by label. */
public final class Ui {

    private Ui() {
    }

    /** Waits until Vaadin has loaded and no request to the server is pending. */
    public static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Opens an address of the application and waits for the screen. */
    public static void open(Page page, Stack stack, String path) {
        page.navigate(stack.baseUrl() + path);
        settle(page);
    }

    /** A form field's input by its visible label (exact match). */
    public static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    public static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public static Locator checkbox(Page page, String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The entries of the main menu, in order. */
    public static java.util.List<String> menu(Page page) {
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }

    /**
     * The cell of a lazy grid that reads exactly {@code text}, scrolling the grid down as a user
     * does (the rows further down are fetched from the server only then) until it is loaded.
     */
    public static Locator gridCell(Page page, Locator grid, String text) {
        Locator cells = grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
        boolean atBottom = false;
        for (int scrolls = 0; scrolls < 200; scrolls++) {
            settle(page);
            int index = cells.allInnerTexts().stream().map(String::strip).toList().indexOf(text);
            if (index >= 0) {
                Locator cell = cells.nth(index);
                cell.scrollIntoViewIfNeeded();
                return cell;
            }
            if (atBottom) {
                break;
            }
            atBottom = (Boolean) grid.evaluate("g => g.$.table.scrollTop + g.$.table.clientHeight"
                    + " >= g.$.table.scrollHeight - 2");
            grid.evaluate("g => g.$.table.scrollBy(0, g.$.table.clientHeight * 0.8)");
        }
        throw new AssertionError("No row reading \"" + text + "\" in the grid, scrolled to its end");
    }

    /** Picks items of a Vaadin multi-select combo box, each by typing part of its label, then leaves the field. */
    public static void chooseMany(Page page, String label, String... items) {
        Locator input = field(page, label);
        for (String item : items) {
            input.fill(item);
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(item))
                    .first().click();
            settle(page);
        }
        input.press("Tab");
        settle(page);
    }

    /** Picks an item of a Vaadin combo box by typing its label and committing it. */
    public static void choose(Page page, String label, String item) {
        Locator input = field(page, label);
        input.fill(item);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        settle(page);
    }
}
