// Another copy of hled-widgets, of another version, registered <hled-metric> first.
customElements.define(
  'hled-metric',
  class extends HTMLElement {
    static hledVersion = '0.0.9';
  },
);
