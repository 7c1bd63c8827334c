/* Ordra's diagram views: a BPMN model drawn with bpmn-js's navigated viewer (bpmn.io watermark kept),
   each element marked with the canvas marker "ordra-state-<state>", a count badge where it ran more
   than once, and its details on click. With data-marks-url the marks are fetched, and fetched again
   every data-poll-ms, so the diagram follows the instance without a reload. Each step (task, event, gateway,
   sub-process) is also a button in the tab order, named with its state: Enter or Space shows its details and
   moves the focus to them, so the diagram serves keyboard and screen-reader users too. Pan and zoom buttons, and
   keys on the focused canvas, come from static/diagram_keys.js; a step tabbed to is scrolled into view. */
(function () {
  "use strict";
  var STATES = ["completed", "active", "waiting", "failed", "cancelled"];
  var LABELS = {completed: "Completed", active: "Active", waiting: "Waiting", failed: "Failed", cancelled: "Cancelled"};

  function text(tag, content, cls) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    node.textContent = content;
    return node;
  }

  function link(href, content) {
    var a = text("a", content);
    a.href = href;
    return a;
  }

  function Diagram(root) {
    this.root = root;
    this.viewer = new window.BpmnJS({container: root.querySelector(".bpmn-canvas")});
    this.elements = {};
    this.details = {};
    this.badgeFrom = parseInt(root.dataset.badgeFrom || "2", 10);
    this.panel = root.querySelector(".bpmn-details");
  }

  Diagram.prototype.start = function () {
    var self = this;
    var xml = JSON.parse(this.root.querySelector("script.bpmn-xml").textContent);
    this.viewer.importXML(xml).then(function (result) {
      self.root.dataset.warnings = String(result.warnings.length);  // an unreadable layout shows up here
      self.fit();
      self.viewer.get("eventBus").on("element.click", function (event) { self.show(event.element); });
      self.focusable();
      if (window.OrdraDiagramKeys) {
        window.OrdraDiagramKeys.attach(self.viewer, self.root.querySelector(".bpmn-canvas"), {label: "Diagram of " + self.title()});
      }
      var initial = self.root.querySelector("script.bpmn-marks");
      if (initial) { self.mark(JSON.parse(initial.textContent)); }
      if (self.root.dataset.marksUrl) { self.refresh(); }
      var every = parseInt(self.root.dataset.pollMs || "0", 10);
      if (every > 0 && self.root.dataset.marksUrl) { window.setInterval(function () { self.refresh(); }, every); }
    }).catch(function (error) {
      self.root.querySelector(".bpmn-canvas").replaceChildren(text("p", "The diagram could not be drawn: " + error.message, "field-error"));
    });
  };

  /* As tall as the drawing at the page's width (within bounds), so a wide plan is not a thin strip
     in a tall empty box; pan and zoom (mouse wheel and drag, the buttons above it or the keys) show the rest. */
  Diagram.prototype.fit = function () {
    var canvas = this.viewer.get("canvas");
    var box = this.root.querySelector(".bpmn-canvas");
    var inner = canvas.viewbox().inner;
    if (inner.width > 0) {
      var wanted = box.clientWidth * inner.height / inner.width + 60;
      box.style.height = Math.round(Math.max(180, Math.min(560, wanted))) + "px";
      canvas.resized();
    }
    canvas.zoom("fit-viewport", "auto");
  };

  /* The process's name: the root's, or (a collaboration) its first participant's or that one's process's. */
  Diagram.prototype.title = function () {
    var root = this.viewer.get("canvas").getRootElement().businessObject || {};
    var first = (root.participants || [])[0] || {};
    return root.name || first.name || (first.processRef && first.processRef.name) || root.id || "the process";
  };

  function isStep(element) {
    return /(Task|Event|Gateway|SubProcess|CallActivity)$/.test(element.type);
  }

  Diagram.prototype.focusable = function () {
    var self = this;
    var registry = this.viewer.get("elementRegistry");
    registry.filter(isStep).forEach(function (element) {
      var gfx = registry.getGraphics(element);
      gfx.setAttribute("tabindex", "0");
      gfx.setAttribute("role", "button");
      gfx.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") { return; }
        event.preventDefault();
        self.show(element);
        if (self.panel && !self.panel.hidden) { self.panel.focus(); }
      });
    });
    this.name();
  };

  /* What a screen reader says for a step: its name, its state and the count its badge shows, e.g.
     "Approve order: active, count 2"; a step without a mark has its name alone. */
  Diagram.prototype.name = function () {
    var self = this;
    var registry = this.viewer.get("elementRegistry");
    registry.filter(isStep).forEach(function (element) {
      var mark = self.elements[element.id];
      var said = [(element.businessObject && element.businessObject.name || element.id).replace(/\s+/g, " ")];
      if (mark && mark.state) { said.push(": " + (LABELS[mark.state] || mark.state).toLowerCase()); }
      if (mark && mark.count >= self.badgeFrom) { said.push((mark.state ? ", count " : ": count ") + mark.count); }
      registry.getGraphics(element).setAttribute("aria-label", said.join(""));
    });
  };

  Diagram.prototype.refresh = function () {
    var self = this;
    return fetch(this.root.dataset.marksUrl, {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) { if (body) { self.mark(body); } })
      .catch(function () { /* the next poll tries again */ });
  };

  Diagram.prototype.mark = function (body) {
    var canvas = this.viewer.get("canvas");
    var overlays = this.viewer.get("overlays");
    var registry = this.viewer.get("elementRegistry");
    this.elements = body.elements || {};
    this.details = body.details || {};
    overlays.remove({type: "ordra-count"});
    var self = this;
    registry.getAll().forEach(function (element) {
      STATES.forEach(function (state) { canvas.removeMarker(element.id, "ordra-state-" + state); });
      var mark = self.elements[element.id];
      if (!mark) { return; }
      if (mark.state) { canvas.addMarker(element.id, "ordra-state-" + mark.state); }
      if (mark.count >= self.badgeFrom) {
        overlays.add(element.id, "ordra-count", {position: {top: -10, right: 10},
          html: '<span class="ordra-count" title="ran ' + mark.count + ' times">' + mark.count + "</span>"});
      }
    });
    this.name();
    this.root.dataset.marked = String(Date.now());
    if (body.status) {
      var status = document.getElementById("instance-status");
      if (status && status.textContent !== body.status) {
        status.textContent = body.status;
        status.className = "status-" + body.status;
      }
    }
  };

  Diagram.prototype.show = function (element) {
    if (!this.panel || element.type === "bpmn:Process" || element.type === "bpmn:Collaboration") { return; }
    var bo = element.businessObject || {};
    var mark = this.elements[element.id];
    var detail = this.details[element.id] || {};
    var panel = this.panel;
    panel.replaceChildren();
    panel.appendChild(text("h3", bo.name || element.id));
    var facts = document.createElement("dl");
    facts.className = "facts";
    function fact(name, value) { facts.appendChild(text("dt", name)); facts.appendChild(text("dd", value)); }
    fact("Element", element.id + " (" + element.type.replace("bpmn:", "") + ")");
    fact("State", mark ? (LABELS[mark.state] || mark.state) : "Not reached");
    if (mark) { fact("Runs", String(mark.count)); }
    if (mark && mark.at) { fact("Last change", mark.at.replace("T", " ").slice(0, 19) + " UTC"); }
    panel.appendChild(facts);
    var urls = this.root.dataset;
    (detail.work_items || []).forEach(function (item) {
      var line = document.createElement("p");
      var mayOpen = (" " + (urls.roles || "") + " ").indexOf(" " + item.role + " ") !== -1 || (item.assignee && item.assignee === urls.user);
      var title = item.status === "open" && urls.taskUrl && mayOpen ? link(urls.taskUrl.replace("/0", "/" + item.id), item.title) : text("span", item.title);
      line.appendChild(title);
      var who = item.status === "completed" ? "completed by " + (item.completed_by || "?") + " at " + (item.completed_at || "").replace("T", " ").slice(0, 16)
        : (item.assignee ? "held by " + item.assignee : "unassigned") + ", role " + item.role.replace(/_/g, " ") + (item.due ? ", due " + item.due.replace("T", " ").slice(0, 16) : "");
      line.appendChild(text("span", " — " + item.status + ", " + who + (item.jeopardy ? " (" + item.jeopardy.replace("_", " ") + ")" : "")));
      panel.appendChild(line);
    });
    (detail.fallouts || []).forEach(function (fallout) {
      var line = document.createElement("p");
      line.appendChild(urls.falloutUrl ? link(urls.falloutUrl.replace("/0", "/" + fallout.id), "Fallout #" + fallout.id) : text("span", "Fallout #" + fallout.id));
      line.appendChild(text("span", " — " + fallout.category + ", " + fallout.status + (fallout.message ? ": " + fallout.message : "")));
      panel.appendChild(line);
    });
    (detail.calls || []).forEach(function (call) {
      var line = document.createElement("details");
      line.appendChild(text("summary", "Call " + call.attempt + " to " + call.connector + ": " + call.status +
        (call.error ? " — " + call.error : "") + " (" + call.at.replace("T", " ").slice(0, 19) + ")"));
      line.appendChild(text("pre", JSON.stringify({params: call.params, result: call.result}, null, 2), "data"));
      panel.appendChild(line);
    });
    (detail.work_items || []).forEach(function (item) {
      if (!item.data) { return; }
      var entered = document.createElement("details");
      entered.appendChild(text("summary", "Entered in “" + item.title + "”"));
      entered.appendChild(text("pre", JSON.stringify(item.data, null, 2), "data"));
      panel.appendChild(entered);
    });
    if (detail.error) { panel.appendChild(text("p", "Error: " + detail.error, "field-error")); }
    panel.hidden = false;
  };

  function startAll() {
    document.querySelectorAll(".bpmn-diagram:not([data-started])").forEach(function (root) {
      root.dataset.started = "true";
      new Diagram(root).start();
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", startAll); } else { startAll(); }
  document.addEventListener("htmx:afterSettle", startAll);
}());
