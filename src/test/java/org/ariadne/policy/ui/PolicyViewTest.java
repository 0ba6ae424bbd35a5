package org.ariadne.policy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.ariadne.IntegrationTest;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PolicyViewTest extends SpringBrowserlessTest {

    @Autowired
    PolicyService policy;

    @Test
    @WithUserDetails("admin")
    void theAdministratorSwitchesPresetsFromTheScreen() {
        PolicyView view = navigate(PolicyView.class);
        test($(Button.class, view).id("adopt-MULTI_AGENCY")).click();
        assertThat(policy.inForce().permits(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_CONCLUSIVE)).isTrue();
        test($(Button.class, view).id("adopt-LAW_ENFORCEMENT_DESIGNATES")).click();
        assertThat(policy.inForce().permits(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_CONCLUSIVE)).isFalse();
    }

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorCannotOpenIt() {
        navigate("admin/policy", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
