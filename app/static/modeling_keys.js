/* Modelling without a mouse, in bpmn-js's modeler and dmn-js's DRD editor (both built on diagram-js): the
   palette's entries and the selected element's context pad become buttons that Tab reaches (role=button,
   tabindex=0, named by bpmn-js's aria-label or title) and Enter or Space activates, as a click would. Tab goes
   from the canvas to the context pad, then to the palette: their place in bpmn-js's markup.

   A palette "create" entry starts a drag that only a mouse can finish, so from the keyboard the element is
   created at once at the first free place in view (right of the palette, left to right, top to bottom) in the
   container bpmn-js's rules let it go in, selected, and the focus goes back to the canvas, where bpmn-js's own
   keys act on it: E edits its label, R changes its kind, Delete removes it, Ctrl+F finds an element, and Tab
   reaches its context pad, whose "Append" entries add the next element connected to it. The entries are
   decorated as diagram-js draws them (the context pad anew on each selection), so mouse use is unchanged.
   Alt+arrows on the canvas move the selection to the next element that way. The pad's "Connect" entry, whose
   drag too only a mouse finishes, opens instead a filtered list of the elements the rules let it connect to.

   OrdraModelingKeys.attach(diagram): diagram is the bpmn-js modeler or a dmn-js view's viewer (one without a
   palette, e.g. a decision table's, is left alone). */
(function () {
  "use strict";

  var ENTRIES = ".djs-palette .entry, .djs-context-pad .entry";
  var MARGIN = 20;  // diagram units kept free around a created element
  var STEP = 20;
  var ROOM = 200;  // diagram units free right of a created element, for a task appended to it
  var WAYS = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1]};

  function decorate(entry) {
    if (entry.getAttribute("tabindex") === "0") { return; }
    var name = entry.getAttribute("aria-label") || entry.title;
    entry.setAttribute("role", "button");
    entry.tabIndex = 0;
    if (name) {
      entry.setAttribute("aria-label", name);
      entry.title = name;  // bpmn-js 18's palette has only the aria-label: mouse users get the tooltip back
    }
  }

  function box(element) {
    return {x: element.x, y: element.y, width: element.width, height: element.height};
  }

  function overlaps(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  function contains(outer, inner) {
    return outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width &&
      outer.y + outer.height >= inner.y + inner.height;
  }

  /* What is drawn on the open plane (a collapsed sub-process's content lies on another), as boxes: shapes
     whole, connections segment by segment (a diagonal flow's box is mostly empty). */
  function drawn(registry, canvas) {
    var root = canvas.getRootElement();
    var boxes = [];
    registry.getAll().forEach(function (element) {
      if (!element.parent || element.hidden || canvas.findRoot(element) !== root) { return; }
      if (!element.waypoints) { boxes.push({box: box(element), element: element}); return; }
      element.waypoints.slice(1).forEach(function (end, index) {
        var start = element.waypoints[index];
        boxes.push({box: {x: Math.min(start.x, end.x), y: Math.min(start.y, end.y),
                          width: Math.abs(end.x - start.x) || 1, height: Math.abs(end.y - start.y) || 1}});
      });
    });
    return boxes;
  }

  /* The shapes drawn, nearest to a point first. */
  function nearest(boxes, point) {
    function distance(b) {
      var dx = Math.max(b.x - point.x, 0, point.x - b.x - b.width);
      var dy = Math.max(b.y - point.y, 0, point.y - b.y - b.height);
      return dx * dx + dy * dy;
    }
    return boxes.filter(function (b) { return b.element && !b.element.labelTarget; })
      .sort(function (a, b) { return distance(a.box) - distance(b.box); })
      .map(function (b) { return b.element; });
  }

  /* Where an element is for Alt+arrows: a flow's middle, a pool's or lane's (or any container's) title strip
     on its left (its centre lies among what it holds), a shape's centre. */
  function centre(element) {
    var points = element.waypoints;
    if (points === undefined) {
      var holder = element.children.length > 0 || /Lane$/.test(element.type);
      return {x: element.x + (holder ? 15 : element.width / 2), y: element.y + element.height / 2};
    }
    var a = points[Math.floor((points.length - 1) / 2)];
    var b = points[Math.floor(points.length / 2)];
    return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
  }

  /* The element nearest ``from`` in the direction ``way`` ([dx, dy]); off to the side counts double. */
  function nearestWay(elements, from, way) {
    var here = centre(from);
    var best = null;
    var score = Infinity;
    elements.forEach(function (element) {
      var there = centre(element);
      var along = (there.x - here.x) * way[0] + (there.y - here.y) * way[1];
      var across = Math.abs((there.x - here.x) * way[1] + (there.y - here.y) * way[0]);
      if (element !== from && along > 0 && along + 2 * across < score) {
        best = element;
        score = along + 2 * across;
      }
    });
    return best;
  }

  function topLeft(elements) {
    return elements.slice().sort(function (a, b) {
      return centre(a).x + centre(a).y - centre(b).x - centre(b).y;
    })[0];
  }

  /* The width and height of elements as diagram-js's create tool holds them (centred on 0,0). */
  function extent(elements) {
    var shapes = elements.filter(function (e) { return !e.waypoints; });
    var left = Math.min.apply(null, shapes.map(function (e) { return e.x; }));
    var top = Math.min.apply(null, shapes.map(function (e) { return e.y; }));
    return {width: Math.max.apply(null, shapes.map(function (e) { return e.x + e.width; })) - left,
            height: Math.max.apply(null, shapes.map(function (e) { return e.y + e.height; })) - top};
  }

  function Entries(diagram) {
    this.diagram = diagram;
    this.canvas = diagram.get("canvas");
    this.rules = diagram.get("rules");
  }

  /* The innermost shape wholly around the spot that bpmn-js's rules let the elements go in (a shape only
     partly over it makes the spot taken), else the root if they may go there; with ``near``, a spot over
     nothing may also go in the nearest shape that takes them (bpmn-js grows a pool or lane to hold them).
     Null if the spot is no good. */
  Entries.prototype.target = function (spot, position, elements, boxes, near) {
    var around = [];
    for (var i = 0; i < boxes.length; i++) {
      if (!overlaps(boxes[i].box, spot)) { continue; }
      if (!boxes[i].element || !contains(boxes[i].box, spot)) { return null; }
      around.push(boxes[i].element);
    }
    around.sort(function (a, b) { return a.width * a.height - b.width * b.height; });
    around.push(this.canvas.getRootElement());
    if (near && around.length === 1) { around = around.concat(nearest(boxes, position)); }
    for (var j = 0; j < around.length; j++) {
      if (this.allowed(elements, position, around[j])) { return around[j]; }
    }
    return null;
  };

  /* The check diagram-js's create tool makes on a drop. */
  Entries.prototype.allowed = function (elements, position, target) {
    return elements.length === 1 ?
      this.rules.allowed("shape.create", {shape: elements[0], position: position, target: target}) :
      this.rules.allowed("elements.create", {elements: elements, position: position, target: target});
  };

  /* The first free spot in the view right of the palette, scanned in rows: in a container, else next to the
     nearest one (a full pool, which bpmn-js grows); with room on its right for what is appended next (the
     context pad puts it there) before without: {position, target} or null. */
  Entries.prototype.freeSpot = function (elements) {
    var size = extent(elements);
    var view = this.canvas.viewbox();
    var container = this.canvas.getContainer();
    var palette = container.querySelector(".djs-palette");
    var covered = palette ? palette.getBoundingClientRect().right - container.getBoundingClientRect().left : 0;
    var left = view.x + covered / view.scale;
    var boxes = drawn(this.diagram.get("elementRegistry"), this.canvas);
    var tries = [{room: ROOM}, {room: ROOM, near: true}, {room: 0}, {room: 0, near: true}];
    for (var t = 0; t < tries.length; t++) {
      var room = tries[t].room;
      for (var y = view.y + MARGIN; y + size.height + MARGIN <= view.y + view.height; y += STEP) {
        for (var x = left + MARGIN; x + size.width + room + MARGIN <= view.x + view.width; x += STEP) {
          var spot = {x: x - MARGIN, y: y - MARGIN, width: size.width + room + 2 * MARGIN,
                      height: size.height + 2 * MARGIN};
          var position = {x: x + size.width / 2, y: y + size.height / 2};
          var target = this.target(spot, position, elements, boxes, tries[t].near);
          if (target) { return {position: position, target: target}; }
        }
      }
    }
    return null;
  };

  /* The elements a create entry was about to drag (diagram-js centres them on 0,0), placed instead. */
  Entries.prototype.place = function (drag, name) {
    var elements = drag.data.elements;
    var spot = this.freeSpot(elements);
    if (!spot) { say("No free place in view for it: zoom out (−) or pan, and try again."); return; }
    var hints = drag.data.context && drag.data.context.hints || {};
    this.diagram.get("modeling").createElements(elements, spot.position, spot.target, hints);
    var shape = elements.filter(function (e) { return !e.waypoints && !e.labelTarget; })[0];
    this.diagram.get("selection").select(shape);
    this.canvas.focus();
    say(name.replace(/^Create /, "").replace(/^./, function (c) { return c.toUpperCase(); }) +
        " created and selected.");
  };

  /* Enter or Space on an entry: what a click does. A create entry's drag is cancelled and its elements
     placed; an entry whose element goes away with the pad (delete, append) leaves the focus on the canvas. */
  Entries.prototype.activate = function (entry, event) {
    var pad = !entry.closest(".djs-palette");
    if (pad && entry.dataset.action === "connect") {
      var source = this.padTarget();
      if (source) { this.connectList(source); return; }
    }
    var owner = this.diagram.get(pad ? "contextPad" : "palette");
    var dragging = this.diagram.get("dragging");
    owner.triggerEntry(entry.dataset.action, "click", event);
    var drag = dragging.context();
    if (drag && drag.prefix === "create") {
      dragging.cancel();
      this.place(drag, entry.getAttribute("aria-label") || "");
    }
    this.canvas.restoreFocus();
  };

  /* The element whose context pad is open: diagram-js opens it for the one selected element. */
  Entries.prototype.padTarget = function () {
    var selected = this.diagram.get("selection").get();
    return selected.length === 1 ? selected[0] : null;
  };

  /* The shapes on the open plane bpmn-js's (or dmn-js's) rules let ``source`` connect to, by name then id. */
  Entries.prototype.targets = function (source) {
    var rules = this.rules;
    return this.selectable().filter(function (element) {
      return element !== source && !element.waypoints &&
        rules.allowed("connection.create", {source: source, target: element});
    }).sort(function (a, b) {
      return (label(a) + a.id).localeCompare(label(b) + b.id);
    });
  };

  /* The context pad's connect entry from the keyboard: instead of the drag only a mouse can finish, a labelled
     text box filtering a listbox of the elements the source may connect to (arrow keys choose, Enter connects,
     Escape cancels); the focus goes back to the canvas either way. Keys typed in it stay out of bpmn-js's
     shortcuts (those listen on the canvas's svg, a sibling of the list) and of the entries' keys. */
  Entries.prototype.connectList = function (source) {
    var self = this;
    var container = this.canvas.getContainer();
    var old = container.querySelector(".ordra-connect");
    if (old) { old.remove(); }
    var choices = this.targets(source);
    var seq = ++connectLists;
    var box = document.createElement("div");
    box.className = "ordra-connect";
    box.setAttribute("role", "dialog");
    var title = "Connect " + describe(source) + " to";
    box.setAttribute("aria-label", title);
    var field = document.createElement("label");
    field.textContent = title;
    field.htmlFor = "ordra-connect-input-" + seq;
    var input = document.createElement("input");
    input.type = "text";
    input.id = field.htmlFor;
    input.autocomplete = "off";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "true");
    var list = document.createElement("ul");
    list.id = "ordra-connect-list-" + seq;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Elements it may connect to");
    input.setAttribute("aria-controls", list.id);
    var hint = document.createElement("p");
    hint.className = "ordra-connect-hint";
    hint.textContent = "Type to filter, ↑ ↓ choose, Enter connects, Escape cancels.";
    box.append(field, input, list, hint);
    var shown = [];
    var active = 0;

    function show() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      shown = choices.filter(function (element) {
        var text = describe(element).toLowerCase();
        return words.every(function (word) { return text.indexOf(word) >= 0; });
      });
      active = Math.min(active, Math.max(shown.length - 1, 0));
      list.textContent = "";
      shown.forEach(function (element, index) {
        var option = document.createElement("li");
        option.id = list.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", index === active ? "true" : "false");
        option.dataset.elementId = element.id;
        option.textContent = describe(element);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { choose(element); });
        list.appendChild(option);
      });
      if (!shown.length) {
        var none = document.createElement("li");
        none.className = "ordra-connect-none";
        none.textContent = choices.length ? "No element matches." : "Nothing it may connect to.";
        list.appendChild(none);
      }
      var current = list.querySelector('[aria-selected="true"]');
      if (current) {
        input.setAttribute("aria-activedescendant", current.id);
        current.scrollIntoView({block: "nearest"});
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {  // the canvas focused first: a focused input removed leaves the focus on the page's body
      self.canvas.focus();
      box.remove();
    }

    function choose(target) {
      close();
      var connection = self.diagram.get("modeling").connect(source, target);
      if (!connection) { say("Could not connect them."); return; }
      self.diagram.get("selection").select(connection);
      var kind = connection.type.replace(/^\w+:/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
      say(kind.charAt(0) + kind.slice(1).toLowerCase() + " from " + describe(source) + " to " +
          describe(target) + " created and selected.");
    }

    input.addEventListener("input", function () { active = 0; show(); });
    input.addEventListener("keydown", function (event) {
      event.stopPropagation();
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (shown.length) {
          active = (active + (event.key === "ArrowDown" ? 1 : shown.length - 1)) % shown.length;
          show();
        }
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (shown[active]) { choose(shown[active]); }
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
        say("Connecting cancelled.");
      }
    });
    box.addEventListener("focusout", function (event) {
      if (!box.contains(event.relatedTarget) && box.isConnected) { box.remove(); }
    });
    container.appendChild(box);
    show();
    input.focus();
    say(choices.length ? choices.length + " elements it may connect to." : "Nothing it may connect to.");
  };

  /* What may be selected on the open plane: not the root, not a label. */
  Entries.prototype.selectable = function () {
    var canvas = this.canvas;
    var root = canvas.getRootElement();
    return this.diagram.get("elementRegistry").filter(function (element) {
      return element.parent && !element.labelTarget && canvas.findRoot(element) === root;
    });
  };

  /* Alt+arrow on the canvas: the selection goes to the nearest element that way, flows and lanes included
     (their properties matter), or to the top left one when nothing is selected. bpmn-js has no key for it (its
     plain arrows move the selected element). True if the key was one of these. */
  Entries.prototype.step = function (event) {
    var way = WAYS[event.key];
    if (!way || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return false; }
    var selection = this.diagram.get("selection");
    var from = selection.get()[0];
    var to = from ? nearestWay(this.selectable(), from, way) : topLeft(this.selectable());
    if (to) {
      selection.select(to);
      this.canvas.scrollToElement(to);
      say((to.businessObject.name ? to.businessObject.name + ", " : "") + to.type.replace(/^\w+:/, ""));
    }
    return true;
  };

  var connectLists = 0;

  function label(element) {
    var name = element.businessObject && element.businessObject.name;
    return name ? String(name).replace(/\s+/g, " ").trim() : "";
  }

  /* An element as the connect list names it: its name (or its kind when it has none) and its id. */
  function describe(element) {
    var name = label(element) || element.type.replace(/^\w+:/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
    return name + " (" + element.id + ")";
  }

  /* Escape on the canvas clears the selection: without it a keyboard user could not get back to "nothing
     selected", where arrow keys pan instead of moving the element. Not while a tool or a drag waits for the mouse
     (Escape drops it, as before), and only if nothing of bpmn-js's handled the key first (its priority is low). */
  function deselect(diagram, event) {
    if (event.key !== "Escape" || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) { return false; }
    var dragging = diagram.get("dragging", false);
    var selection = diagram.get("selection");
    if ((dragging && dragging.context()) || !selection.get().length) { return false; }
    selection.select(null);
    say("Nothing selected: arrow keys pan the diagram.");
    return true;
  }

  function say(text) {
    if (window.ordraAnnounce) { window.ordraAnnounce(text); }
  }

  function attach(diagram) {
    if (!diagram.get("palette", false)) { return; }
    var container = diagram.get("canvas").getContainer();
    var entries = new Entries(diagram);
    function decorateAll() { container.querySelectorAll(ENTRIES).forEach(decorate); }
    decorateAll();
    var observer = new MutationObserver(decorateAll);  // the pad's entries are drawn anew for each selection
    container.querySelectorAll(".djs-palette, .djs-context-pad-parent").forEach(function (part) {
      observer.observe(part, {childList: true, subtree: true});
    });
    var keyboard = diagram.get("keyboard", false);
    if (keyboard) {  // before bpmn-js's arrows (1500), which would move the selection
      keyboard.addListener(2500, function (context) { return entries.step(context.keyEvent) || undefined; });
      keyboard.addListener(500, function (context) { return deselect(diagram, context.keyEvent) || undefined; });
    }
    container.addEventListener("keydown", function (event) {
      var entry = event.target.closest && event.target.closest(ENTRIES);
      if (!entry || (event.key !== "Enter" && event.key !== " ") || event.repeat) { return; }
      event.preventDefault();  // Space would scroll the page
      entries.activate(entry, event);
    });
  }

  window.OrdraModelingKeys = {attach: attach};
}());
