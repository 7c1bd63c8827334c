/* The deployed decision's read-only page: dmn-js's navigated viewer (bpmn.io watermark kept; nothing in it
   edits, and nothing here saves) on the decision's file, opened on the page's decision, with the editor's view
   switch to the file's DRD and its other decisions, the DRD's first layout and its pan-zoom keys
   (static/dmn_views.js). Once it shows the file, the server's copy of the decision (the page without scripts)
   hides; the rules the test panel matched (data-matched, their numbers) are marked in the viewer's table. */
(function () {
  "use strict";

  function Viewer(root) {
    this.root = root;
    this.box = root.querySelector(".dmn-canvas");
    this.status = root.querySelector(".viewer-status");
    this.matched = JSON.parse(root.dataset.matched || "[]");
    this.viewer = new window.DmnJS({container: this.box});
    this.views = window.OrdraDmnViews.attach(this.viewer, root, {
      label: "Decision requirements diagram (read-only)", changed: this.viewChanged.bind(this),
      failed: this.say.bind(this)});
  }

  Viewer.prototype.say = function (message) { this.status.textContent = message; };

  Viewer.prototype.start = function () {
    var self = this;
    var xml = JSON.parse(this.root.querySelector("script.dmn-xml").textContent);
    this.root.hidden = false;  // before dmn-js draws: it measures the canvas
    this.viewer.importXML(xml).then(function () {
      return self.views.open(self.root.dataset.decisionId);
    }).then(function () {
      var fallback = document.getElementById(self.root.dataset.fallback);
      if (fallback) { fallback.hidden = true; }
      self.root.dataset.ready = "true";
    }).catch(function (error) {
      self.say("The file's diagram could not be shown (" + error.message + "); the table below is the deployed one.");
    });
  };

  /* A table wider than the page scrolls inside dmn-js's table container, which has nothing else to focus in a
     viewer: the container itself takes the focus (and so the arrow keys). The page's decision's table,
     wherever it is drawn: the rules the test panel matched marked, by number. */
  Viewer.prototype.viewChanged = function (active) {
    var scroller = this.box.querySelector(".tjs-table-container");
    if (active.type === "decisionTable" && scroller) {
      scroller.setAttribute("tabindex", "0");
      scroller.setAttribute("role", "region");
      scroller.setAttribute("aria-label", "Table of " + (active.element.name || active.element.id));
    }
    if (active.type !== "decisionTable" || active.element.id !== this.root.dataset.decisionId) { return; }
    var matched = this.matched;
    this.box.querySelectorAll(".tjs-table tbody tr").forEach(function (row, index) {
      row.classList.toggle("matched", matched.indexOf(index + 1) !== -1);
    });
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".dmn-viewer").forEach(function (root) { new Viewer(root).start(); });
  });
}());
