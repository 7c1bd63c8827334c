/* A first layout for the DRD of a DMN file that has none (no DMNDI: every DMN file Ordra ships). dmn-js's
   modeler would stack the decisions 30 px apart, one over the other, and leave out the input data, knowledge
   sources and every requirement; its viewer would show no DRD at all (it offers one only for a file with a
   diagram). Here each element gets a row by how deep it lies in the requirements (what nothing in the file is
   required by on top, input data at the bottom) and each requirement an edge from the required element up to
   the one requiring it. It is made as soon as dmn-js has read the file, before it lists the file's views or
   draws any (the modeler's own default then finds a diagram and leaves it); like dmn-js's, the modeler saves it
   with the file once the user edits.

   OrdraDrdLayout.attach(dmnjs): dmnjs is dmn-js's modeler or viewer, before its importXML. */
(function () {
  "use strict";

  var SIZES = {"dmn:Decision": [180, 80], "dmn:InputData": [125, 45], "dmn:KnowledgeSource": [100, 63],
               "dmn:BusinessKnowledgeModel": [135, 46]};
  var ROW = 150;  // px from one row's top to the next
  var COLUMN = 220;  // px from one shape's left to the next in a row
  var LINKS = [["informationRequirement", ["requiredDecision", "requiredInput"]],
               ["knowledgeRequirement", ["requiredKnowledge"]],
               ["authorityRequirement", ["requiredDecision", "requiredInput", "requiredAuthority"]]];

  /* Each requirement of ``element`` as {requirement, id of the element it requires} (same-file hrefs only). */
  function requirements(element) {
    var found = [];
    LINKS.forEach(function (link) {
      (element[link[0]] || []).forEach(function (requirement) {
        link[1].forEach(function (key) {
          var href = requirement[key] && requirement[key].href;
          if (href && href.charAt(0) === "#") { found.push({requirement: requirement, source: href.slice(1)}); }
        });
      });
    });
    return found;
  }

  /* How many requirements lie under each element (0: it requires nothing); a cycle is cut where it closes. */
  function depths(elements) {
    var byId = {};
    var depth = {};
    elements.forEach(function (e) { byId[e.id] = e; });
    function measure(element, visiting) {
      if (depth[element.id] !== undefined) { return depth[element.id]; }
      if (visiting[element.id]) { return 0; }
      visiting[element.id] = true;
      var below = requirements(element).map(function (r) {
        return byId[r.source] ? measure(byId[r.source], visiting) + 1 : 0;
      });
      depth[element.id] = Math.max.apply(null, [0].concat(below));
      return depth[element.id];
    }
    elements.forEach(function (e) { measure(e, {}); });
    return depth;
  }

  /* Bounds per element id (and its row): rows from the deepest (top) down, each row's shapes side by side. */
  function place(elements) {
    var depth = depths(elements);
    var top = Math.max.apply(null, [0].concat(elements.map(function (e) { return depth[e.id]; })));
    var used = {};
    var bounds = {};
    elements.forEach(function (element) {
      var row = top - depth[element.id];
      var size = SIZES[element.$type];
      var column = used[row] = (used[row] || 0) + 1;
      bounds[element.id] = {x: 100 + (column - 1) * COLUMN + (180 - size[0]) / 2,
                            y: 100 + row * ROW + (80 - size[1]) / 2, width: size[0], height: size[1], row: row};
    });
    return bounds;
  }

  /* An edge from the required element (below) up to the one requiring it: straight from top to bottom when
     they are in neighbouring rows; else round the right of every shape (``lane``), not through the rows between. */
  function waypoints(from, to, lane) {
    if (from.row - to.row <= 1) {
      return [{x: from.x + from.width / 2, y: from.y}, {x: to.x + to.width / 2, y: to.y + to.height}];
    }
    var start = {x: from.x + from.width, y: from.y + from.height / 2};
    var end = {x: to.x + to.width, y: to.y + to.height / 2};
    return [start, {x: lane, y: start.y}, {x: lane, y: end.y}, end];
  }

  /* What dmn-js's modeler makes DI with (its drdFactory, which its viewer has not), on the file's own moddle:
     a new element of a type that has ids gets one no element of the file has (``taken``: the file's by id; an
     edge refers to its requirement by id), named as the modeler names them. */
  function Factory(moddle, taken) {
    this.moddle = moddle;
    this.taken = taken || {};
    this.count = 0;
  }

  Factory.prototype.ensureId = function (element) {
    var typed = ["dmn:DMNElement", "dmndi:DMNDiagram", "dmndi:DMNDiagramElement"].some(function (type) {
      return element.$instanceOf(type);
    });
    if (element.id || !typed) { return; }
    var id;
    do { id = element.$type.replace(/^[^:]*:/, "") + "_ordra" + (++this.count); } while (this.taken[id]);
    this.taken[id] = element;
    element.id = id;
  };

  Factory.prototype.create = function (type, attrs) {
    var element = this.moddle.create(type, attrs || {});
    this.ensureId(element);
    return element;
  };

  Factory.prototype.shape = function (element, bounds) {
    return this.create("dmndi:DMNShape", {dmnElementRef: element, bounds: this.create("dc:Bounds", bounds)});
  };

  Factory.prototype.edge = function (requirement, points) {
    var self = this;
    return this.create("dmndi:DMNEdge", {dmnElementRef: requirement, waypoint: points.map(function (p) {
      return self.create("dc:Point", {x: p.x, y: p.y});
    })});
  };

  /* The DI (shapes and edges) of a file without a diagram (``byId``: its elements by id). */
  function layOut(definitions, byId) {
    var factory = new Factory(definitions.$model, Object.assign({}, byId));
    var elements = (definitions.drgElement || []).filter(function (e) { return SIZES[e.$type]; });
    if (!elements.length) { return; }
    var bounds = place(elements);
    var dmnDI = definitions.dmnDI || factory.create("dmndi:DMNDI");
    var diagram = factory.create("dmndi:DMNDiagram");
    var items = [];
    var lane = Math.max.apply(null, elements.map(function (e) { return bounds[e.id].x + bounds[e.id].width; }));
    elements.forEach(function (element) {
      var b = bounds[element.id];
      items.push(factory.shape(element, {x: b.x, y: b.y, width: b.width, height: b.height}));
    });
    elements.forEach(function (element) {
      requirements(element).forEach(function (link) {
        var from = bounds[link.source];
        if (!from) { return; }
        var to = bounds[element.id];
        if (from.row - to.row > 1) { lane += 25; }  // each detour its own lane
        factory.ensureId(link.requirement);  // an edge refers to its requirement by id
        items.push(factory.edge(link.requirement, waypoints(from, to, lane)));
      });
    });
    items.forEach(function (item) { item.$parent = diagram; });
    diagram.set("diagramElements", items);
    diagram.$parent = dmnDI;
    dmnDI.set("diagrams", [diagram]);
    dmnDI.$parent = definitions;
    definitions.set("dmnDI", dmnDI);
  }

  function attach(dmnjs) {
    dmnjs.on("import.parse.complete", function (event) {
      var definitions = event.definitions;
      var dmnDI = definitions && definitions.dmnDI;
      if (definitions && !(dmnDI && dmnDI.diagrams && dmnDI.diagrams[0])) { layOut(definitions, event.elementsById); }
    });
  }

  window.OrdraDrdLayout = {attach: attach};
}());
