/* The studio's version diff: two bpmn-js viewers (bpmn.io watermark kept), the older version with
   its removed and changed elements marked, the newer with its added and changed ones. Each figure
   carries its XML and its marks ({"added"|"removed"|"changed": [ids]}) as JSON script elements, and its
   name (data-label). Pan and zoom buttons and keys: static/diagram_keys.js. */
(function () {
  "use strict";

  function draw(root) {
    var viewer = new window.BpmnJS({container: root.querySelector(".bpmn-canvas")});
    var xml = JSON.parse(root.querySelector("script.bpmn-xml").textContent);
    var marks = JSON.parse(root.querySelector("script.bpmn-diff").textContent);
    viewer.importXML(xml).then(function () {
      var canvas = viewer.get("canvas");
      var registry = viewer.get("elementRegistry");
      Object.keys(marks).forEach(function (kind) {
        marks[kind].forEach(function (id) {
          if (registry.get(id)) { canvas.addMarker(id, "ordra-diff-" + kind); }
        });
      });
      canvas.zoom("fit-viewport", "auto");
      if (window.OrdraDiagramKeys) {
        window.OrdraDiagramKeys.attach(viewer, root.querySelector(".bpmn-canvas"), {label: "Diagram of " + root.dataset.label});
      }
      root.dataset.ready = "true";
    }).catch(function (error) {
      root.querySelector(".bpmn-canvas").textContent = "The diagram could not be drawn: " + error.message;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".bpmn-version-diff").forEach(draw);
  });
}());
