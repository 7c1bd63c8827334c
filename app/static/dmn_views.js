/* What the decision editor and the deployed decision's read-only page share about dmn-js (its modeler or its
   navigated viewer, bpmn.io watermark kept) on a DMN file: a switch above the canvas opens the file's decision
   requirements diagram (DRD: how its decisions, input data, knowledge sources and models depend on each other)
   or any of its decisions, and follows the views dmn-js opens itself (a DRD shape's drill-down, a table's
   "View DRD"); a file without a diagram gets a first one (static/drd_layout.js); the DRD pans and zooms from
   the keyboard and a row of buttons (static/diagram_keys.js) and is fitted each time it is drawn.

   OrdraDmnViews.attach(dmnjs, root, options), before dmnjs.importXML: root holds the switch
   (``nav.dmn-views ul``) and the canvas (``.dmn-canvas``); its data-view is the open view's kind and its
   data-decision-id the page's decision. options: label (the DRD canvas's name), hint (what its keys do),
   pan (given the DRD viewer: a function saying whether plain arrows may pan now), changed (called with the
   open view and its viewer each time dmn-js says which is open). Returns {open(id)}: opens the DRD (id: the
   definitions') or a decision; none if the file has no such element. */
window.OrdraDmnViews = (function () {
  "use strict";

  var MARGIN = 12;  // px between a fitted DRD and what dmn-js lays over the canvas's corner

  /* What the switch calls a view: the DRD, or the decision by its name. */
  function viewName(view) {
    return view.type === "drd" ? "Diagram (DRD)" : view.element.name || view.element.id;
  }

  function Views(dmnjs, root, options) {
    var self = this;
    this.dmnjs = dmnjs;
    this.root = root;
    this.box = root.querySelector(".dmn-canvas");
    this.options = options || {};
    this.keys = null;  // {viewer, bar}: the DRD's pan-zoom keys and buttons, attached once per DRD viewer
    this.switchKey = "";
    this.unfitted = false;  // a DRD drawn and not fitted yet
    this.canvasFocused = false;  // whether the last focus was in the canvas (see keepFocus)
    this.shown = null;  // the element of the view open last
    if (window.OrdraDrdLayout) { window.OrdraDrdLayout.attach(dmnjs); }
    // The canvas takes the DRD's height before dmn-js draws it there, so the drawing is sized to it; a DRD just
    // drawn is fitted once (views.changed also comes on edits that add or rename a decision: the view stays).
    dmnjs.on("import.render.start", function (event) {
      root.dataset.view = event.view.type;
      self.unfitted = event.view.type === "drd";
    });
    dmnjs.on("views.changed", function (event) { self.changed(event.views, event.activeView); });
    document.addEventListener("focusin", function (event) { self.canvasFocused = self.box.contains(event.target); });
  }

  Views.prototype.open = function (id) {
    var view = this.dmnjs.getViews().filter(function (v) { return v.element.id === id; })[0];
    if (!view || view === this.dmnjs.getActiveView()) { return Promise.resolve(); }
    return this.dmnjs.open(view);
  };

  /* Whichever view dmn-js shows now, however it was opened: the switch marks it and the DRD gets its keys and
     buttons. dmn-js says so once the view is drawn (and once before, on import). */
  Views.prototype.changed = function (views, active) {
    this.drawSwitch(views, active);
    if (!active) { return; }
    var viewer = this.dmnjs.getActiveViewer();
    this.root.dataset.view = active.type;
    this.diagramKeys(active.type === "drd" ? viewer : null);
    if (this.options.changed) { this.options.changed(active, viewer); }
    if (active.element !== this.shown) { this.keepFocus(); }  // not on an edit that keeps the view (a rename)
    this.shown = active.element;
  };

  /* A view opened from inside the canvas (a DRD shape's drill-down, a table's "View DRD") took the focused
     button away with the old view: the focus goes to the switch's open view, not back to the page's top. Not
     when the view stays: a DRD name edited with E leaves the focus nowhere a moment, until diagram-js gives it
     back to the canvas. */
  Views.prototype.keepFocus = function () {
    if (!this.canvasFocused || document.activeElement !== document.body) { return; }
    var current = this.root.querySelector(".dmn-views button[aria-current]");
    if (current) { current.focus(); }
  };

  /* The switch: one button per view, the open one aria-current. Rebuilt only when the views change (a
     decision added or renamed), so a button used from the keyboard keeps the focus. */
  Views.prototype.drawSwitch = function (views, active) {
    var list = this.root.querySelector(".dmn-views ul");
    var key = views.map(function (v) { return v.type + "#" + v.element.id + "#" + viewName(v); }).join("|");
    if (key !== this.switchKey) {
      var focused = list.contains(document.activeElement) ? document.activeElement.dataset.view : null;
      this.switchKey = key;
      list.replaceChildren.apply(list, views.map(this.switchItem, this));
      var again = focused && list.querySelector('[data-view="' + CSS.escape(focused) + '"]');
      if (again) { again.focus(); }
    }
    list.querySelectorAll("button").forEach(function (button) {
      if (active && button.dataset.view === active.element.id) { button.setAttribute("aria-current", "true"); }
      else { button.removeAttribute("aria-current"); }
    });
  };

  Views.prototype.switchItem = function (view) {
    var self = this;
    var id = view.element.id;
    var button = window.OrdraStudio.element("button", {type: "button", "class": "secondary", "data-view": id},
                                            viewName(view));
    if (id === this.root.dataset.decisionId) {
      button.title = "The decision this page is for; the test panel evaluates it";
    }
    button.addEventListener("click", function () {
      self.open(id).catch(function (error) {
        if (self.options.failed) { self.options.failed("That view could not be opened: " + error.message); }
      });
    });
    var item = document.createElement("li");
    item.appendChild(button);
    return item;
  };

  /* The DRD's keys and buttons are attached once per DRD viewer, whose canvas dmn-js keeps; the buttons hide
     while another view is open. Each time the DRD is drawn it is fitted to the view. */
  Views.prototype.diagramKeys = function (drd) {
    if (drd && window.OrdraDiagramKeys && (!this.keys || this.keys.viewer !== drd)) {
      if (this.keys) { this.keys.bar.remove(); }
      window.OrdraDiagramKeys.attach(drd, this.box, {
        label: this.options.label, fit: this.fit.bind(this, drd), hint: this.options.hint,
        pan: this.options.pan ? this.options.pan(drd) : null});
      this.keys = {viewer: drd, bar: this.box.previousElementSibling};
    }
    if (this.keys) { this.keys.bar.hidden = !drd; }
    if (drd && this.unfitted) { this.unfitted = !this.fit(drd); }
  };

  /* The whole DRD in view right of the modeler's palette and below the file's name box, which both lie over
     the canvas's top left corner (fit-viewport would put shapes under them); never enlarged past 100 %. False
     while nothing is drawn yet. */
  Views.prototype.fit = function (drd) {
    var canvas = drd.get("canvas");
    canvas.resized();  // the canvas's height follows the view (views.css)
    var box = canvas.viewbox();
    if (!box.inner.width || !box.inner.height) { return false; }
    var frame = this.box.getBoundingClientRect();
    var palette = this.box.querySelector(".djs-palette");
    var name = this.box.querySelector(".dmn-definitions");
    var left = (palette ? palette.getBoundingClientRect().right - frame.left : 0) + MARGIN;
    var top = (name ? name.getBoundingClientRect().bottom - frame.top : 0) + MARGIN;
    var room = {width: box.outer.width - left - MARGIN, height: box.outer.height - top - MARGIN};
    if (room.width <= 0 || room.height <= 0) { canvas.zoom("fit-viewport", "auto"); return true; }
    var scale = Math.min(1, room.width / box.inner.width, room.height / box.inner.height);
    canvas.viewbox({x: box.inner.x - left / scale, y: box.inner.y - top / scale,
                    width: box.outer.width / scale, height: box.outer.height / scale});
    return true;
  };

  function attach(dmnjs, root, options) {
    var views = new Views(dmnjs, root, options);
    return {open: views.open.bind(views)};
  }

  return {attach: attach};
}());
