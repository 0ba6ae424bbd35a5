package org.ariadne.e2e.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link Stack} once for the whole run (kept in the root store, closed when the run
 * ends). A stack that cannot start fails every journey with the same message, never skips it.
 * A {@link Page} parameter of a test method lives for that test; one of a {@code @BeforeAll} method
 * (with {@code @TestInstance(PER_CLASS)}) lives for the class, for journeys written as ordered steps.
 */
final class EndToEndExtension implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback,
        AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EndToEndExtension.class);

    /** Either the running stack or why it could not start; stored so a failure is not retried per class. */
    private record Started(Stack stack, Exception failure) implements AutoCloseable {
        Stack require() {
            if (failure != null) {
                throw new IllegalStateException("The end-to-end stack did not start: " + failure.getMessage(), failure);
            }
            return stack;
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    private static Stack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Started.class, key -> {
            try {
                return new Started(Stack.start(), null);
            } catch (Exception e) {
                return new Started(null, e);
            }
        }, Started.class).require();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == Stack.class || type == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Stack stack = stack(extension);
        if (parameter.getParameter().getType() == Stack.class) {
            return stack;
        }
        BrowserContext browser = stack.browsers().newContext();
        extension.getStore(NAMESPACE).put(BrowserContext.class, browser);
        return browser.newPage();
    }

    /**
     * A failed journey leaves a screenshot of where it stopped beside the logs: every page still
     * open, the test's own and those of the other users a journey signed in.
     */
    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path folder = Files.createDirectories(stack(context).settings().work().resolve("failures"));
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        List<Page> pages = stack(context).browsers().openContexts().stream().flatMap(c -> c.pages().stream()).toList();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            try {
                page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + "-" + i + ".png")).setFullPage(true));
                Files.writeString(folder.resolve(name + "-" + i + ".url.txt"), page.url());
            } catch (RuntimeException e) {
                System.err.println("[e2e] no failure screenshot for " + name + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        afterEach(context);
    }

    /** Closes the browser context opened for this test (or, from afterAll, for this class). */
    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browser = context.getStore(NAMESPACE).remove(BrowserContext.class, BrowserContext.class);
        if (browser != null) {
            browser.close();
        }
    }
}
