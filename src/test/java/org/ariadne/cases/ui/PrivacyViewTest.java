package org.ariadne.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.ariadne.IntegrationTest;
import org.ariadne.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PrivacyViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("dpo")
    void retentionCanOnlyRunAfterADryRun() {
        PrivacyView view = navigate(PrivacyView.class);
        Button run = $(Button.class, view).id("retention-run");
        assertThat(run.isEnabled()).isFalse();
        test($(Button.class, view).id("retention-dry-run")).click();
        assertThat($(Paragraph.class, view).all()).anySatisfy(p ->
                assertThat(p.getText()).startsWith("Dry run:"));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotOpenPrivacyDuties() {
        navigate("privacy", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
