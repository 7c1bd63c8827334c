/* The studio's BPMN modeler: bpmn-js's Modeler (bpmn.io watermark kept) on a process's newest
   version. Validate posts the edited XML to the studio's validate route and marks each element an
   error names with the canvas marker "ordra-error"; Deploy posts it to the deploy route, which
   answers like POST /api/v1/models (201 a new version, 200 nothing changed, 422 the errors). Both
   send the session's CSRF token in the X-CSRFToken header. */
(function () {
  "use strict";

  function Modeler(root) {
    this.root = root;
    this.modeler = new window.BpmnJS({container: root.querySelector(".bpmn-canvas"),
                                      keyboard: {bindTo: document}});
    this.marked = [];
    this.status = root.querySelector(".modeler-status");
    this.problems = root.querySelector(".modeler-problems");
  }

  Modeler.prototype.start = function () {
    var self = this;
    var xml = JSON.parse(this.root.querySelector("script.bpmn-xml").textContent);
    this.modeler.importXML(xml).then(function () {
      self.modeler.get("canvas").zoom("fit-viewport", "auto");
      self.root.dataset.ready = "true";
    }).catch(function (error) {
      self.say("The diagram could not be opened: " + error.message);
    });
    this.root.querySelector(".modeler-validate").addEventListener("click", function () { self.validate(); });
    this.root.querySelector(".modeler-deploy").addEventListener("click", function () { self.deploy(); });
  };

  Modeler.prototype.say = function (message) {
    this.status.textContent = message;
  };

  Modeler.prototype.post = function (url) {
    var root = this.root;
    return this.modeler.saveXML({format: true}).then(function (saved) {
      return fetch(url, {method: "POST", credentials: "same-origin",
                         headers: {"Content-Type": "application/json", "X-CSRFToken": root.dataset.csrf},
                         body: JSON.stringify({xml: saved.xml})});
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        return {status: response.status, body: {errors: [{message: "the server answered " + response.status}]}};
      }
      return response.json().then(function (body) { return {status: response.status, body: body}; });
    });
  };

  /* Each error listed and, where it names an element on this diagram, marked on it. */
  Modeler.prototype.show = function (errors) {
    var canvas = this.modeler.get("canvas");
    var registry = this.modeler.get("elementRegistry");
    this.marked.forEach(function (id) { if (registry.get(id)) { canvas.removeMarker(id, "ordra-error"); } });
    this.marked = [];
    this.problems.replaceChildren();
    var self = this;
    (errors || []).forEach(function (error) {
      var item = document.createElement("li");
      item.textContent = (error.element ? error.element + ": " : "") + error.message +
        (error.line ? " (line " + error.line + ")" : "");
      if (error.element) { item.dataset.element = error.element; }
      self.problems.appendChild(item);
      if (error.element && registry.get(error.element)) {
        canvas.addMarker(error.element, "ordra-error");
        self.marked.push(error.element);
      }
    });
  };

  Modeler.prototype.validate = function () {
    var self = this;
    this.say("Validating…");
    this.post(this.root.dataset.validateUrl).then(function (answer) {
      var body = answer.body;
      self.show(body.errors);
      if (answer.status !== 200) { self.say("Could not validate."); return; }
      self.say(body.valid ? "Valid: ready to deploy." : body.errors.length + " problem(s) found.");
    }).catch(function (error) { self.say("Could not validate: " + error.message); });
  };

  Modeler.prototype.deploy = function () {
    var self = this;
    this.say("Deploying…");
    this.post(this.root.dataset.deployUrl).then(function (answer) {
      var body = answer.body;
      self.show(body.errors);
      if (answer.status === 201 || answer.status === 200) {
        var mine = (body.processes || []).filter(function (p) { return p.id === self.root.dataset.processId; })[0];
        var version = mine ? mine.version : null;
        self.say(answer.status === 201 ? "Deployed as version " + version + "." :
          "Nothing changed: version " + version + " is already deployed.");
        if (version) {
          var link = document.createElement("a");
          link.href = self.root.dataset.versionUrl.replace(/\/0$/, "/" + version);
          link.textContent = " View version " + version;
          self.status.appendChild(link);
        }
      } else {
        self.say("Not deployed: " + (body.errors || []).length + " problem(s).");
      }
    }).catch(function (error) { self.say("Could not deploy: " + error.message); });
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".bpmn-modeler").forEach(function (root) { new Modeler(root).start(); });
  });
}());
