package org.ariadne.statistics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart (free; Vaadin Charts is commercial), drawn as SVG. The option is the
 * ECharts configuration, built on the server from protected tables only.
 */
@Tag("ariadne-echart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./src/ariadne-echart.js")
class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    EChart(String ariaLabel) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        setWidthFull();
        setHeight("320px");
    }

    void setOption(Map<String, Object> option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    String option() {
        return getElement().getProperty("option", "");
    }
}
