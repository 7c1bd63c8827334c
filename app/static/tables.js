/* On a phone the rows of a table.list become cards (ordra.css) and a cell's column heading is shown before its
   value from its data-label. Cells the template did not label take their column's heading here, so a card reads
   "Monthly total: £79.50" rather than a bare "£79.50"; tables htmx swaps in are labelled too. */
(function () {
  "use strict";

  function headings(table) {
    var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    var names = [];
    if (!head) { return names; }
    Array.prototype.forEach.call(head.cells, function (cell) {
      for (var i = 0; i < cell.colSpan; i++) { names.push(i === 0 ? cell.textContent.replace(/\s+/g, " ").trim() : ""); }
    });
    return names;
  }

  function label() {
    document.querySelectorAll("table.list").forEach(function (table) {
      var names = headings(table);
      if (!names.length) { return; }
      Array.prototype.forEach.call(table.tBodies, function (body) { labelRows(body.rows, names); });
      if (table.tFoot) { labelRows(table.tFoot.rows, names); }
    });
  }

  function labelRows(rows, names) {
    Array.prototype.forEach.call(rows, function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        var name = names[column];
        if (cell.tagName === "TD" && cell.colSpan === 1 && name && !cell.hasAttribute("data-label")) {
          cell.setAttribute("data-label", name);
        }
        column += cell.colSpan;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", label);
  document.addEventListener("htmx:afterSettle", label);
})();
