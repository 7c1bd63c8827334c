/* The studio's JSON-Schema form editor: fields (name, type, title, required, choices with labels, a pattern
   with an example), in order, edited on the left — a group (a nested object, one level deep as the inbox
   reads it, with its own fields) and a multi-select (an array of choices) included; the schema they make is rendered on the right by the
   server exactly as the inbox renders it (debounced). Keywords the editor does not show are kept as they
   were. A top-level field may be required only when another field has one of its values ("Required only
   when"): written as the schema's if/then conditions in the one shape the inbox reads
   (app/taskforms/json_conditions.py); conditions of other shapes are kept as written. Validate and Deploy post the
   schema as a form file; edits are kept as the user's draft, under the file name as typed. */
(function () {
  "use strict";

  var studio = window.OrdraStudio;
  var element = studio.element;
  var debounce = studio.debounce;
  var usersSaid = studio.usersSaid;

  var TYPES = [["string", "Text"], ["integer", "Whole number"], ["number", "Number"], ["boolean", "Yes / no"],
               ["date", "Date"], ["array", "Several of the choices"], ["object", "Group of fields"]];
  var MANAGED = ["type", "title", "format", "enum", "oneOf", "pattern", "examples", "properties", "required", "items",
                 "uniqueItems", "minItems"];

  function newField(name) {
    return {name: name, type: "string", title: "", required: false, choices: "", pattern: "", example: "",
            extra: {}, fields: [], itemType: "string"};
  }

  function fieldFrom(name, prop, required) {
    var extra = {};
    Object.keys(prop).forEach(function (key) { if (MANAGED.indexOf(key) === -1) { extra[key] = prop[key]; } });
    var source = prop.type === "array" && prop.items ? prop.items : prop;  // a multi-select's choices are its items'
    var choices = (source.oneOf || []).map(function (o) { return o.const + (o.title ? " = " + o.title : ""); });
    if (!choices.length && source.enum) { choices = source.enum.map(String); }
    var inner = prop.required || [];
    var fields = prop.type === "object" ? Object.keys(prop.properties || {}).map(function (key) {
      return fieldFrom(key, prop.properties[key], inner.indexOf(key) !== -1);
    }) : [];
    return {name: name, type: prop.format === "date" ? "date" : (prop.type || "string"), title: prop.title || "",
            required: required || (prop.type === "array" && prop.minItems >= 1), choices: choices.join("\n"),
            pattern: prop.pattern || "", example: (prop.examples || [])[0] || "", extra: extra, fields: fields,
            itemType: prop.type === "array" && prop.items && prop.items.type || "string"};
  }

  function propertiesFrom(fields) {
    var properties = {};
    fields.forEach(function (field) { if (field.name) { properties[field.name] = propFrom(field); } });
    return properties;
  }

  function requiredOf(fields) {
    return fields.filter(function (f) { return f.required && f.name; }).map(function (f) { return f.name; });
  }

  function typed(value, type) {
    return (type === "integer" || type === "number") && value.trim() !== "" && !isNaN(Number(value)) ?
      Number(value) : value;
  }

  function propFrom(field) {
    var prop = Object.assign({}, field.extra);
    prop.type = field.type === "date" ? "string" : field.type;
    if (field.type === "object") {
      if (field.title) { prop.title = field.title; }
      prop.properties = propertiesFrom(field.fields);
      prop.required = requiredOf(field.fields);
      return prop;
    }
    if (field.type === "array") {
      if (field.title) { prop.title = field.title; }
      prop.uniqueItems = true;
      prop.items = propFrom(Object.assign({}, field, {type: field.itemType, title: "", extra: {}, pattern: "",
                                                      example: ""}));
      if (field.required) { prop.minItems = 1; }
      return prop;
    }
    if (field.type === "date") { prop.format = "date"; }
    if (field.title) { prop.title = field.title; }
    var lines = field.choices.split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
    if (lines.length && field.type !== "boolean") {
      var labelled = lines.some(function (l) { return l.indexOf("=") > 0; });
      if (labelled) {
        prop.oneOf = lines.map(function (l) {
          var at = l.indexOf("=");
          var value = at > 0 ? l.slice(0, at).trim() : l;
          return {"const": typed(value, field.type), title: at > 0 ? l.slice(at + 1).trim() : value};
        });
      } else {
        prop.enum = lines.map(function (l) { return typed(l, field.type); });
      }
    }
    var free = field.type === "string" && !lines.length;  // a pattern means nothing for a choice
    if (field.pattern && free) { prop.pattern = field.pattern; }
    if (field.example && free) { prop.examples = [field.example]; }
    return prop;
  }

  /* {field, value, required} of a condition in the shape the inbox reads with one value, else null. */
  function conditionOf(item) {
    var when = item && item["if"];
    var then = item && item.then;
    if (!when || !then || Object.keys(item).length !== 2 || !when.properties || !Array.isArray(then.required) ||
        Object.keys(then).length !== 1) { return null; }
    var names = Object.keys(when.properties);
    var test = when.properties[names[0]];
    var extra = Object.keys(when).filter(function (k) { return k !== "properties" && k !== "required"; });
    if (names.length !== 1 || extra.length || !test || Object.keys(test).length !== 1 || !("const" in test) ||
        JSON.stringify(when.required) !== JSON.stringify(names)) { return null; }
    return {field: names[0], value: test["const"], required: then.required};
  }

  /* The values a field can be chosen at, as [value, what a person sees]: its choices, or yes and no. */
  function choicesOf(field) {
    if (field.type === "boolean") { return [[true, "yes"], [false, "no"]]; }
    if (field.type === "object" || field.type === "array") { return []; }
    return field.choices.split("\n").map(function (l) { return l.trim(); }).filter(Boolean).map(function (l) {
      var at = l.indexOf("=");
      var value = at > 0 ? l.slice(0, at).trim() : l;
      return [typed(value, field.type), at > 0 ? l.slice(at + 1).trim() : value];
    });
  }

  /* The fields' "Required only when" as conditions: one per chosen (field, value), requiring its fields in order. */
  function conditionsFrom(fields) {
    var conditions = [];
    fields.forEach(function (field) {
      var when = field.when;
      if (!when || !field.name || field.required || fields.indexOf(when.chooser) === -1 || !when.chooser.name) { return; }
      var same = conditions.filter(function (c) {
        return c["if"].required[0] === when.chooser.name && c["if"].properties[when.chooser.name]["const"] === when.value;
      })[0];
      if (same) { same.then.required.push(field.name); return; }
      var test = {};
      test[when.chooser.name] = {"const": when.value};
      conditions.push({"if": {properties: test, required: [when.chooser.name]}, then: {required: [field.name]}});
    });
    return conditions;
  }

  function Editor(root) {
    this.root = root;
    var schema = JSON.parse(root.querySelector("script.form-schema").textContent);
    var required = schema.required || [];
    this.title = schema.title || "";
    this.description = schema.description || "";
    this.rest = {};
    var self = this;
    Object.keys(schema).forEach(function (key) {
      if (["title", "description", "properties", "required", "type"].indexOf(key) === -1) { self.rest[key] = schema[key]; }
    });
    this.fields = Object.keys(schema.properties || {}).map(function (name) {  // top level
      return fieldFrom(name, schema.properties[name], required.indexOf(name) !== -1);
    });
    this.takeConditions();
    this.refresh = debounce(this.preview.bind(this), 300);
    this.saveDraft = debounce(this.storeDraft.bind(this), 1500);
    this.draftKept = root.dataset.hasDraft === "true";  // deleting a draft that is not there answers 404
    // the editor shows the draft (the page opened it, or an edit stored it): a deploy deploys it
    this.draftOpen = root.dataset.draftOpen === "true";
    studio.keepDraftOnLeave(this);
  }

  Editor.prototype.schema = function () {
    var schema = Object.assign({}, this.rest, {title: this.title, type: "object",
      required: requiredOf(this.fields), properties: propertiesFrom(this.fields)});
    if (this.description) { schema.description = this.description; }
    var conditions = (this.rest.allOf || []).concat(conditionsFrom(this.fields));
    if (conditions.length) { schema.allOf = conditions; }
    return schema;
  };

  /* The schema's conditions the fields can show ("Required only when") go to them; the others stay as written. */
  Editor.prototype.takeConditions = function () {
    var byName = {};
    this.fields.forEach(function (field) { byName[field.name] = field; });
    function take(item) {
      var condition = conditionOf(item);
      var chooser = condition && byName[condition.field];
      var targets = condition ? condition.required.map(function (name) { return byName[name]; }) : [];
      var values = chooser ? choicesOf(chooser).map(function (c) { return c[0]; }) : [];
      if (!chooser || values.indexOf(condition.value) === -1 || !targets.length ||
          targets.some(function (t) { return !t || t === chooser || t.when || t.required; })) { return false; }
      targets.forEach(function (target) { target.when = {chooser: chooser, value: condition.value}; });
      return true;
    }
    if (this.rest["if"] && this.rest.then && take({"if": this.rest["if"], then: this.rest.then})) {
      delete this.rest["if"];
      delete this.rest.then;
    }
    if (Array.isArray(this.rest.allOf)) {
      var kept = this.rest.allOf.filter(function (item) { return !take(item); });
      if (kept.length) { this.rest.allOf = kept; } else { delete this.rest.allOf; }
    }
  };

  Editor.prototype.request = function (method, url, body) {
    return fetch(url, studio.fetchOptions(this, {method: method, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": this.root.dataset.csrf}}))
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        return (type.indexOf("application/json") !== -1 ? response.json() : response.text()).then(function (body) {
          return {status: response.status, body: body};
        });
      });
  };

  Editor.prototype.start = function () {
    var self = this;
    var title = this.root.querySelector(".form-title");
    var description = this.root.querySelector(".form-description-text");
    title.value = this.title;
    description.value = this.description;
    title.addEventListener("input", function () { self.title = title.value; self.changed(); });
    description.addEventListener("input", function () { self.description = description.value; self.changed(); });
    this.root.querySelector(".form-add-field").addEventListener("click", function () {
      self.fields.push(newField("field_" + (self.fields.length + 1)));
      self.renderFields();
      self.changed();
    });
    var filename = this.root.querySelector(".form-filename");
    filename.addEventListener("input", function () { self.renamed(filename); });
    this.root.querySelector(".form-validate").addEventListener("click", function () { self.send("validate"); });
    this.root.querySelector(".form-deploy").addEventListener("click", function () { self.send("deploy"); });
    this.renderFields();
    this.preview();
    this.root.dataset.ready = "true";
  };

  Editor.prototype.changed = function () {
    this.root.querySelector(".form-json").textContent = JSON.stringify(this.schema(), null, 2);
    this.refresh();
    this.saveDraft();
  };

  Editor.prototype.renderFields = function () {
    var list = this.root.querySelector(".form-editor-list");
    this.renderList(this.fields, list, "", false);
    this.root.querySelector(".form-json").textContent = JSON.stringify(this.schema(), null, 2);
  };

  /* The fields of the form, or of a group (``nested``: a group's fields cannot be groups, as in the inbox). */
  Editor.prototype.renderList = function (fields, list, prefix, nested) {
    var self = this;
    list.replaceChildren();
    function again() { self.renderList(fields, list, prefix, nested); self.changed(); }
    fields.forEach(function (field, index) {
      var key = prefix + index;
      var box = element("fieldset", {"class": "form-editor-field" + (nested ? " nested" : ""), "data-index": key});
      box.appendChild(element("legend", {}, (nested ? "Group field " : "Field ") + (index + 1)));
      var row = element("div", {"class": "field-row"});
      row.appendChild(self.input(field, "name", "Name (data key)", key));
      row.appendChild(self.input(field, "title", "Title", key));
      var type = element("select", {"class": "field-type", id: "field-" + key + "-type"});
      TYPES.filter(function (t) { return !nested || t[0] !== "object"; }).forEach(function (t) {
        var option = element("option", {value: t[0]}, t[1]);
        if (t[0] === field.type) { option.selected = true; }
        type.appendChild(option);
      });
      type.addEventListener("change", function () { field.type = type.value; again(); });
      row.appendChild(self.wrap("Type", type));
      var required = element("input", {type: "checkbox", "class": "field-required", id: "field-" + key + "-required"});
      required.checked = field.required;
      required.addEventListener("change", function () { field.required = required.checked; self.changed(); });
      row.appendChild(self.wrap(field.type === "array" ? "At least one" : "Required", required));
      if (!nested && field.type !== "object" && field.type !== "boolean") {
        row.appendChild(self.requiredWhen(field, key, required));
      }
      box.appendChild(row);
      if (field.type === "object") {
        box.appendChild(element("p", {"class": "help"}, "A group: its fields come back as one object under " +
                                "this name; the form shows them in place."));
        var inner = element("div", {"class": "form-editor-group"});
        box.appendChild(inner);
        self.renderList(field.fields, inner, key + "-", true);
        var add = element("button", {type: "button", "class": "secondary form-add-group-field"}, "Add a field to the group");
        add.addEventListener("click", function () {
          field.fields.push(newField("field_" + (field.fields.length + 1)));
          self.renderList(field.fields, inner, key + "-", true);
          self.changed();
        });
        box.appendChild(add);
      } else {
        if (field.type === "array") {
          var itemType = element("select", {"class": "field-item-type", id: "field-" + key + "-items"});
          [["string", "Text"], ["integer", "Whole number"], ["number", "Number"]].forEach(function (t) {
            var option = element("option", {value: t[0]}, t[1]);
            if (t[0] === field.itemType) { option.selected = true; }
            itemType.appendChild(option);
          });
          itemType.addEventListener("change", function () { field.itemType = itemType.value; self.changed(); });
          box.appendChild(self.wrap("Choices are", itemType));
        }
        var choices = element("textarea", {rows: "2", "class": "field-choices", id: "field-" + key + "-choices"});
        choices.value = field.choices;
        choices.addEventListener("input", function () { field.choices = choices.value; self.changed(); });
        box.appendChild(self.wrap(field.type === "array" ? "Choices, any of which may be picked (one per line: " +
                                  "value = label)" : "Choices (one per line: value = label)", choices));
        if (field.type !== "array") {
          var row2 = element("div", {"class": "field-row"});
          row2.appendChild(self.input(field, "pattern", "Pattern (regular expression)", key));
          row2.appendChild(self.input(field, "example", "Example shown when it does not match", key));
          box.appendChild(row2);
        }
      }
      var moves = element("p", {"class": "actions"});
      [["↑ Up", -1], ["↓ Down", 1]].forEach(function (move) {
        var button = element("button", {type: "button", "class": "secondary"}, move[0]);
        button.disabled = index + move[1] < 0 || index + move[1] >= fields.length;
        button.addEventListener("click", function () {
          var other = index + move[1];
          fields.splice(other, 0, fields.splice(index, 1)[0]);
          again();
        });
        moves.appendChild(button);
      });
      var remove = element("button", {type: "button", "class": "secondary field-remove"}, "Remove");
      remove.addEventListener("click", function () { fields.splice(index, 1); again(); });
      moves.appendChild(remove);
      box.appendChild(moves);
      list.appendChild(box);
    });
  };

  /* "Required only when": another top-level field's value that makes this one required (off while it is always
     required). The options are read again as the list opens: the other fields' choices may have changed. */
  Editor.prototype.requiredWhen = function (field, key, always) {
    var self = this;
    var select = element("select", {"class": "field-required-when", id: "field-" + key + "-when"});
    var pairs = [];
    function fill() {
      pairs = [];
      select.replaceChildren(element("option", {value: ""}, "\u2014"));
      self.fields.forEach(function (chooser) {
        if (chooser === field || !chooser.name) { return; }
        choicesOf(chooser).forEach(function (choice) {
          pairs.push({chooser: chooser, value: choice[0]});
          var option = element("option", {value: String(pairs.length - 1)},
                               (chooser.title || chooser.name) + " is \u201c" + choice[1] + "\u201d");
          if (field.when && field.when.chooser === chooser && field.when.value === choice[0]) { option.selected = true; }
          select.appendChild(option);
        });
      });
      select.disabled = always.checked;
    }
    fill();
    select.addEventListener("focus", fill);
    always.addEventListener("change", fill);
    select.addEventListener("change", function () {
      field.when = select.value === "" ? null : pairs[Number(select.value)];
      self.changed();
    });
    return this.wrap("Required only when", select);
  };

  Editor.prototype.wrap = function (label, control) {
    var wrap = element("div", {"class": "form-field"});
    wrap.appendChild(element("label", {"for": control.id}, label));
    wrap.appendChild(control);
    return wrap;
  };

  Editor.prototype.input = function (field, key, label, index) {
    var self = this;
    var input = element("input", {type: "text", "class": "field-" + key, id: "field-" + index + "-" + key});
    input.value = field[key];
    input.addEventListener("input", function () { field[key] = input.value; self.changed(); });
    return this.wrap(label, input);
  };

  Editor.prototype.preview = function () {
    var out = this.root.querySelector(".form-live-preview");
    this.request("POST", this.root.dataset.previewUrl, {schema: this.schema()}).then(function (answer) {
      if (answer.status === 200) {
        out.innerHTML = answer.body;  // our own template, escaped there
        out.querySelectorAll("form").forEach(function (form) {
          form.addEventListener("submit", function (event) { event.preventDefault(); });
        });
        out.dataset.state = "ok";
      } else {
        out.replaceChildren();
        (answer.body.errors || []).forEach(function (e) { out.appendChild(element("p", {"class": "field-error"}, e.message)); });
        out.dataset.state = "errors";
      }
    });
  };

  Editor.prototype.send = function (what) {
    var self = this;
    var status = this.root.querySelector(".modeler-status");
    var problems = this.root.querySelector(".modeler-problems");
    var filename = this.root.querySelector(".form-filename").value;
    var url = this.root.dataset[what + "Url"];
    this.request("POST", url, {filename: filename, content: this.schema()}).then(function (answer) {
      problems.replaceChildren();
      (answer.body.errors || []).forEach(function (e) { problems.appendChild(element("li", {}, e.message)); });
      if (what === "validate") {
        status.textContent = answer.body.valid ? "Valid: ready to deploy." : (answer.body.errors || []).length + " problem(s) found.";
      } else if (answer.status === 201 || answer.status === 200) {
        var mine = (answer.body.forms || []).filter(function (f) { return f.file === filename; })[0];
        status.textContent = answer.status === 201 ? "Deployed as version " + (mine ? mine.version : "?") + "." +
          usersSaid(answer.body.processes) : "Nothing changed: this form is already deployed.";
        self.discardDraft();
      } else {
        status.textContent = "Not deployed: " + (answer.body.errors || []).length + " problem(s).";
      }
    });
  };

  /* The draft is kept under the file name as typed (it was kept under the name the page opened with, so the
     name typed was lost and two new forms shared one draft): a valid new name takes the draft, and the one this
     page stored under the old name goes. The heading names the file. */
  Editor.prototype.renamed = function (input) {
    var name = input.value.trim();
    document.querySelector(".form-editor-name").textContent = name;
    if (!name || !input.checkValidity()) { return; }
    var url = this.root.dataset.draftUrlTemplate.replace("FILENAME", encodeURIComponent(name));
    if (url === this.root.dataset.draftUrl) { return; }
    if (this.storedAt === this.root.dataset.draftUrl) {  // never an older draft the page only offered
      this.request("DELETE", this.storedAt);
      this.storedAt = null;
    }
    this.draftKept = false;
    this.root.dataset.draftUrl = url;
    this.saveDraft();
  };

  Editor.prototype.storeDraft = function () {
    var self = this;
    var url = this.root.dataset.draftUrl;
    studio.savingDraft(this, this.request("PUT", url, {content: JSON.stringify(this.schema())}).then(function (answer) {
      if (answer.status !== 200) { return; }
      if (url !== self.root.dataset.draftUrl) { self.request("DELETE", url); return; }  // renamed meanwhile
      self.draftKept = true;
      self.draftOpen = true;
      self.storedAt = url;
      self.root.querySelector(".modeler-draft").textContent = "Draft saved.";
    }));
  };

  Editor.prototype.discardDraft = studio.discardDraft;

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".form-editor-page").forEach(function (root) { new Editor(root).start(); });
  });
}());
