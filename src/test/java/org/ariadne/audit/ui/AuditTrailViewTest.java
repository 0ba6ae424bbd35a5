package org.ariadne.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.ariadne.IntegrationTest;
import org.ariadne.audit.AuditEntry;
import org.ariadne.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("dpo")
    void theDpoFiltersTheTrailByRecord() {
        AuditTrailView view = navigate(AuditTrailView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class, view).single();
        assertThat(test(grid).size()).isGreaterThan(0);
        test($(TextField.class, view).id("audit-record")).setValue("no-such-record");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotOpenTheTrail() {
        navigate("audit", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
