// The SPARQL workbench: YASGUI on /kg/sparql, with one tab per example query of queries/.
// Persistence is off so every visit starts from the examples as shipped.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  fetch(root.dataset.examples)
    .then(function (response) { return response.json(); })
    .then(function (examples) {
      var yasgui = new Yasgui(root, {
        requestConfig: { endpoint: root.dataset.endpoint, method: "POST" },
        copyEndpointOnNewTab: true,
        persistenceId: null,
        autoAddOnInit: examples.length === 0,
        populateFromUrl: false
      });
      examples.forEach(function (example, i) {
        yasgui.addTab(i === 0, { name: example.name, yasqe: { value: example.query } });
      });
      window.samacharWorkbench = yasgui;
    });
})();
