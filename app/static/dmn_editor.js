/* The studio's decision editor: dmn-js's modeler (bpmn.io watermark kept) on a decision's DMN file, opened on
   the decision's table, with the view switch, the DRD's first layout and its pan-zoom keys the read-only
   decision page has too (static/dmn_views.js). Validate and Deploy post the edited file to the
   studio's routes (which compile every FEEL cell and replay the saved test cases); cells and DRD shapes an error
   names are marked "ordra-error", a decision a warning names (one the file cannot use) "ordra-warning". The
   test panel has one typed field per input column of the page's decision (the URL's, whichever view is open)
   and evaluates it, as edited, on the server; its result can be saved as a test case, and the saved cases run
   on the table as edited. Edits in any view are kept as the user's server-side draft. */
(function () {
  "use strict";

  var studio = window.OrdraStudio;
  var element = studio.element;
  var debounce = studio.debounce;
  var usersSaid = studio.usersSaid;
  var factName = studio.factName;
  var HINTS = {
    drd: "Drag shapes to lay the diagram out, or Tab from it to the selected shape's actions and the palette; " +
         "a decision's icon opens its table. Ctrl+Z undoes.",
    decisionTable: "Click a cell to edit it; right-click it or a column (or press Shift+F10) for more. Ctrl+Z undoes.",
    other: "Edit the expression in place. Ctrl+Z undoes."
  };
  var KEYS_HINT = "In the diagram: arrow keys pan (or move the selected shapes; Shift: faster), + and − zoom, " +
                  "0 fits it to the view; Alt+arrow keys select the next shape that way, Ctrl+F finds one, E edits " +
                  "its name, Delete removes it, Tab goes on to its actions and the palette.";

  function Editor(root) {
    var self = this;
    this.root = root;
    this.box = root.querySelector(".dmn-canvas");
    // No keyboard.bindTo: dmn-js 17 binds the keyboard to the editor itself and logs an error for the option.
    this.modeler = new window.DmnJS({container: this.box});
    this.viewers = [];  // those whose edits are listened to: dmn-js keeps one viewer per kind of view, reused
    this.errors = [];  // the last check's, marked again on each view dmn-js draws
    this.views = window.OrdraDmnViews.attach(this.modeler, root, {
      label: "Decision requirements diagram (editable)", hint: KEYS_HINT, changed: this.viewChanged.bind(this),
      failed: function (message) { self.say(message); },
      pan: function (drd) {  // else the arrows move the selected shapes
        var selection = drd.get("selection");
        return function () { return selection.get().length === 0; };
      }});
    this.status = root.querySelector(".modeler-status");
    this.problems = root.querySelector(".modeler-problems");
    this.lastTry = null;
    this.saveDraft = debounce(this.storeDraft.bind(this), 1500);
    this.draftKept = root.dataset.hasDraft === "true";  // deleting a draft that is not there answers 404
    this.draftOpen = false;  // the editor shows the draft (opened, or stored by an edit): a deploy deploys it
    studio.keepDraftOnLeave(this);
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

  /* The file, opened on the page's decision (dmn-js itself would open the DRD, or the first decision). */
  Editor.prototype.open = function (xml) {
    var self = this;
    return this.modeler.importXML(xml).then(function () {
      return studio.rememberOpened(self, xml);
    }).then(function () {
      return self.views.open(self.root.dataset.decisionId);
    }).then(function () { self.buildPanel(); });
  };

  /* Whichever view dmn-js shows now, however it was opened (static/dmn_views.js): its viewer's edits are
     listened to, the hint says how to edit it, and the errors are marked on what was drawn. */
  Editor.prototype.viewChanged = function (active, viewer) {
    this.listen(viewer);
    this.root.querySelector(".dmn-hint").textContent = HINTS[active.type] || HINTS.other;
    this.mark();
  };

  /* An edit in any view keeps a draft, re-checks the file and rebuilds the test panel; the DRD's palette and
     context pad work from the keyboard (static/modeling_keys.js), and so do a table's context menu and its focus
     (static/dmn_table_keys.js). Bound once per viewer. */
  Editor.prototype.listen = function (viewer) {
    var self = this;
    if (this.viewers.indexOf(viewer) !== -1) { return; }
    this.viewers.push(viewer);
    if (window.OrdraModelingKeys) { window.OrdraModelingKeys.attach(viewer); }
    if (window.OrdraTableKeys) { window.OrdraTableKeys.attach(viewer); }
    viewer.get("eventBus").on("elements.changed", function () { self.saveDraft(); self.buildPanel(); self.check(); });
  };

  Editor.prototype.say = function (message) { this.status.textContent = message; };

  Editor.prototype.request = function (method, url, body) {
    var options = {method: method, credentials: "same-origin",
                   headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": this.root.dataset.csrf}};
    if (body !== undefined) { options.body = JSON.stringify(body); }
    return fetch(url, studio.fetchOptions(this, options)).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        return {status: response.status, body: {errors: [{message: "the server answered " + response.status}]}};
      }
      return response.json().then(function (json) { return {status: response.status, body: json}; });
    });
  };

  Editor.prototype.content = function () { return studio.fileXml(this); };

  Editor.prototype.post = function (url, extra) {
    var self = this;
    return this.content().then(function (xml) {
      return self.request("POST", url, Object.assign({filename: self.root.dataset.filename, content: xml}, extra || {}));
    });
  };

  /* Errors and warnings listed, and marked on the open view. A warning names a decision of the file that
     cannot be used (its other decisions still deploy): one the switch may have opened, not the page's table. */
  Editor.prototype.show = function (errors, warnings) {
    var self = this;
    this.errors = (errors || []).concat((warnings || []).map(function (w) {
      return Object.assign({warning: true}, w, {element: w.element || w.decision});  // a deployment's: raw
    }));
    this.problems.replaceChildren();
    this.errors.forEach(function (error) {
      var item = element("li", {}, (error.warning ? "Warning: " : "") + (error.element ? error.element + ": " : "") +
                         error.message + (error.line ? " (line " + error.line + ")" : ""));
      if (error.element) { item.dataset.element = error.element; }
      if (error.warning) { item.className = "warning"; }
      self.problems.appendChild(item);
    });
    this.mark();
  };

  /* A cell or column (in a table) or a shape (in the DRD) an error names is marked "ordra-error", one a
     warning names "ordra-warning". */
  Editor.prototype.mark = function () {
    var box = this.box;
    box.querySelectorAll(".ordra-error, .ordra-warning").forEach(function (node) {
      node.classList.remove("ordra-error", "ordra-warning");
    });
    this.errors.forEach(function (error) {
      if (!error.element) { return; }
      box.querySelectorAll('[data-element-id="' + CSS.escape(error.element) + '"]').forEach(function (node) {
        node.classList.add(error.warning ? "ordra-warning" : "ordra-error");
      });
    });
  };

  /* ``quiet``: the check after each edit, which lists and marks the problems but leaves the status line alone. */
  Editor.prototype.validate = function (quiet) {
    var self = this;
    if (!quiet) { this.say("Validating…"); }
    this.post(this.root.dataset.validateUrl).then(function (answer) {
      var warnings = answer.body.warnings || [];
      self.show(answer.body.errors, warnings);
      if (quiet) { return; }
      var tests = (answer.body.tests || []).length;
      self.say(answer.body.valid ? "Valid: ready to deploy." + (tests ? " " + tests + " test case(s) pass." : "") +
               (warnings.length ? " " + warnings.length + " warning(s) below." : "") :
        (answer.body.errors || []).length + " problem(s) found.");
    });
  };

  Editor.prototype.deploy = function (force) {
    var self = this;
    this.say("Deploying…");
    this.post(this.root.dataset.deployUrl, {force: force}).then(function (answer) {
      var body = answer.body;
      self.show(body.errors, body.warnings);
      if (answer.status === 201 || answer.status === 200) {
        var mine = (body.decisions || []).filter(function (d) { return d.id === self.root.dataset.decisionId; })[0];
        self.say(answer.status === 201 ? "Deployed as version " + (mine ? mine.version : "?") + "." +
                 usersSaid(body.processes) : "Nothing changed: this table is already deployed.");
        self.discardDraft();
        if (mine && self.root.dataset.new === "true") {  // a new decision is edited on as the deployed one
          self.status.appendChild(element("a", {href: self.root.dataset.editUrl},
                                          " Go on editing it (with saved test cases)"));
        }
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

  /* The page's decision (the URL's) whichever view is open: the one the server's try route evaluates. dmn-js's
     moddle element, kept up to date by its editors. */
  Editor.prototype.decision = function () {
    var id = this.root.dataset.decisionId;
    var definitions = this.modeler.getDefinitions();
    return ((definitions && definitions.drgElement) || []).filter(function (e) { return e.id === id; })[0] || null;
  };

  /* The test panel: one typed field per input column (number, boolean, a list of allowed texts, a date) of the
     page's decision, which it names, as the DRD or another decision may be open above it. */
  Editor.prototype.buildPanel = function () {
    var form = this.root.querySelector(".decision-try");
    var decision = this.decision();
    var logic = decision && decision.decisionLogic;
    var kept = {};
    this.root.querySelector(".decision-try-about").textContent = decision ?
      "Evaluates " + (decision.name || decision.id) + " (" + decision.id + "), whichever view is open above: one " +
      "field per input column of its table as edited, evaluated before it is deployed." :
      "The file has no decision " + this.root.dataset.decisionId + " any more: there is nothing to evaluate.";
    form.querySelectorAll("[data-fact]").forEach(function (input) { kept[input.dataset.fact] = input.value; });
    form.replaceChildren();
    if (!logic || !logic.input) { return; }
    var definitions = this.modeler.getDefinitions();
    var decisionNames = ((definitions && definitions.drgElement) || []).filter(function (e) {
      return e.$type === "dmn:Decision" && e !== decision;
    }).map(function (e) { return e.name; });
    // One field per fact, however many columns read it; typed by its column when the column reads the fact as
    // it is, else JSON (count(items) reads a list: a number typed there would be counted as one item).
    var byFact = {};
    var order = [];
    logic.input.forEach(function (clause) {
      var expression = (clause.inputExpression ? clause.inputExpression.text : "") || "";
      var fact = factName(expression);
      if (!byFact[fact]) { byFact[fact] = []; order.push(fact); }
      byFact[fact].push({clause: clause, expression: expression.trim()});
    });
    order.forEach(function (fact, index) {
      var columns = byFact[fact];
      var clause = columns[0].clause;
      var expressions = columns.map(function (c) { return c.expression; }).filter(function (e, i, all) {
        return all.indexOf(e) === i; });
      var computed = expressions.length !== 1 || expressions[0] !== fact;
      var type = computed ? "JSON" : clause.inputExpression && clause.inputExpression.typeRef || "string";
      var allowed = !computed && clause.inputValues && clause.inputValues.text ?
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
      var labels = columns.map(function (c) { return c.clause.label || c.expression; }).filter(function (l, i, all) {
        return all.indexOf(l) === i; });
      var wrap = element("div", {"class": "form-field"});
      wrap.appendChild(element("label", {"for": control.id}, labels.join(" / ") + " (" + type + ")"));
      wrap.appendChild(control);
      if (computed) {
        wrap.appendChild(element("span", {"class": "help"}, "the value of " + fact + ", read as " +
                                 expressions.join(" and ") + ': a list [...], an object {...}, a number or "a text"'));
      }
      if (decisionNames.indexOf(fact) !== -1) {  // the server takes a value given for a decision as its answer
        wrap.appendChild(element("span", {"class": "help"}, "the decision " + fact +
                                 ": a value given here stands for it; left empty, it is evaluated"));
      }
      form.appendChild(wrap);
    });
  };

  /* The facts the panel's fields give, or null (the first field that is not valid says why). */
  Editor.prototype.facts = function () {
    var facts = {};
    var invalid = null;
    this.root.querySelectorAll(".decision-try [data-fact]").forEach(function (input) {
      var value = input.value;
      if (value === "") { facts[input.dataset.fact] = null; return; }
      var type = input.dataset.type;
      if (type === "JSON") {
        try {
          facts[input.dataset.fact] = JSON.parse(value);
          input.setCustomValidity("");
        } catch (e) {  // as the decision page refuses it: not evaluated with a text counted as one item
          input.setCustomValidity('Must be JSON: a list [...], an object {...}, a number or "a text".');
          invalid = invalid || input;
        }
        return;
      }
      facts[input.dataset.fact] = type === "boolean" ? value === "true" :
        (type === "number" || type === "integer") ? Number(value) : value;
    });
    if (invalid) { invalid.reportValidity(); return null; }
    return studio.nestedFacts(facts);  // a path's value nested, as the engine and a saved case read it
  };

  Editor.prototype.evaluate = function () {
    var self = this;
    var facts = this.facts();
    if (facts === null) { return; }
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
      // a case is saved for a deployed decision: a new one's page says so and leaves the button off
      self.root.querySelector(".decision-save-case").disabled =
        self.root.dataset.new === "true" || (!rules.length && !answer.body.defaulted);
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

  /* The saved cases run on the table as edited, as Validate runs them (they ran on the deployed table, so a case
     an edit broke passed here while Validate and Deploy said it failed); a file that does not compile says why. */
  Editor.prototype.runCases = function () {
    var list = this.root.querySelector(".case-results");
    this.post(this.root.dataset.runCasesUrl).then(function (answer) {
      list.replaceChildren();
      if (answer.status !== 200) {
        list.appendChild(element("li", {"class": "failed"}, "Not run: " + (answer.body.errors || []).map(function (e) {
          return e.message; }).join("; ")));
        return;
      }
      (answer.body.cases || []).forEach(function (c) {
        list.appendChild(element("li", {"class": c.passed ? "passed" : "failed"},
          (c.passed ? "✓ " : "✗ ") + c.name + (c.passed ? "" : ": " + c.first_difference.message)));
      });
      if (!(answer.body.cases || []).length) { list.appendChild(element("li", {}, "No saved test cases yet.")); }
    });
  };

  Editor.prototype.storeDraft = function () {
    var self = this;
    studio.savingDraft(this, this.content().then(function (xml) {
      return self.request("PUT", self.root.dataset.draftUrl, {content: xml});
    }).then(function (answer) {
      if (answer.status !== 200) { return; }
      self.draftKept = true;
      self.draftOpen = true;
      self.root.querySelector(".modeler-draft").textContent = "Draft saved.";
    }));
  };

  Editor.prototype.discardDraft = studio.discardDraft;

  Editor.prototype.offerDraft = function (deployedXml) {
    var self = this;
    if (this.root.dataset.hasDraft !== "true") { return; }  // the page knows: no request that would answer 404
    var note = this.root.querySelector(".modeler-draft");
    this.request("GET", this.root.dataset.draftUrl).then(function (answer) {
      if (answer.status !== 200) { return; }
      if (answer.body.content === deployedXml) { self.draftOpen = true; return; }  // shown already: not offered
      note.textContent = "You have a draft from " + answer.body.updated_at.slice(0, 16).replace("T", " ") + ". ";
      var open = element("button", {type: "button", "class": "secondary"}, "Open draft");
      open.addEventListener("click", function () {
        self.open(answer.body.content).then(function () {
          self.draftOpen = true;
          note.textContent = "Draft opened.";
        });
      });
      note.appendChild(open);
    });
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".dmn-modeler").forEach(function (root) { new Editor(root).start(); });
  });
}());
