/* The studio's decision editor: dmn-js's modeler (bpmn.io watermark kept) on a decision's DMN file, opened on
   the decision's table. Validate and Deploy post the edited file to the studio's routes (which compile every
   FEEL cell and replay the saved test cases); cells an error names are marked "ordra-error". The test panel
   has one typed field per input column of the table as edited and evaluates the edited table on the server;
   its result can be saved as a test case. Edits are kept as the user's server-side draft. */
(function () {
  "use strict";

  var studio = window.OrdraStudio;
  var element = studio.element;
  var debounce = studio.debounce;
  var usersSaid = studio.usersSaid;

  /* The fact an input column reads: its expression when that is a plain name, else the last name in it. */
  function factName(expression) {
    var text = (expression || "").trim();
    if (/^[A-Za-z_][\w.]*$/.test(text)) { return text; }
    var names = text.match(/[A-Za-z_]\w*/g) || [];
    return names.length ? names[names.length - 1] : text;
  }

  function Editor(root) {
    this.root = root;
    // No keyboard.bindTo: dmn-js 17 binds the keyboard to the editor itself and logs an error for the option.
    this.modeler = new window.DmnJS({container: root.querySelector(".dmn-editor-canvas")});
    this.status = root.querySelector(".modeler-status");
    this.problems = root.querySelector(".modeler-problems");
    this.lastTry = null;
    this.saveDraft = debounce(this.storeDraft.bind(this), 1500);
    this.draftKept = root.dataset.hasDraft === "true";  // deleting a draft that is not there answers 404
    this.check = debounce(this.validate.bind(this, true), 1200);  // FEEL cells checked by the server as edited
  }

  Editor.prototype.start = function () {
    var self = this;
    var xml = JSON.parse(this.root.querySelector("script.dmn-xml").textContent);
    this.open(xml).then(function () {
      self.offerDraft(xml);
      self.root.dataset.ready = "true";
    }).catch(function (error) { self.say("The table could not be opened: " + error.message); });
    this.root.querySelector(".dmn-validate").addEventListener("click", function () { self.validate(false); });
    this.root.querySelector(".dmn-deploy").addEventListener("click", function () { self.deploy(false); });
    this.root.querySelector(".decision-evaluate").addEventListener("click", function () { self.evaluate(); });
    this.root.querySelector(".decision-save-case").addEventListener("click", function () { self.saveCase(); });
    this.root.querySelector(".decision-run-cases").addEventListener("click", function () { self.runCases(); });
  };

  Editor.prototype.open = function (xml) {
    var self = this;
    var id = this.root.dataset.decisionId;
    return this.modeler.importXML(xml).then(function () {
      var view = self.modeler.getViews().filter(function (v) { return v.element.id === id; })[0];
      return view ? self.modeler.open(view) : null;
    }).then(function () {
      var viewer = self.modeler.getActiveViewer();
      viewer.get("eventBus").on("elements.changed", function () { self.saveDraft(); self.buildPanel(); self.check(); });
      self.buildPanel();
    });
  };

  Editor.prototype.say = function (message) { this.status.textContent = message; };

  Editor.prototype.request = function (method, url, body) {
    var options = {method: method, credentials: "same-origin",
                   headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": this.root.dataset.csrf}};
    if (body !== undefined) { options.body = JSON.stringify(body); }
    return fetch(url, options).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        return {status: response.status, body: {errors: [{message: "the server answered " + response.status}]}};
      }
      return response.json().then(function (json) { return {status: response.status, body: json}; });
    });
  };

  Editor.prototype.content = function () {
    return this.modeler.saveXML({format: true}).then(function (saved) { return saved.xml; });
  };

  Editor.prototype.post = function (url, extra) {
    var self = this;
    return this.content().then(function (xml) {
      return self.request("POST", url, Object.assign({filename: self.root.dataset.filename, content: xml}, extra || {}));
    });
  };

  /* Errors listed; a cell or column an error names is marked in the table. */
  Editor.prototype.show = function (errors) {
    var container = this.root.querySelector(".dmn-editor-canvas");
    container.querySelectorAll(".ordra-error").forEach(function (cell) { cell.classList.remove("ordra-error"); });
    this.problems.replaceChildren();
    var self = this;
    (errors || []).forEach(function (error) {
      var item = element("li", {}, (error.element ? error.element + ": " : "") + error.message +
                         (error.line ? " (line " + error.line + ")" : ""));
      if (error.element) {
        item.dataset.element = error.element;
        container.querySelectorAll('[data-element-id="' + CSS.escape(error.element) + '"]').forEach(function (cell) {
          cell.classList.add("ordra-error");
        });
      }
      self.problems.appendChild(item);
    });
  };

  /* ``quiet``: the check after each edit, which lists and marks the problems but leaves the status line alone. */
  Editor.prototype.validate = function (quiet) {
    var self = this;
    if (!quiet) { this.say("Validating…"); }
    this.post(this.root.dataset.validateUrl).then(function (answer) {
      self.show(answer.body.errors);
      if (quiet) { return; }
      var tests = (answer.body.tests || []).length;
      self.say(answer.body.valid ? "Valid: ready to deploy." + (tests ? " " + tests + " test case(s) pass." : "") :
        (answer.body.errors || []).length + " problem(s) found.");
    });
  };

  Editor.prototype.deploy = function (force) {
    var self = this;
    this.say("Deploying…");
    this.post(this.root.dataset.deployUrl, {force: force}).then(function (answer) {
      var body = answer.body;
      self.show(body.errors);
      if (answer.status === 201 || answer.status === 200) {
        var mine = (body.decisions || []).filter(function (d) { return d.id === self.root.dataset.decisionId; })[0];
        self.say(answer.status === 201 ? "Deployed as version " + (mine ? mine.version : "?") + "." +
                 usersSaid(body.processes) : "Nothing changed: this table is already deployed.");
        self.discardDraft();
        return;
      }
      self.say("Not deployed: " + (body.errors || []).length + " problem(s).");
      if (body.cases) {
        var again = element("button", {type: "button", "class": "secondary"}, "Deploy anyway");
        again.addEventListener("click", function () { self.deploy(true); });
        self.status.appendChild(document.createTextNode(" Saved test cases fail. "));
        self.status.appendChild(again);
      }
    });
  };

  /* The decision the open view shows (dmn-js's moddle element, kept up to date by its editors). */
  Editor.prototype.decision = function () {
    var view = this.modeler.getActiveView();
    return view ? view.element : null;
  };

  /* The test panel: one typed field per input column (number, boolean, a list of allowed texts, a date). */
  Editor.prototype.buildPanel = function () {
    var form = this.root.querySelector(".decision-try");
    var decision = this.decision();
    var logic = decision && decision.decisionLogic;
    var kept = {};
    form.querySelectorAll("[data-fact]").forEach(function (input) { kept[input.dataset.fact] = input.value; });
    form.replaceChildren();
    if (!logic || !logic.input) { return; }
    logic.input.forEach(function (clause, index) {
      var expression = clause.inputExpression ? clause.inputExpression.text : "";
      var type = clause.inputExpression && clause.inputExpression.typeRef || "string";
      var fact = factName(expression);
      var allowed = clause.inputValues && clause.inputValues.text ?
        (clause.inputValues.text.match(/"([^"]*)"/g) || []).map(function (s) { return s.slice(1, -1); }) : [];
      var control;
      if (type === "boolean" || allowed.length) {
        control = element("select");
        control.appendChild(element("option", {value: ""}, "— none —"));
        (type === "boolean" ? ["true", "false"] : allowed).forEach(function (value) {
          control.appendChild(element("option", {value: value}, value));
        });
      } else {
        control = element("input", {type: {number: "number", integer: "number", date: "date"}[type] || "text",
                                    step: "any"});
      }
      control.id = "try-" + index;
      control.dataset.fact = fact;
      control.dataset.type = type;
      if (kept[fact] !== undefined) { control.value = kept[fact]; }
      var wrap = element("div", {"class": "form-field"});
      wrap.appendChild(element("label", {"for": control.id}, (clause.label || expression) + " (" + type + ")"));
      wrap.appendChild(control);
      if (expression !== fact) { wrap.appendChild(element("span", {"class": "help"}, "read as " + expression)); }
      form.appendChild(wrap);
    });
  };

  Editor.prototype.facts = function () {
    var facts = {};
    this.root.querySelectorAll(".decision-try [data-fact]").forEach(function (input) {
      var value = input.value;
      if (value === "") { facts[input.dataset.fact] = null; return; }
      var type = input.dataset.type;
      facts[input.dataset.fact] = type === "boolean" ? value === "true" :
        (type === "number" || type === "integer") ? Number(value) : value;
    });
    return facts;
  };

  Editor.prototype.evaluate = function () {
    var self = this;
    var facts = this.facts();
    var out = this.root.querySelector(".decision-try-result");
    this.content().then(function (xml) {
      return self.request("POST", self.root.dataset.tryUrl, {content: xml, facts: facts});
    }).then(function (answer) {
      out.replaceChildren();
      if (answer.status !== 200) {
        out.appendChild(element("p", {"class": "field-error"}, (answer.body.errors || []).map(function (e) {
          return e.message; }).join("; ")));
        return;
      }
      var rules = answer.body.matched_rules.map(function (m) { return m.index; });
      out.appendChild(element("h3", {}, rules.length ? "Matched rule" + (rules.length > 1 ? "s " : " ") + rules.join(", ") :
                                        "No rule matched"));
      out.appendChild(element("pre", {"class": "data"}, JSON.stringify(answer.body.outputs, null, 2)));
      self.lastTry = {facts: facts, outputs: answer.body.outputs};
      self.root.querySelector(".decision-save-case").disabled = !rules.length && !answer.body.defaulted;
    });
  };

  /* The outputs as a case expects them: by output name, whatever the table's shape. */
  Editor.prototype.expected = function (outputs) {
    var names = (this.decision().decisionLogic.output || []).map(function (o) { return o.name; });
    if (names.length === 1) { var one = {}; one[names[0]] = outputs; return one; }
    return outputs;
  };

  Editor.prototype.saveCase = function () {
    var self = this;
    if (!this.lastTry) { return; }
    var name = window.prompt("Name of the test case", "");
    if (!name) { return; }
    this.request("POST", this.root.dataset.saveCaseUrl, {name: name, inputs: this.lastTry.facts,
                                                         expected: this.expected(this.lastTry.outputs)})
      .then(function (answer) {
        self.say(answer.status === 201 ? "Saved test case '" + name + "': every validate and deploy replays it." :
                 "Not saved: " + (answer.body.errors || []).map(function (e) { return e.message; }).join("; "));
      });
  };

  Editor.prototype.runCases = function () {
    var list = this.root.querySelector(".case-results");
    this.request("POST", this.root.dataset.runCasesUrl).then(function (answer) {
      list.replaceChildren();
      (answer.body.cases || []).forEach(function (c) {
        list.appendChild(element("li", {"class": c.passed ? "passed" : "failed"},
          (c.passed ? "✓ " : "✗ ") + c.name + (c.passed ? "" : ": " + c.first_difference.message)));
      });
      if (!(answer.body.cases || []).length) { list.appendChild(element("li", {}, "No saved test cases yet.")); }
    });
  };

  Editor.prototype.storeDraft = function () {
    var self = this;
    this.content().then(function (xml) {
      return self.request("PUT", self.root.dataset.draftUrl, {content: xml});
    }).then(function (answer) {
      if (answer.status !== 200) { return; }
      self.draftKept = true;
      self.root.querySelector(".modeler-draft").textContent = "Draft saved.";
    });
  };

  Editor.prototype.discardDraft = studio.discardDraft;

  Editor.prototype.offerDraft = function (deployedXml) {
    var self = this;
    if (this.root.dataset.hasDraft !== "true") { return; }  // the page knows: no request that would answer 404
    var note = this.root.querySelector(".modeler-draft");
    this.request("GET", this.root.dataset.draftUrl).then(function (answer) {
      if (answer.status !== 200 || answer.body.content === deployedXml) { return; }
      note.textContent = "You have a draft from " + answer.body.updated_at.slice(0, 16).replace("T", " ") + ". ";
      var open = element("button", {type: "button", "class": "secondary"}, "Open draft");
      open.addEventListener("click", function () {
        self.open(answer.body.content).then(function () { note.textContent = "Draft opened."; });
      });
      note.appendChild(open);
    });
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".dmn-modeler").forEach(function (root) { new Editor(root).start(); });
  });
}());
