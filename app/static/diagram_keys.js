/* Panning and zooming a bpmn-js (or dmn-js DRD) diagram without a mouse: a row of buttons above the canvas
   (zoom in, zoom out, fit, and a pan button per direction, for keyboard and touch users) and keys on the
   canvas itself. bpmn-js 18 makes the canvas's <svg> focusable and binds its keyboard there; its viewer pans
   only with Ctrl+arrows and has no zoom keys (those come with the modeler's editor actions), so plain keys
   are added through its own keyboard service: arrows pan (Shift: faster), + and - zoom a step, 0 fits. A
   diagram without a keyboard service (dmn-js's navigated viewer) gets the same keys on its canvas.
   The moves are bpmn-js's own: keyboardMove.moveCanvas, zoomScroll.stepZoom and canvas.zoom("fit-viewport").

   OrdraDiagramKeys.attach(diagram, box, options): diagram is the bpmn-js instance (or a dmn-js viewer),
   box the element holding its canvas. options: label (the canvas's name), fit (how 0 and "Fit" fit; default
   bpmn-js's fit-viewport), buttons (false: the page has its own zoom buttons), pan (a function saying whether
   plain arrows may pan now: the modeler moves the selected elements with them), hint (what the keys do, said
   to screen readers with the canvas's name). */
(function () {
  "use strict";

  var MIN_ZOOM = 0.2;  // zoomScroll's own bounds: a step out below it would clamp up, i.e. zoom in
  var KEYS = {ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down"};
  var PAN = [["left", "←", "Pan left"], ["up", "↑", "Pan up"], ["down", "↓", "Pan down"], ["right", "→", "Pan right"]];
  var HINT = "In the diagram: arrow keys pan (Shift: faster), + and − zoom, 0 fits it to the view.";
  var counter = 0;

  function button(symbol, name, act) {
    var node = document.createElement("button");
    node.type = "button";
    node.className = "secondary";
    node.textContent = symbol;
    if (name !== symbol) { node.setAttribute("aria-label", name); }
    node.title = name;
    node.addEventListener("click", act);
    return node;
  }

  function Navigation(diagram, options) {
    this.canvas = diagram.get("canvas");
    this.zoomScroll = diagram.get("zoomScroll", false);
    this.keyboardMove = diagram.get("keyboardMove", false);
    this.options = options;
  }

  Navigation.prototype.zoom = function (step) {
    if (step < 0 && this.canvas.zoom() <= MIN_ZOOM + 1e-6) { return; }  // at the floor already (or a fit below it)
    if (this.zoomScroll) { this.zoomScroll.stepZoom(step); } else { this.canvas.zoom(this.canvas.zoom() * (step > 0 ? 1.2 : 1 / 1.2)); }
  };

  Navigation.prototype.fit = function () {
    if (this.options.fit) { this.options.fit(); } else { this.canvas.zoom("fit-viewport", "auto"); }
  };

  Navigation.prototype.pan = function (direction, fast) {
    var speed = fast ? 200 : 50;
    if (this.keyboardMove) { this.keyboardMove.moveCanvas({speed: speed, direction: direction}); return; }
    var d = {left: [speed, 0], right: [-speed, 0], up: [0, speed], down: [0, -speed]}[direction];
    this.canvas.scroll({dx: d[0], dy: d[1]});
  };

  /* A key pressed on the canvas: true if it was one of ours. Ctrl/Cmd and Alt combinations are left to
     bpmn-js and the browser. */
  Navigation.prototype.key = function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return false; }
    if (KEYS[event.key]) {
      if (this.options.pan && !this.options.pan()) { return false; }
      this.pan(KEYS[event.key], event.shiftKey);
      return true;
    }
    if (event.key === "+" || event.key === "=") { this.zoom(1); return true; }
    if (event.key === "-" || event.key === "_") { this.zoom(-1); return true; }
    if (event.key === "0") { this.fit(); return true; }
    return false;
  };

  /* The keys, through bpmn-js's keyboard (bound to the focused canvas): a listener that returns true has
     handled the key (bpmn-js then prevents the browser's default, e.g. the page scrolling on an arrow key);
     without one, on the canvas itself. */
  Navigation.prototype.bindKeys = function (keyboard, svg) {
    var self = this;
    if (keyboard) {
      keyboard.addListener(2000, function (context) { return self.key(context.keyEvent) || undefined; });
    } else if (svg) {
      svg.addEventListener("keydown", function (event) { if (self.key(event)) { event.preventDefault(); } });
    }
  };

  Navigation.prototype.toolbar = function (hintId) {
    var self = this;
    var bar = document.createElement("div");
    bar.className = "diagram-tools";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Pan and zoom " + (this.options.label || "the diagram").replace(/^./, function (c) { return c.toLowerCase(); }));
    bar.appendChild(button("+", "Zoom in", function () { self.zoom(1); }));
    bar.appendChild(button("−", "Zoom out", function () { self.zoom(-1); }));
    bar.appendChild(button("Fit", "Fit to view", function () { self.fit(); }));
    PAN.forEach(function (pan) {
      bar.appendChild(button(pan[1], pan[2], function () { self.pan(pan[0], false); }));
    });
    var hint = document.createElement("span");
    hint.className = "muted diagram-keys";
    hint.id = hintId;
    hint.textContent = this.options.hint || HINT;
    bar.appendChild(hint);
    return bar;
  };

  /* The step the keyboard focus moves to is scrolled into the canvas's view (bpmn-js's scrollToElement), then
     the browser's own focus scrolling brings the canvas, with the step now inside it, onto the screen. */
  function followFocus(diagram, svg) {
    var canvas = diagram.get("canvas");
    var registry = diagram.get("elementRegistry");
    svg.addEventListener("focusin", function (event) {
      var gfx = event.target.closest && event.target.closest(".djs-element[data-element-id]");
      var element = gfx && registry.get(gfx.getAttribute("data-element-id"));
      if (element && element.parent) { canvas.scrollToElement(element, 30); }
    });
  }

  function attach(diagram, box, options) {
    options = options || {};
    var keyboard = diagram.get("keyboard", false);
    var svg = (keyboard && keyboard.getBinding()) || diagram.get("canvas").getContainer().querySelector("svg");
    var nav = new Navigation(diagram, options);
    var hintId = "diagram-keys-" + (++counter);
    if (options.buttons !== false) {
      box.parentNode.insertBefore(nav.toolbar(hintId), box);
    } else {
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.id = hintId;
      hidden.textContent = options.hint || HINT;
      box.parentNode.insertBefore(hidden, box);
    }
    if (svg) {
      svg.setAttribute("tabindex", "0");
      svg.setAttribute("role", "group");
      svg.setAttribute("aria-label", options.label || "Diagram");
      svg.setAttribute("aria-describedby", hintId);
      followFocus(diagram, svg);
    }
    nav.bindKeys(keyboard, svg);
    return nav;
  }

  window.OrdraDiagramKeys = {attach: attach};
}());
