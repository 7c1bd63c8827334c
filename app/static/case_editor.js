/* The modeler's test case form: write a process test case by hand — name, start data, an answer per user
   task, a result per connector call, the messages that arrive and the timers that fire, the expected path
   (picked by clicking elements on the diagram, or taken from the last run) and the expected end data.
   "Run on this diagram" replays the unsaved case on the diagram as edited (POST .../tests/try) and marks
   its path; "Save test case" stores it (POST .../tests, the same checks as POST /api/v1/.../tests).
   Loaded by modeler.js's page; the modeler hands itself over through window.OrdraCaseEditor. */
(function () {
  "use strict";

  var studio = window.OrdraStudio;
  var element = studio.element;

  function CaseEditor(modeler, root) {
    this.modeler = modeler;
    this.root = root;
    this.path = [];
    this.lastRun = null;
    this.picking = false;
    this.fields = {};
  }

  CaseEditor.prototype.elements = function (test) {
    return this.modeler.service("elementRegistry").filter(function (shape) {
      return shape.type !== "label" && test(shape.businessObject);
    }).map(function (shape) { return shape.businessObject; });
  };

  CaseEditor.prototype.definitionOf = function (bo, type) {
    return (bo.eventDefinitions || []).filter(function (d) { return d.$type === type; })[0];
  };

  /* Lay the form out from the diagram as it is now (called when the form is opened or refreshed). */
  CaseEditor.prototype.build = function () {
    var self = this;
    var body = this.root.querySelector(".case-fields");
    body.replaceChildren();
    this.fields = {user_tasks: {}, connectors: {}, messages: {}, timers: {}};
    body.appendChild(this.input("name", "Name", "text", "e.g. small order goes through"));
    body.appendChild(this.json("start_data", "Start data", "{}", "The data the process starts with (JSON object)."));
    this.group(body, "Answers of user tasks", this.elements(function (bo) { return bo.$type === "bpmn:UserTask"; }),
               "user_tasks", "JSON object the person submits; a list answers each visit in turn; empty: no answer.");
    this.group(body, "Results of connector calls",
               this.elements(function (bo) { return bo.$type === "bpmn:ServiceTask"; }), "connectors",
               "JSON the connector returns; a list, one per call; empty: no result.");
    var messages = {};
    this.elements(function (bo) { return !!self.definitionOf(bo, "bpmn:MessageEventDefinition"); }).forEach(function (bo) {
      var ref = self.definitionOf(bo, "bpmn:MessageEventDefinition").messageRef;
      if (ref && ref.name) { messages[ref.name] = bo; }
    });
    var named = Object.keys(messages).sort().map(function (name) { return {id: name}; });
    this.group(body, "Messages that arrive", named, "messages",
               "Payload (JSON object) delivered as soon as the process waits for it; empty: never sent.");
    var timers = this.elements(function (bo) { return !!self.definitionOf(bo, "bpmn:TimerEventDefinition"); });
    if (timers.length) {
      var fieldset = element("fieldset", {"class": "case-group"});
      fieldset.appendChild(element("legend", {}, "Timers that fire"));
      timers.forEach(function (bo) {
        var box = element("input", {type: "checkbox", "class": "case-timer", "data-element": bo.id});
        var label = element("label", {});
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + (bo.name || bo.id) + " (" + bo.id + ") fires whenever it waits"));
        fieldset.appendChild(label);
        self.fields.timers[bo.id] = box;
      });
      body.appendChild(fieldset);
    }
    body.appendChild(this.pathField());
    body.appendChild(this.json("expected_data", "Expected end data", "{}",
                               "Values the run must end with (only the keys named are compared)."));
  };

  CaseEditor.prototype.input = function (key, label, type, placeholder) {
    var wrap = element("div", {"class": "form-field"});
    var control = element("input", {type: type, id: "case-" + key, placeholder: placeholder});
    wrap.appendChild(element("label", {"for": control.id}, label));
    wrap.appendChild(control);
    this.fields[key] = control;
    return wrap;
  };

  CaseEditor.prototype.json = function (key, label, value, help, into) {
    var wrap = element("div", {"class": "form-field"});
    var control = element("textarea", {rows: "3", id: "case-" + key.replace(/[^A-Za-z0-9_-]/g, "-"),
                                       "class": "code-field case-json", spellcheck: "false"});
    control.value = value;
    wrap.appendChild(element("label", {"for": control.id}, label));
    wrap.appendChild(control);
    if (help) { wrap.appendChild(element("span", {"class": "help"}, help)); }
    (into || this.fields)[key] = control;
    return wrap;
  };

  CaseEditor.prototype.group = function (body, legend, items, key, help) {
    if (!items.length) { return; }
    var self = this;
    var fieldset = element("fieldset", {"class": "case-group", "data-group": key});
    fieldset.appendChild(element("legend", {}, legend));
    fieldset.appendChild(element("p", {"class": "help"}, help));
    items.forEach(function (bo) {
      var wrap = self.json(key + "-" + bo.id, bo.name ? bo.name + " (" + bo.id + ")" : bo.id, "", "", self.fields[key]);
      self.fields[key][key + "-" + bo.id].dataset.element = bo.id;
      fieldset.appendChild(wrap);
    });
    body.appendChild(fieldset);
  };

  CaseEditor.prototype.pathField = function () {
    var self = this;
    var wrap = element("div", {"class": "form-field case-path-field"});
    wrap.appendChild(element("label", {}, "Expected path"));
    this.pathList = element("ol", {"class": "case-path"});
    wrap.appendChild(this.pathList);
    var pick = element("button", {type: "button", "class": "secondary case-pick"}, "Pick on the diagram");
    pick.addEventListener("click", function () {
      self.picking = !self.picking;
      pick.textContent = self.picking ? "Stop picking" : "Pick on the diagram";
      pick.classList.toggle("active", self.picking);
    });
    var last = element("button", {type: "button", "class": "secondary case-use-run"}, "Use the last run's path");
    last.disabled = true;
    last.addEventListener("click", function () { if (self.lastRun) { self.setPath(self.lastRun.path.slice()); } });
    this.useRun = last;
    var undo = element("button", {type: "button", "class": "secondary case-path-undo"}, "Remove last");
    undo.addEventListener("click", function () { self.setPath(self.path.slice(0, -1)); });
    var clear = element("button", {type: "button", "class": "secondary case-path-clear"}, "Clear");
    clear.addEventListener("click", function () { self.setPath([]); });
    var buttons = element("p", {"class": "actions"});
    [pick, last, undo, clear].forEach(function (b) { buttons.appendChild(b); });
    wrap.appendChild(buttons);
    wrap.appendChild(element("span", {"class": "help"}, "Click the elements in the order the run passes them " +
      "(events, gateways and tasks). Leave empty to compare the end data only."));
    this.setPath([]);
    return wrap;
  };

  CaseEditor.prototype.setPath = function (path) {
    this.path = path;
    this.pathList.replaceChildren();
    var self = this;
    path.forEach(function (id) { self.pathList.appendChild(element("li", {"data-element": id}, id)); });
    if (!path.length) { this.pathList.appendChild(element("li", {"class": "muted"}, "no expected path")); }
  };

  /* A click on the diagram while picking adds the element to the expected path (flows and lanes are not on a path). */
  CaseEditor.prototype.clicked = function (shape) {
    if (!this.picking || !shape || !shape.businessObject) { return; }
    var type = shape.type;
    if (/SequenceFlow|Lane|Participant|Process|Collaboration|Association|TextAnnotation|label/.test(type)) { return; }
    this.setPath(this.path.concat([shape.businessObject.id]));
  };

  /* The case as the API takes it; problems with the JSON fields listed in ``errors``. */
  CaseEditor.prototype.collect = function (errors) {
    var case_ = {name: this.fields.name.value.trim()};
    function parse(control, label) {
      var text = control.value.trim();
      if (!text) { return undefined; }
      try { return JSON.parse(text); } catch (e) { errors.push({field: label, message: "is not JSON: " + e.message}); }
      return undefined;
    }
    case_.start_data = parse(this.fields.start_data, "start_data") || {};
    var self = this;
    ["user_tasks", "connectors", "messages"].forEach(function (key) {
      var found = {};
      Object.keys(self.fields[key]).forEach(function (name) {
        var control = self.fields[key][name];
        var value = parse(control, key + "." + control.dataset.element);
        if (value !== undefined) { found[control.dataset.element] = value; }
      });
      case_[key] = found;
    });
    case_.timers = {};
    Object.keys(this.fields.timers).forEach(function (id) {
      if (self.fields.timers[id].checked) { case_.timers[id] = true; }
    });
    if (this.path.length) { case_.expected_path = this.path.slice(); }
    case_.expected_data = parse(this.fields.expected_data, "expected_data") || {};
    return case_;
  };

  CaseEditor.prototype.report = function (messages, good) {
    var out = this.root.querySelector(".case-report");
    out.replaceChildren();
    out.classList.toggle("ok", !!good);
    messages.forEach(function (m) { out.appendChild(element("li", {}, m)); });
  };

  CaseEditor.prototype.errorsSaid = function (body, status) {
    return ((body && body.errors) || [{message: "the server answered " + status}]).map(function (e) {
      return (e.field ? e.field + ": " : e.element ? e.element + ": " : "") + e.message;
    });
  };

  CaseEditor.prototype.run = function () {
    var self = this;
    var errors = [];
    var case_ = this.collect(errors);
    if (errors.length) { this.report(this.errorsSaid({errors: errors})); return; }
    this.modeler.post(this.root.dataset.tryUrl, {"case": case_}).then(function (answer) {
      if (answer.status !== 200) { self.report(self.errorsSaid(answer.body, answer.status)); return; }
      var run = answer.body.actual;
      self.lastRun = run;
      self.useRun.disabled = false;
      self.markPath(run.path);
      var said = ["The run " + (run.status === "completed" ? "completed" : run.status === "error" ? "failed" :
        "stopped" + (run.stopped_at ? " at " + run.stopped_at : "")) + (run.reason ? ": " + run.reason : "") + ".",
        "Path: " + run.path.join(" → ")];
      if (answer.body.passed === true) { said.push("The case passes."); }
      if (answer.body.passed === false) { said.push("The case fails: " + answer.body.first_difference.message); }
      said.push("End data: " + JSON.stringify(run.data));
      self.report(said, answer.body.passed !== false);
    }).catch(function (error) { self.report(["Could not run: " + error.message]); });
  };

  CaseEditor.prototype.markPath = function (path) {
    var canvas = this.modeler.service("canvas");
    var registry = this.modeler.service("elementRegistry");
    (this.pathMarked || []).forEach(function (id) { if (registry.get(id)) { canvas.removeMarker(id, "ordra-path"); } });
    this.pathMarked = path.filter(function (id) { return registry.get(id); });
    this.pathMarked.forEach(function (id) { canvas.addMarker(id, "ordra-path"); });
  };

  CaseEditor.prototype.save = function () {
    var self = this;
    var errors = [];
    var case_ = this.collect(errors);
    if (errors.length) { this.report(this.errorsSaid({errors: errors})); return; }
    this.modeler.request("POST", this.root.dataset.saveUrl, case_).then(function (answer) {
      if (answer.status === 201) {
        self.report(["Saved test case '" + answer.body.name + "': every validate and deploy of this process " +
                     "replays it."], true);
      } else {
        self.report(self.errorsSaid(answer.body, answer.status));
      }
    });
  };

  CaseEditor.prototype.start = function () {
    var self = this;
    this.root.addEventListener("toggle", function () { if (self.root.open && !self.built) { self.refresh(); } });
    this.root.querySelector(".case-refresh").addEventListener("click", function () { self.refresh(); });
    this.root.querySelector(".case-run").addEventListener("click", function () { self.run(); });
    this.root.querySelector(".case-save").addEventListener("click", function () { self.save(); });
    this.modeler.service("eventBus").on("element.click", 1500, function (event) { self.clicked(event.element); });
  };

  CaseEditor.prototype.refresh = function () {
    var path = this.path;
    this.build();
    this.setPath(path);
    this.built = true;
  };

  window.OrdraCaseEditor = function (modeler) {
    var root = modeler.root.querySelector(".case-editor");
    if (root) { new CaseEditor(modeler, root).start(); }
  };
}());
