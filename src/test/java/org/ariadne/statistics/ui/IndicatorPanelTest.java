package org.ariadne.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.statistics.Indicator;
import org.ariadne.statistics.IndicatorLine;
import org.ariadne.statistics.disclosure.Shown;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An indicator's row shows its first figure while the panel is closed: no need to open sixteen panels. */
@IntegrationTest
class IndicatorPanelTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRowShowsTheFirstFigureWithoutOpeningThePanel() {
        var first = new IndicatorLine("DESIGNATED_BY", "POSITIVE", "statistics.item.positive-conclusive", 37.5,
                IndicatorLine.Unit.PERCENT, new Shown(30L), new Shown(80L));
        var second = new IndicatorLine("DESIGNATED_BY", "POLICE", "statistics.item.positive-conclusive", 12.5,
                IndicatorLine.Unit.PERCENT, new Shown(10L), new Shown(80L));
        var panel = new IndicatorPanel(new Indicator("DESIGNATED_BY", Indicator.Kind.CASE, List.of(first, second),
                List.of(), "statistics.method.DESIGNATED_BY", null), false, (code, note) -> { });
        getCurrentView().getElement().appendChild(panel.getElement());

        assertThat(panel.isOpened()).isFalse();
        Span headline = $(Span.class).id("headline-DESIGNATED_BY");
        assertThat(headline.getText()).isEqualTo(panel.getTranslation("statistics.item.positive-conclusive") + ": "
                + IndicatorPanel.value(panel, first)).contains("37");
        assertThat(panel.getSummary().getElement().getTextRecursively()).contains(headline.getText());
    }

    @Test
    void everyIndicatorOfTheAnswerSetShowsAFigureInItsRow() {
        SignedIn.as(users, "coordinator");
        navigate("statistics/indicators", IndicatorSetView.class);
        List<IndicatorPanel> panels = $(IndicatorPanel.class).all();
        assertThat(panels).hasSizeGreaterThan(10);
        for (IndicatorPanel panel : panels) {
            assertThat(panel.isOpened()).isFalse();
            String code = panel.getId().orElseThrow().substring("indicator-".length());
            assertThat(panel.getSummary().getElement().getTextRecursively()).as(code)
                    .contains($(Span.class).id("headline-" + code).getText());
            assertThat($(Span.class).id("headline-" + code).getText()).as(code).matches(".+: .+");
        }
    }
}
