// A small web component around Apache ECharts 6 (SVG renderer). The server sets the chart's option
// as JSON; the element resizes with its container. No data leaves the server beyond what the option holds.
import * as echarts from 'echarts';

class AriadneEchart extends HTMLElement {
  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    if (!this._chart) {
      this.style.display = 'block';
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resize.observe(this);
    }
    this._apply();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(value) {
    this._option = value;
    this._apply();
  }

  get option() {
    return this._option;
  }

  _apply() {
    if (this._chart && this._option) {
      this._chart.setOption(JSON.parse(this._option), true);
    }
  }
}

customElements.define('ariadne-echart', AriadneEchart);
