/* The studio's BPMN modeler: bpmn-js's Modeler (bpmn.io watermark kept) with a properties panel for what
   Ordra reads. Validate posts the edited file to the studio's validate route and marks each element an
   error names with the canvas marker "ordra-error"; Deploy posts it to the deploy route, which answers like
   POST /api/v1/models (201 a new version, 200 nothing changed, 422 the errors or failing test cases, when
   "Deploy anyway" sends force). Edits are kept as a server-side draft of the signed-in user. Requests send
   the session's CSRF token in the X-CSRFToken header. */
(function () {
  "use strict";

  var studio = window.OrdraStudio;
  var element = studio.element;
  var debounce = studio.debounce;

  /* SpiffWorkflow's extension elements, as Ordra's parser reads them (our own moddle descriptor). */
  var SPIFF = {
    name: "SpiffWorkflow", uri: "http://spiffworkflow.org/bpmn/schema/1.0/core", prefix: "spiffworkflow",
    associations: [],
    types: [
      {name: "properties", superClass: ["Element"],
       properties: [{name: "properties", type: "property", isMany: true}]},
      {name: "property", superClass: ["Element"],
       properties: [{name: "name", isAttr: true, type: "String"}, {name: "value", isAttr: true, type: "String"}]},
      {name: "serviceTaskOperator", superClass: ["Element"],
       properties: [{name: "id", isAttr: true, type: "String"}, {name: "resultVariable", isAttr: true, type: "String"},
                    {name: "parameterList", type: "parameters"}]},
      {name: "parameters", superClass: ["Element"],
       properties: [{name: "parameters", type: "parameter", isMany: true}]},
      {name: "parameter", superClass: ["Element"],
       properties: [{name: "id", isAttr: true, type: "String"}, {name: "type", isAttr: true, type: "String"},
                    {name: "value", isAttr: true, type: "String"}]},
      {name: "calledDecisionId", superClass: ["Element"], properties: [{name: "value", isBody: true, type: "String"}]},
      {name: "instructionsForEndUser", superClass: ["Element"],
       properties: [{name: "value", isBody: true, type: "String"}]},
      {name: "messageVariable", superClass: ["Element"], properties: [{name: "value", isBody: true, type: "String"}]}
    ]
  };
  var CONDITION_SOURCES = ["bpmn:ExclusiveGateway", "bpmn:InclusiveGateway"];
  var UNITS = {Y: "year", M: "month", W: "week", D: "day", H: "hour", TM: "minute", S: "second"};

  /* "PT1H30M" → "1 hour 30 minutes"; "" when the text is not an ISO 8601 duration. */
  function humanDuration(text) {
    var match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
    if (!match || text === "P" || /T$/.test(text)) { return ""; }
    var keys = ["Y", "M", "W", "D", "H", "TM", "S"];
    var parts = [];
    keys.forEach(function (key, index) {
      var value = match[index + 1];
      if (value && Number(value) !== 0) { parts.push(value + " " + UNITS[key] + (Number(value) === 1 ? "" : "s")); }
    });
    return parts.length ? parts.join(" ") : "no time at all";
  }

  function humanTimer(kind, text) {
    if (kind === "timeDate") {
      var date = new Date(text);
      return isNaN(date.getTime()) ? "" : "at " + date.toUTCString();
    }
    if (kind === "timeCycle") {
      var cycle = /^R(\d*)\/(P.+)$/.exec(text);
      if (!cycle || !humanDuration(cycle[2])) { return ""; }
      return (cycle[1] ? cycle[1] + " times" : "for ever") + ", every " + humanDuration(cycle[2]);
    }
    var duration = humanDuration(text);
    return duration ? "after " + duration : "";
  }

  function Modeler(root) {
    this.root = root;
    // No keyboard.bindTo: bpmn-js 18 binds the keyboard to the canvas itself and logs an error for the option.
    this.modeler = new window.BpmnJS({container: root.querySelector(".bpmn-canvas"), moddleExtensions: {spiffworkflow: SPIFF}});
    this.marked = [];
    this.status = root.querySelector(".modeler-status");
    this.problems = root.querySelector(".modeler-problems");
    this.panel = root.querySelector(".properties-panel");
    this.choices = {roles: [], forms: [], decisions: [], processes: [], connectors: []};
    this.selected = null;
    this.saveDraft = debounce(this.storeDraft.bind(this), 1500);
    this.draftKept = root.dataset.hasDraft === "true";  // deleting a draft that is not there answers 404
    this.draftOpen = false;  // the modeler shows the draft (opened, or stored by an edit): a deploy deploys it
    studio.keepDraftOnLeave(this);
  }

  Modeler.prototype.service = function (name) { return this.modeler.get(name); };

  Modeler.prototype.start = function () {
    var self = this;
    var xml = JSON.parse(this.root.querySelector("script.bpmn-xml").textContent);
    var choices = this.request("GET", this.root.dataset.choicesUrl).then(function (answer) {
      if (answer.status === 200) { self.choices = answer.body; }
    });
    Promise.all([this.modeler.importXML(xml).then(function () { return studio.rememberOpened(self, xml); }),
                 choices]).then(function () {
      self.fit();
      self.keys();
      self.wire();
      self.render(null);
      self.offerDraft(xml);
      if (window.OrdraCaseEditor) { window.OrdraCaseEditor(self); }
      self.watchNewId();
      self.root.dataset.ready = "true";
    }).catch(function (error) {
      self.say("The diagram could not be opened: " + error.message);
    });
    this.root.querySelector(".modeler-validate").addEventListener("click", function () { self.validate(); });
    this.root.querySelector(".modeler-deploy").addEventListener("click", function () { self.deploy(false); });
    this.root.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () { self.zoom(button.dataset.zoom); });
    });
  };

  Modeler.prototype.wire = function () {
    var self = this;
    var bus = this.service("eventBus");
    bus.on("selection.changed", function (event) {
      self.render(event.newSelection.length === 1 ? event.newSelection[0] : null);
    });
    bus.on("commandStack.changed", function (event) {
      if (event.trigger === "execute") { window.setTimeout(function () { self.keepProcessId(); }, 0); }
      self.saveDraft();
      if (!self.panel.contains(document.activeElement)) { self.render(self.selected); }
    });
  };

  /* Plain keys on the focused canvas beside bpmn-js's own (Ctrl+arrows pan, Ctrl +/- zoom, Ctrl 0 resets the
     zoom): arrows pan while nothing is selected (bpmn-js moves a selection with them), + and - zoom, 0 fits
     (static/diagram_keys.js). The zoom buttons are the page's own ([data-zoom]). The palette and the context
     pad work from the keyboard too (static/modeling_keys.js); the page's "Keyboard shortcuts" list them all. */
  Modeler.prototype.keys = function () {
    if (window.OrdraModelingKeys) { window.OrdraModelingKeys.attach(this.modeler); }
    if (!window.OrdraDiagramKeys) { return; }
    var selection = this.service("selection");
    window.OrdraDiagramKeys.attach(this.modeler, this.root.querySelector(".bpmn-canvas"), {
      buttons: false, label: "Process diagram (editable)", fit: this.fit.bind(this),
      pan: function () { return selection.get().length === 0; },
      hint: "Arrow keys pan, or move the selected element; + and − zoom; 0 fits the diagram to the view. " +
            "Alt+arrow keys select the next element that way, Ctrl+F finds one; E edits its label, R changes its " +
            "kind, Delete removes it; Tab goes on to its actions, the palette and its properties."});
  };

  /* Deleting the template's pool makes bpmn-js begin a new process with an id of its own (Process_0vfib80): the
     page's id is given back (one more step on the undo stack; an undo is left alone), so the draft, Validate and
     Deploy go on naming the process the page names. Not when another element holds that id. */
  Modeler.prototype.keepProcessId = function () {
    var id = this.root.dataset.processId;
    var root = this.service("canvas").getRootElement();
    if (!id || !root || root.type !== "bpmn:Process" || root.id === id || this.service("elementRegistry").get(id)) {
      return;
    }
    this.service("modeling").updateProperties(root, {id: id});
  };

  /* A new process's page: its "Process id" field names the diagram "Start from this template" opens next, not
     this one (typing there renamed nothing, and Deploy deployed the page's id), so the line below it says so. */
  Modeler.prototype.watchNewId = function () {
    var input = document.querySelector(".template-picker input[name=process_id]");
    var note = document.querySelector(".template-file");
    if (!input || !note) { return; }
    var id = this.root.dataset.processId;
    var file = this.root.dataset.filename;
    var said = note.textContent;
    input.addEventListener("input", function () {
      var typed = input.value.trim();
      note.textContent = typed === id ? said : "This diagram is " + id + " and deploys as " + file +
        "; Start from this template begins " + (typed || "another id") + " on a new diagram.";
    });
  };

  Modeler.prototype.zoom = function (how) {
    var canvas = this.service("canvas");
    if (how === "fit") { this.fit(); return; }
    canvas.zoom(canvas.zoom() * (how === "in" ? 1.2 : 1 / 1.2));
  };

  /* The whole diagram in view right of the palette: bpmn-js's fit-viewport uses the whole canvas, so the palette
     covered the start of the process. */
  Modeler.prototype.fit = function () {
    var canvas = this.service("canvas");
    canvas.zoom("fit-viewport", "auto");
    var palette = this.root.querySelector(".djs-palette");
    var box = canvas.viewbox();
    if (!palette || !box.inner.width || !box.inner.height) { return; }
    var margin = 12;
    var left = palette.getBoundingClientRect().right - this.root.querySelector(".bpmn-canvas").getBoundingClientRect().left + margin;
    var room = {width: box.outer.width - left - margin, height: box.outer.height - 2 * margin};
    if (room.width <= 0 || room.height <= 0) { return; }
    var scale = Math.min(1, room.width / box.inner.width, room.height / box.inner.height);
    canvas.viewbox({x: box.inner.x - left / scale, y: box.inner.y + box.inner.height / 2 - box.outer.height / scale / 2,
                    width: box.outer.width / scale, height: box.outer.height / scale});
  };

  Modeler.prototype.say = function (message) {
    this.status.textContent = message;
  };

  Modeler.prototype.request = function (method, url, body) {
    var options = {method: method, credentials: "same-origin",
                   headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": this.root.dataset.csrf}};
    if (body !== undefined) { options.body = JSON.stringify(body); }
    return fetch(url, studio.fetchOptions(this, options)).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        return response.text().then(function (text) { return {status: response.status, body: null, text: text}; });
      }
      return response.json().then(function (json) { return {status: response.status, body: json}; });
    });
  };

  Modeler.prototype.post = function (url, extra) {
    var self = this;
    return studio.fileXml(this).then(function (xml) {
      return self.request("POST", url, Object.assign({filename: self.root.dataset.filename, content: xml},
                                                     extra || {}));
    }).then(function (answer) {
      if (!answer.body) { answer.body = {errors: [{message: "the server answered " + answer.status}]}; }
      return answer;
    });
  };

  /* Each error listed and, where it names an element on this diagram, marked on it. */
  Modeler.prototype.show = function (errors) {
    var canvas = this.service("canvas");
    var registry = this.service("elementRegistry");
    this.marked.forEach(function (id) { if (registry.get(id)) { canvas.removeMarker(id, "ordra-error"); } });
    this.marked = [];
    this.problems.replaceChildren();
    var self = this;
    (errors || []).forEach(function (error) {
      var item = element("li", {}, (error.element ? error.element + ": " : "") + error.message +
        (error.line ? " (line " + error.line + ")" : ""));
      if (error.element) { item.dataset.element = error.element; }
      if (error.case) { item.dataset.case = error.case; }
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
      var tests = (body.tests || []).length;
      self.say(body.valid ? "Valid: ready to deploy." + (tests ? " " + tests + " test case(s) pass." : "") :
        body.errors.length + " problem(s) found.");
    }).catch(function (error) { self.say("Could not validate: " + error.message); });
  };

  Modeler.prototype.deploy = function (force) {
    var self = this;
    this.say(force ? "Deploying although test cases fail…" : "Deploying…");
    this.post(this.root.dataset.deployUrl, {force: force}).then(function (answer) {
      var body = answer.body;
      self.show(body.errors);
      if (answer.status === 201 || answer.status === 200) {
        self.deployed(answer.status, body);
      } else {
        self.say("Not deployed: " + (body.errors || []).length + " problem(s).");
        if (body.cases) { self.offerForce(); }
      }
    }).catch(function (error) { self.say("Could not deploy: " + error.message); });
  };

  Modeler.prototype.deployed = function (status, body) {
    var self = this;
    var mine = (body.processes || []).filter(function (p) { return p.id === self.root.dataset.processId; })[0];
    var version = mine ? mine.version : null;
    var others = (body.processes || []).map(function (p) { return p.id + " v" + p.version; }).join(", ");
    if (!mine) {  // the diagram's process has another id than the page's: say what was deployed
      this.say((status === 201 ? "Deployed " : "Nothing changed: already deployed: ") + (others || "no process") +
               " (the diagram's process id is not " + this.root.dataset.processId + ").");
    } else {
      this.say(status === 201 ? "Deployed as version " + version + "." :
        "Nothing changed: version " + version + " is already deployed.");
    }
    if (version) {
      this.status.appendChild(element("a", {href: this.root.dataset.versionUrl.replace(/\/0$/, "/" + version)},
                                      " View version " + version));
    }
    this.discardDraft();
  };

  Modeler.prototype.discardDraft = studio.discardDraft;

  Modeler.prototype.offerForce = function () {
    var self = this;
    var button = element("button", {type: "button", "class": "secondary modeler-force"}, "Deploy anyway");
    button.addEventListener("click", function () { self.deploy(true); });
    this.status.appendChild(document.createTextNode(" Saved test cases fail. "));
    this.status.appendChild(button);
  };

  /* Drafts: every edit is kept on the server for this user; a draft newer than the page is offered. */
  Modeler.prototype.storeDraft = function () {
    var self = this;
    studio.savingDraft(this, studio.fileXml(this).then(function (xml) {
      return self.request("PUT", self.root.dataset.draftUrl, {content: xml});
    }).then(function (answer) {
      if (answer.status !== 200) { return; }
      self.draftKept = true;
      self.draftOpen = true;
      self.root.querySelector(".modeler-draft").textContent = "Draft saved.";
    }));
  };

  Modeler.prototype.offerDraft = function (deployedXml) {
    var self = this;
    if (this.root.dataset.hasDraft !== "true") { return; }  // the page knows: no request that would answer 404
    var note = this.root.querySelector(".modeler-draft");
    this.request("GET", this.root.dataset.draftUrl).then(function (answer) {
      if (answer.status !== 200) { return; }
      if (answer.body.content === deployedXml) { self.draftOpen = true; return; }  // shown already: not offered
      note.textContent = "You have a draft from " + answer.body.updated_at.slice(0, 16).replace("T", " ") + ". ";
      var open = element("button", {type: "button", "class": "secondary"}, "Open draft");
      var drop = element("button", {type: "button", "class": "secondary"}, "Discard draft");
      open.addEventListener("click", function () {
        self.modeler.importXML(answer.body.content).then(function () {
          return studio.rememberOpened(self, answer.body.content);
        }).then(function () {
          self.draftOpen = true;
          note.textContent = "Draft opened.";
        });
      });
      drop.addEventListener("click", function () {
        self.draftKept = false;
        self.request("DELETE", self.root.dataset.draftUrl).then(function () { note.textContent = "Draft discarded."; });
      });
      note.appendChild(open);
      note.appendChild(drop);
    });
  };

  /* --- the properties panel ------------------------------------------------------------------------- */

  Modeler.prototype.render = function (shape) {
    this.selected = shape;
    this.panel.replaceChildren();
    if (!shape || shape.type === "label") {
      this.panel.appendChild(element("p", {"class": "muted"},
        "Select an element to set what Ordra reads from it: a lane's role, a task's form, connector, script or " +
        "decision, a condition, a timer."));
      return;
    }
    var bo = shape.businessObject;
    this.panel.appendChild(element("h3", {}, bo.$type.replace("bpmn:", "") + " " + bo.id));
    this.nameField(shape);
    if (shape.type === "bpmn:Lane") { this.roleField(shape); }
    if (shape.type === "bpmn:UserTask") { this.formField(shape); }
    if (shape.type === "bpmn:ServiceTask") { this.connectorFields(shape); }
    if (shape.type === "bpmn:ScriptTask") {
      this.codeField(shape, "Script", "exec", bo.script || "", function (code) { return {script: code}; });
    }
    if (shape.type === "bpmn:SequenceFlow" && CONDITION_SOURCES.indexOf(bo.sourceRef.$type) !== -1) {
      this.conditionField(shape);
    }
    if (shape.type === "bpmn:BusinessRuleTask") { this.decisionField(shape); }
    if (shape.type === "bpmn:CallActivity") { this.calledElementField(shape); }
    var timer = (bo.eventDefinitions || []).filter(function (d) { return d.$type === "bpmn:TimerEventDefinition"; })[0];
    if (timer) { this.timerField(shape, timer); }
    if (/Task$|CallActivity|SubProcess/.test(shape.type)) { this.undoFields(shape); }
  };

  Modeler.prototype.field = function (label, control, help) {
    var checkbox = control.type === "checkbox";
    var wrap = element("div", {"class": checkbox ? "form-field form-field-checkbox" : "form-field"});
    var id = "prop-" + label.toLowerCase().replace(/[^a-z]+/g, "-");
    control.id = id;
    if (checkbox) { wrap.appendChild(control); }
    wrap.appendChild(element("label", {"for": id}, label));
    if (!checkbox) { wrap.appendChild(control); }
    if (help) { wrap.appendChild(element("span", {"class": "help"}, help)); }
    this.panel.appendChild(wrap);
    return wrap;
  };

  Modeler.prototype.select = function (options, current, blank) {
    var control = element("select");
    if (blank !== undefined) { control.appendChild(element("option", {value: ""}, blank)); }
    options.forEach(function (option) {
      var node = element("option", {value: option.value}, option.label);
      if (option.value === current) { node.selected = true; }
      control.appendChild(node);
    });
    if (current && !options.some(function (o) { return o.value === current; })) {
      var unknown = element("option", {value: current}, current + " (not deployed)");
      unknown.selected = true;
      control.appendChild(unknown);
    }
    return control;
  };

  Modeler.prototype.nameField = function (shape) {
    var modeling = this.service("modeling");
    var input = element("input", {type: "text", value: shape.businessObject.name || ""});
    input.addEventListener("change", function () { modeling.updateLabel(shape, input.value); });
    this.field("Name", input);
  };

  /* A lane's name is its role (see app.auth.roles.role_for_name). */
  Modeler.prototype.roleField = function (shape) {
    var modeling = this.service("modeling");
    var name = (shape.businessObject.name || "").trim().toLowerCase().replace(/[\s\-]+/g, "_");
    var roles = this.choices.roles.map(function (r) { return {value: r.label, label: r.label}; });
    var current = this.choices.roles.filter(function (r) { return r.id === name; })[0];
    var control = this.select(roles, current ? current.label : "", "— pick the role that does this lane's tasks —");
    control.classList.add("prop-role");
    control.addEventListener("change", function () { if (control.value) { modeling.updateLabel(shape, control.value); } });
    this.field("Role", control, current ? "" : "The lane's name is not one of the nine roles: its user tasks " +
               "would have nobody to do them.");
  };

  Modeler.prototype.formField = function (shape) {
    var self = this;
    var current = this.spiffProperty(shape, "formJsonSchemaFilename");
    var forms = this.choices.forms.map(function (f) { return {value: f, label: f}; });
    var control = this.select(forms, current, "— no form —");
    control.classList.add("prop-form");
    var preview = element("div", {"class": "form-preview"});
    control.addEventListener("change", function () {
      self.setSpiffProperty(shape, "formJsonSchemaFilename", control.value);
      self.preview(control.value, preview);
    });
    this.field("Form", control, "The form the task's role fills in, as the inbox shows it:");
    this.panel.appendChild(preview);
    this.preview(current, preview);
  };

  Modeler.prototype.preview = function (file, into) {
    into.replaceChildren();
    if (!file) { return; }
    this.request("POST", this.root.dataset.previewUrl, {file: file}).then(function (answer) {
      if (answer.status === 200 && answer.text !== undefined) {
        into.innerHTML = answer.text;  // rendered by our own template from the deployed schema (escaped there)
        into.querySelectorAll("form").forEach(function (form) {
          form.addEventListener("submit", function (event) { event.preventDefault(); });  // a preview only
        });
      } else {
        into.textContent = (answer.body && answer.body.errors || [{message: "no preview"}])[0].message;
      }
    });
  };

  /* A service task's connector, picked from the registered ones, with one field per declared input (required
     ones starred and flagged while empty: the server refuses such a model, see app.studio.validation) and
     the declared outputs listed; parameters the connector does not declare stay in "Other parameters". */
  Modeler.prototype.connectorFields = function (shape) {
    var self = this;
    var modeling = this.service("modeling");
    var operator = this.extension(shape, "spiffworkflow:serviceTaskOperator");
    var current = operator ? operator.id : "";
    var declared = this.choices.connectors.filter(function (c) { return c.name === current; })[0];
    var connectors = this.choices.connectors.map(function (c) {
      return {value: c.name, label: c.description ? c.name + " — " + c.description : c.name};
    });
    var control = this.select(connectors, current, "— pick a connector —");
    control.classList.add("prop-connector");
    control.addEventListener("change", function () {
      var op = self.extension(shape, "spiffworkflow:serviceTaskOperator", {id: control.value});
      modeling.updateModdleProperties(shape, op, {id: control.value});
      self.render(shape);  // the new connector's inputs and outputs
    });
    this.field("Connector", control, declared && declared.description || "");
    var result = element("input", {type: "text", value: operator && operator.resultVariable || ""});
    result.addEventListener("change", function () {
      var op = self.extension(shape, "spiffworkflow:serviceTaskOperator", {id: control.value});
      modeling.updateModdleProperties(shape, op, {resultVariable: result.value || undefined});
    });
    this.field("Result variable", result, "The task data key the connector's answer is stored under.");
    var params = operator && operator.parameterList ? operator.parameterList.get("parameters") : [];
    var values = {};
    params.forEach(function (p) { values[p.id] = p.value || ""; });
    var inputs = declared ? this.declaredInputs(declared.inputs || {}, values) : [];
    var names = inputs.map(function (i) { return i.name; });
    var other = element("textarea", {rows: "3", "class": "prop-other-params"});
    other.value = params.filter(function (p) { return names.indexOf(p.id) === -1; })
      .map(function (p) { return p.id + " = " + p.value; }).join("\n");
    function store() {
      var pairs = inputs.filter(function (i) { return i.control.value.trim(); })
        .map(function (i) { return [i.name, i.control.value.trim()]; });
      other.value.split("\n").forEach(function (line) {
        var at = line.indexOf("=");
        if (at > 0) { pairs.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]); }
      });
      self.storeParameters(shape, control.value, pairs);
      inputs.forEach(function (i) { i.flag(); });
    }
    inputs.forEach(function (i) { i.control.addEventListener("change", store); });
    other.addEventListener("change", store);
    if (inputs.length) {
      var fill = element("button", {type: "button", "class": "secondary prop-fill-params"},
                         "Fill empty inputs from task data of the same name");
      fill.addEventListener("click", function () {
        inputs.forEach(function (i) { if (!i.control.value.trim()) { i.control.value = i.name; } });
        store();
      });
      this.panel.appendChild(fill);
    }
    this.field("Other parameters", other, declared ? "Parameters the connector does not declare, one per line: " +
               "name = expression." : "One per line: name = expression over the task data.");
    if (declared) { this.declaredOutputs(declared.outputs || {}); }
  };

  /* One expression field per declared input, the required ones first; returns [{name, control, flag}]. */
  Modeler.prototype.declaredInputs = function (schema, values) {
    var self = this;
    var required = schema.required || [];
    var properties = schema.properties || {};
    this.panel.appendChild(element("h4", {}, "Inputs"));
    if (!Object.keys(properties).length) {
      this.panel.appendChild(element("p", {"class": "muted"}, "The connector declares no inputs."));
    }
    var names = required.filter(function (name) { return name in properties; })
      .concat(Object.keys(properties).filter(function (name) { return required.indexOf(name) === -1; }));
    return names.map(function (name) {
      var spec = properties[name] || {};
      var needed = required.indexOf(name) !== -1;
      var control = element("input", {type: "text", "class": "prop-param", "data-param": name,
                                      placeholder: "expression, e.g. " + name, value: values[name] || ""});
      if (needed) { control.setAttribute("aria-required", "true"); }
      var about = [spec.type ? [].concat(spec.type).join(" or ") : "any", spec.description || ""]
        .filter(Boolean).join(" — ");
      var wrap = self.field(name + (needed ? " *" : ""), control, about);
      wrap.classList.add("prop-input");
      var warning = element("span", {"class": "param-missing", role: "alert"}, "");
      wrap.appendChild(warning);
      function flag() {
        var missing = needed && !control.value.trim();
        control.classList.toggle("invalid", missing);
        warning.textContent = missing ? "Required: the connector refuses a call without it." : "";
      }
      flag();
      return {name: name, control: control, flag: flag};
    });
  };

  Modeler.prototype.declaredOutputs = function (schema) {
    var properties = schema.properties || {};
    this.panel.appendChild(element("h4", {}, "Outputs"));
    var list = element("ul", {"class": "prop-outputs"});
    Object.keys(properties).forEach(function (name) {
      var spec = properties[name] || {};
      var type = spec.type ? " (" + [].concat(spec.type).join(" or ") + ")" : "";
      list.appendChild(element("li", {}, name + type + (spec.description ? " — " + spec.description : "")));
    });
    if (!list.children.length) { list.appendChild(element("li", {"class": "muted"}, "none declared")); }
    this.panel.appendChild(list);
  };

  Modeler.prototype.storeParameters = function (shape, connector, pairs) {
    var modeling = this.service("modeling");
    var moddle = this.service("moddle");
    var op = this.extension(shape, "spiffworkflow:serviceTaskOperator", {id: connector});
    var parameters = pairs.map(function (pair) {
      return moddle.create("spiffworkflow:parameter", {id: pair[0], type: "any", value: pair[1]});
    });
    modeling.updateModdleProperties(shape, op, {parameterList: moddle.create("spiffworkflow:parameters",
                                                                              {parameters: parameters})});
  };

  /* A flow out of an exclusive or inclusive gateway: the default flow (no condition of its own), or a condition.
     Validate asks for one or the other, and the panel offered only the condition (the default was hidden in
     bpmn-js's replace menu). */
  Modeler.prototype.conditionField = function (shape) {
    var self = this;
    var moddle = this.service("moddle");
    var modeling = this.service("modeling");
    var bo = shape.businessObject;
    var isDefault = bo.sourceRef.default === bo;
    var flag = element("input", {type: "checkbox", "class": "prop-default-flow"});
    flag.checked = isDefault;
    flag.addEventListener("change", function () {
      if (flag.checked && bo.conditionExpression) { modeling.updateProperties(shape, {conditionExpression: undefined}); }
      modeling.updateProperties(shape.source, {"default": flag.checked ? bo : undefined});
      self.render(shape);
      self.panel.querySelector(".prop-default-flow").focus();
    });
    this.field("Default flow", flag, "Taken when no other flow's condition holds; it has no condition of its own.");
    if (isDefault) { return; }
    var current = bo.conditionExpression;
    this.codeField(shape, "Condition", "eval", current ? current.body || "" : "", function (code) {
      return {conditionExpression: code.trim() ? moddle.create("bpmn:FormalExpression", {body: code}) : undefined};
    });
  };

  /* A code field: every edit goes to the diagram; the server's sandbox compiler checks it as you type. */
  Modeler.prototype.codeField = function (shape, label, mode, value, properties) {
    var self = this;
    var modeling = this.service("modeling");
    var text = element("textarea", {rows: "6", spellcheck: "false", "class": "code-field"});
    text.value = value;
    var verdict = element("ul", {"class": "code-errors", "aria-live": "polite"});
    var check = debounce(function () {
      self.request("POST", self.root.dataset.checkUrl, {code: text.value, mode: mode}).then(function (answer) {
        verdict.replaceChildren();
        var errors = answer.body && answer.body.errors || [];
        errors.forEach(function (message) {
          verdict.appendChild(element("li", {}, typeof message === "string" ? message : message.message));
        });
        text.classList.toggle("invalid", errors.length > 0);
        verdict.dataset.checked = errors.length ? "errors" : "ok";
      });
    }, 400);
    text.addEventListener("input", function () {
      verdict.dataset.checked = "pending";
      modeling.updateProperties(shape, properties(text.value));
      check();
    });
    var wrap = this.field(label, text, mode === "eval" ? "A Python expression over the task data." :
                          "Python run in Ordra's sandbox; it reads and sets task data.");
    wrap.appendChild(verdict);
  };

  Modeler.prototype.decisionField = function (shape) {
    var self = this;
    var modeling = this.service("modeling");
    var called = this.extension(shape, "spiffworkflow:calledDecisionId");
    var decisions = this.choices.decisions.map(function (d) { return {value: d.id, label: d.name + " (" + d.id + ")"}; });
    var control = this.select(decisions, called ? called.value : "", "— pick a decision —");
    control.classList.add("prop-decision");
    control.addEventListener("change", function () {
      var ext = self.extension(shape, "spiffworkflow:calledDecisionId", {value: control.value});
      modeling.updateModdleProperties(shape, ext, {value: control.value});
    });
    this.field("Decision", control);
  };

  Modeler.prototype.calledElementField = function (shape) {
    var modeling = this.service("modeling");
    var processes = this.choices.processes.map(function (p) { return {value: p.id, label: p.name + " (" + p.id + ")"}; });
    var control = this.select(processes, shape.businessObject.calledElement || "", "— pick a process —");
    control.classList.add("prop-called");
    control.addEventListener("change", function () {
      modeling.updateProperties(shape, {calledElement: control.value || undefined});
    });
    this.field("Called process", control);
  };

  /* Timers hold a Python expression in SpiffWorkflow: the ISO 8601 text is stored quoted. */
  Modeler.prototype.timerField = function (shape, timer) {
    var modeling = this.service("modeling");
    var moddle = this.service("moddle");
    var kinds = [{value: "timeDuration", label: "after a duration"}, {value: "timeDate", label: "at a date"},
                 {value: "timeCycle", label: "repeatedly"}];
    var kind = ["timeDate", "timeCycle"].filter(function (k) { return timer[k]; })[0] || "timeDuration";
    var control = this.select(kinds, kind);
    var raw = timer[kind] ? timer[kind].body || "" : "";
    var input = element("input", {type: "text", "class": "prop-timer",
                                  value: raw.replace(/^\s*["']|["']\s*$/g, "")});
    var human = element("span", {"class": "timer-preview", "aria-live": "polite"});
    function update() {
      var said = humanTimer(control.value, input.value.trim());
      human.textContent = said ? "Fires " + said + "." : "Not an ISO 8601 " +
        (control.value === "timeDate" ? "date" : control.value === "timeCycle" ? "cycle (R3/PT1H)" : "duration (PT1H)") + ".";
      human.classList.toggle("invalid", !said);
    }
    function store() {
      var props = {timeDuration: undefined, timeDate: undefined, timeCycle: undefined};
      props[control.value] = moddle.create("bpmn:FormalExpression", {body: JSON.stringify(input.value.trim())});
      modeling.updateModdleProperties(shape, timer, props);
      update();
    }
    control.addEventListener("change", store);
    input.addEventListener("input", update);
    input.addEventListener("change", store);
    this.field("Timer", control);
    var wrap = this.field("When", input);
    wrap.appendChild(human);
    update();
  };

  Modeler.prototype.undoFields = function (shape) {
    var self = this;
    var modeling = this.service("modeling");
    var ponr = element("input", {type: "checkbox", "class": "prop-ponr"});
    ponr.checked = this.spiffProperty(shape, "pointOfNoReturn") === "true";
    ponr.addEventListener("change", function () {
      self.setSpiffProperty(shape, "pointOfNoReturn", ponr.checked ? "true" : "");
    });
    this.field("Point of no return", ponr, "Once done, a cancellation or revision may no longer undo the plan.");
    var handler = element("input", {type: "checkbox", "class": "prop-compensation"});
    handler.checked = !!shape.businessObject.isForCompensation;
    handler.addEventListener("change", function () {
      modeling.updateProperties(shape, {isForCompensation: handler.checked || undefined});
    });
    this.field("Compensation handler", handler, "Undoes another activity; attach a compensation boundary event " +
               "to that activity and associate it with this one.");
  };

  /* --- extension elements --------------------------------------------------------------------------- */

  Modeler.prototype.extension = function (shape, type, create) {
    var modeling = this.service("modeling");
    var moddle = this.service("moddle");
    var bo = shape.businessObject;
    var found = bo.extensionElements && bo.extensionElements.get("values").filter(function (v) {
      return v.$type === type;
    })[0];
    if (found || !create) { return found; }
    if (!bo.extensionElements) {
      modeling.updateProperties(shape, {extensionElements: moddle.create("bpmn:ExtensionElements", {values: []})});
    }
    found = moddle.create(type, create);
    var ext = bo.extensionElements;
    modeling.updateModdleProperties(shape, ext, {values: ext.get("values").concat([found])});
    return found;
  };

  Modeler.prototype.spiffProperty = function (shape, name) {
    var props = this.extension(shape, "spiffworkflow:properties");
    var found = props && props.get("properties").filter(function (p) { return p.name === name; })[0];
    return found ? found.value : "";
  };

  Modeler.prototype.setSpiffProperty = function (shape, name, value) {
    var modeling = this.service("modeling");
    var moddle = this.service("moddle");
    var props = this.extension(shape, "spiffworkflow:properties", value ? {properties: []} : null);
    if (!props) { return; }
    var list = props.get("properties");
    var found = list.filter(function (p) { return p.name === name; })[0];
    if (!value) {
      if (found) { modeling.updateModdleProperties(shape, props, {properties: list.filter(function (p) { return p !== found; })}); }
    } else if (found) {
      modeling.updateModdleProperties(shape, found, {value: value});
    } else {
      modeling.updateModdleProperties(shape, props, {properties: list.concat([
        moddle.create("spiffworkflow:property", {name: name, value: value})])});
    }
  };

  window.OrdraTimers = {humanTimer: humanTimer};

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".bpmn-modeler").forEach(function (root) { new Modeler(root).start(); });
  });
}());
