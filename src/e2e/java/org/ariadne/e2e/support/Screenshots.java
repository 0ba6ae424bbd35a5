package org.ariadne.e2e.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Screenshots of the main screens, written to target/e2e/screenshots/NAME.png by every run and,
 * with {@code -De2e.screenshots=docs/screenshots}, copied there for the README.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** The visible part of the screen (1280 x 800, the README's size). */
    public static void save(Page page, Stack stack, String name) {
        if (page.url().startsWith(stack.baseUrl())) {
            Ui.settle(page);
        }
        // Let Vaadin's transitions and lazy grids paint before the picture is taken.
        page.waitForTimeout(400);
        Path file = stack.settings().screenshots().resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        Path copy = stack.settings().screenshotCopy();
        if (copy != null) {
            try {
                Files.createDirectories(copy);
                Files.copy(file, copy.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy the screenshot to " + copy, e);
            }
        }
    }

    /** As {@link #save}, with the viewport made taller for a screen whose point is further down. */
    public static void saveTall(Page page, Stack stack, String name, int height) {
        var size = page.viewportSize();
        page.setViewportSize(size.width, height);
        try {
            save(page, stack, name);
        } finally {
            page.setViewportSize(size.width, size.height);
        }
    }
}
