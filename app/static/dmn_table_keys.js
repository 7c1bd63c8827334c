/* dmn-js's decision table from the keyboard, in the studio's decision editor (its "Keyboard shortcuts" list the
   keys), beyond dmn-js's own (Tab, Enter, Ctrl+C/X/V, Ctrl+Z):

   - Shift+F10 or the menu key on a focused cell opens dmn-js's own context menu for it, as a right-click does
     (its rule's entries); on a column's "Edit input" or "Edit output" button, the column's. Its entries are
     menuitems the focus goes to: the first on opening, ↑ ↓, Tab, Shift+Tab, Home and End move it (past disabled
     ones), Enter or Space uses the one focused (a click: dmn-js does what the mouse's menu does, undone by
     Ctrl+Z), Escape closes the menu. dmn-js's own keys for it (arrows moving a highlight the focus never
     follows, Enter) are not reached from the entries.
   - The focus stays in the table: when what had it goes (a rule cut with Ctrl+X or removed, a column removed, a
     rule added then undone) or a menu closes, dmn-js leaves it on the page's body; it goes instead to the same
     column's cell in the rule now at that place (the previous rule if it was the last), or to the column now at
     that place, or back to the cell the menu was opened from.

   OrdraTableKeys.attach(viewer): viewer is a dmn-js view's (one without a context menu and a sheet, i.e. not a
   decision table's, is left alone). */
(function () {
  "use strict";

  var ENTRY = ".context-menu-group-entry";
  var MENU = ".context-menu-flex";  // the cell's or column's menu, not dmn-js's other pop-ups
  var KEYBOARD_MENU = 1000;  // ms after Shift+F10 during which the browser's own contextmenu event is dropped

  function menuKey(event) {
    return (event.key === "ContextMenu" && !event.shiftKey || event.key === "F10" && event.shiftKey) &&
      !event.ctrlKey && !event.altKey && !event.metaKey;
  }

  function clamp(index, length) { return Math.max(0, Math.min(index, length - 1)); }

  /* Where a node of the table is: a rule's cell {row, col (its column's id, or "annotation"), index} or a column's
     header {head}; null elsewhere (the table's name, hit policy, a menu). */
  function placeOf(node) {
    var cell = node.closest("td[data-coords]");
    if (cell) {
      var row = cell.closest("tr");
      return {row: Array.prototype.indexOf.call(row.parentNode.children, row),
              col: cell.dataset.colId || "annotation",
              index: Array.prototype.indexOf.call(row.querySelectorAll("td[data-coords]"), cell)};
    }
    var head = node.closest("th[data-col-id]");
    if (head) {
      return {head: Array.prototype.indexOf.call(head.closest("tr").querySelectorAll("th[data-col-id]"), head)};
    }
    return null;
  }

  /* What takes the focus at a place now: the cell of that column in the rule at that row (the last rule if there
     are fewer now), or the column's button at that index (the last column's). */
  function atPlace(container, place) {
    if (place.head !== undefined) {
      var heads = container.querySelectorAll("thead th[data-col-id]");
      var head = heads[clamp(place.head, heads.length)];
      return head ? head.querySelector("button.edit-button") || head.querySelector("button") : null;
    }
    var rows = container.querySelectorAll("tbody tr");
    var row = rows[clamp(place.row, rows.length)];
    if (!row) { return null; }
    var cells = row.querySelectorAll("td[data-coords]");
    var cell = place.col === "annotation" ? row.querySelector("td.annotation[data-coords]") :
      row.querySelector('td[data-col-id="' + CSS.escape(place.col) + '"]');
    cell = cell || cells[clamp(place.index, cells.length)];
    return cell ? cell.querySelector("[contenteditable], [tabindex]") : null;
  }

  function entries(menu) {
    return Array.prototype.filter.call(menu.querySelectorAll(ENTRY), function (entry) {
      return !entry.classList.contains("disabled");
    });
  }

  /* dmn-js's menu as a menu: each entry a menuitem (dmn-js leaves the cell's extra ones, e.g. "Add cell
     description", without a role), a disabled one aria-disabled. */
  function decorate(menu) {
    menu.querySelectorAll(ENTRY).forEach(function (entry) {
      entry.setAttribute("role", "menuitem");
      entry.tabIndex = -1;
      entry.setAttribute("aria-disabled", entry.classList.contains("disabled") ? "true" : "false");
    });
  }

  function Keys(viewer) {
    this.contextMenu = viewer.get("contextMenu");
    this.container = viewer.get("renderer").getContainer();
    this.place = null;  // where the focus was last in the table (not in a menu)
    this.inTable = false;  // whether the last focus went into the table
    this.keyOpened = 0;  // when Shift+F10 or the menu key opened a menu
    this.recovery = null;
  }

  /* The menu for the cell or column ``node`` is in, beside it. */
  Keys.prototype.open = function (node) {
    var cell = node.closest("td[data-element-id]");
    var head = !cell && node.closest("th[data-col-id]");
    var id = cell ? cell.dataset.elementId : head && head.dataset.colId;
    if (!id) { return false; }
    var box = (cell || head).getBoundingClientRect();
    this.keyOpened = Date.now();
    this.contextMenu.open({x: box.left, y: box.top, width: box.width, height: box.height},
                          {contextMenuType: "context-menu", id: id});
    return true;
  };

  /* Once dmn-js has drawn its menu (it focuses the menu itself): its entries decorated, the first focused. */
  Keys.prototype.opened = function () {
    var menu = this.container.querySelector(MENU);
    if (!menu) { return; }
    decorate(menu);
    var first = entries(menu)[0];
    if (first) { first.focus(); }
  };

  /* A key in the menu; true if it was the menu's. */
  Keys.prototype.menuKey = function (event, menu) {
    var all = entries(menu);
    var at = all.indexOf(event.target.closest(ENTRY));
    var to = null;
    if (event.key === "ArrowDown" || event.key === "Tab" && !event.shiftKey) { to = at + 1; }
    else if (event.key === "ArrowUp" || event.key === "Tab" && event.shiftKey) { to = at < 0 ? -1 : at - 1; }
    else if (event.key === "Home") { to = 0; }
    else if (event.key === "End") { to = -1; }
    if (to !== null) {
      if (all.length) { all[(to + all.length) % all.length].focus(); }
      return true;
    }
    if (event.key === "Enter" || event.key === " ") {
      if (at >= 0 && !event.repeat) { this.use(all[at]); }
      return true;
    }
    if (event.key === "Escape") {
      this.contextMenu.close();
      this.recover();
      return true;
    }
    return false;
  };

  /* An entry used: dmn-js's action, then its menu closes. A column's stays in the header, on the column now at
     its place (dmn-js would focus the table's first cell when one goes); a rule's leaves the focus where dmn-js
     puts it (a rule added: its cell in the same column), else on the same place. */
  Keys.prototype.use = function (entry) {
    var self = this;
    var head = this.place && this.place.head !== undefined ? this.place : null;
    entry.click();
    if (!head) { return; }
    setTimeout(function () {
      var active = document.activeElement;
      if (active && active.closest("thead")) { return; }
      var target = atPlace(self.container, head);
      if (target) { target.focus(); }
    }, 0);
  };

  /* dmn-js left the focus on the page's body (what had it went, or a menu closed): back to the place it was. */
  Keys.prototype.recover = function () {
    var active = document.activeElement;
    if (!this.inTable || !this.place || (active && active !== document.body)) { return; }
    var target = atPlace(this.container, this.place);
    if (target) { target.focus(); }
  };

  /* Now (dmn-js draws an edit at once) and once more after what dmn-js does next (a menu's close, a selection). */
  Keys.prototype.recoverSoon = function () {
    var self = this;
    this.recover();
    clearTimeout(this.recovery);
    this.recovery = setTimeout(function () { self.recover(); }, 0);
  };

  function attach(viewer) {
    if (!viewer.get("contextMenu", false) || !viewer.get("sheet", false)) { return; }
    var keys = new Keys(viewer);
    var container = keys.container;
    var eventBus = viewer.get("eventBus");
    document.addEventListener("focusin", function (event) {  // capturing: a cell's editor stops the event
      keys.inTable = container.contains(event.target);
      var place = keys.inTable && placeOf(event.target);
      if (place) { keys.place = place; }
    }, true);
    document.addEventListener("mousedown", function (event) {  // a click on nothing focusable leaves the table
      keys.inTable = container.contains(event.target);
    }, true);
    // Capturing, before dmn-js's own handlers on the cells and the document
    container.addEventListener("keydown", function (event) {
      var menu = event.target.closest && event.target.closest(MENU);
      if (menu) {
        if (keys.menuKey(event, menu)) {
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      if (menuKey(event) && !event.target.closest(".context-menu") && keys.open(event.target)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }, true);
    container.addEventListener("contextmenu", function (event) {  // the browser's, for the key just handled
      if (Date.now() - keys.keyOpened < KEYBOARD_MENU && event.button !== 2) {
        keys.keyOpened = 0;
        event.preventDefault();
        event.stopPropagation();
      }
    }, true);
    eventBus.on("contextMenu.open", function (event) {
      if (event.context && event.context.contextMenuType === "context-menu") {
        setTimeout(function () { keys.opened(); }, 0);
      }
    });
    eventBus.on("contextMenu.close", function () { keys.recoverSoon(); });
    eventBus.on("commandStack.changed", function () { keys.recoverSoon(); });
  }

  window.OrdraTableKeys = {attach: attach};
}());
