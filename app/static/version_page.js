/* The version page's admin tools: run the saved test cases, and move running instances to another version
   (dry run first, then background jobs whose progress is polled until the report is complete). */
(function () {
  "use strict";

  var studio = window.OrdraStudio;
  var element = studio.element;

  function post(url, csrf, body) {
    return fetch(url, {method: "POST", credentials: "same-origin", body: JSON.stringify(body || {}),
                       headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrf}})
      .then(function (response) { return response.json().then(function (json) { return {status: response.status, body: json}; }); });
  }

  function runCases(button) {
    var list = document.querySelector(".case-results");
    post(button.dataset.url, button.dataset.csrf).then(function (answer) {
      list.replaceChildren();
      (answer.body.cases || []).forEach(function (c) {
        list.appendChild(element("li", {"class": c.passed ? "passed" : "failed"},
          (c.passed ? "✓ " : "✗ ") + c.name + (c.passed ? "" : ": " + c.first_difference.message)));
      });
    });
  }

  function Migration(root) {
    this.root = root;
    this.status = root.querySelector(".migration-status");
    this.rows = root.querySelector(".migration-report tbody");
  }

  Migration.prototype.body = function (dryRun) {
    var text = (this.root.querySelector(".migration-instances").value || "").trim();
    var instances = !text || text === "all" ? "all" : text.split(/[\s,]+/).filter(Boolean).map(Number);
    return {from_version: Number(this.root.dataset.from), to_version: Number(this.root.querySelector(".migration-target").value),
            instances: instances, at: this.root.querySelector(".migration-at").value, dry_run: dryRun};
  };

  Migration.prototype.table = function (rows, verdict) {
    var self = this;
    this.rows.replaceChildren();
    this.rows.closest("table").hidden = !rows.length;  // no bare header before a dry run, or for none
    rows.forEach(function (row) {
      var tr = element("tr", {"data-instance": String(row.id)});
      tr.appendChild(element("td", {}, "#" + row.id));
      tr.appendChild(element("td", {"class": "verdict"}, verdict(row)));
      tr.appendChild(element("td", {}, row.reason || ""));
      self.rows.appendChild(tr);
    });
  };

  Migration.prototype.dryRun = function () {
    var self = this;
    var confirm = this.root.querySelector(".migration-confirm");
    post(this.root.dataset.url, this.root.dataset.csrf, this.body(true)).then(function (answer) {
      if (answer.status !== 200) {
        self.status.textContent = (answer.body.errors || []).map(function (e) { return e.message; }).join("; ");
        return;
      }
      var movable = answer.body.instances.filter(function (r) { return r.movable; }).length;
      self.table(answer.body.instances, function (r) { return r.movable ? "can move" : "cannot move"; });
      self.status.textContent = "Dry run: " + movable + " of " + answer.body.instances.length + " instance(s) can move. Nothing changed yet.";
      confirm.disabled = movable === 0;
    });
  };

  Migration.prototype.run = function () {
    var self = this;
    this.root.querySelector(".migration-confirm").disabled = true;
    post(this.root.dataset.url, this.root.dataset.csrf, this.body(false)).then(function (answer) {
      if (answer.status !== 202) {
        self.status.textContent = (answer.body.errors || []).map(function (e) { return e.message; }).join("; ");
        return;
      }
      self.follow(answer.body);
    });
  };

  Migration.prototype.follow = function (migration) {
    var self = this;
    var p = migration.progress;
    this.table(migration.instances, function (r) { return r.status; });
    this.status.textContent = "Migration #" + migration.id + ": " + p.done + " of " + p.total + " done — " + p.moved +
      " moved, " + p.skipped + " left where they were, " + p.failed + " failed" + (migration.status === "finished" ? "." : "…");
    if (migration.status === "finished" && p.moved > 0) { this.countsOutdated(); }
    if (migration.status !== "finished") {
      setTimeout(function () {
        fetch(self.root.dataset.progressUrl.replace(/\/0$/, "/" + migration.id),
              {credentials: "same-origin", headers: {"Accept": "application/json"}})
          .then(function (response) { return response.json(); }).then(function (next) { self.follow(next); });
      }, 1000);
    }
  };

  /* The header's count and the diagram's badges were counted when the page loaded: say so once instances
     moved away, rather than show them as they were. */
  Migration.prototype.countsOutdated = function () {
    var count = document.querySelector(".running-count");
    var note = document.querySelector(".running-note");
    if (count) { count.textContent = "running instances counted before the migration"; }
    if (note) {
      note.replaceChildren("The badges count the instances that stood here before the migration moved some away. ");
      var recount = element("a", {"href": window.location.pathname}, "Count them again");
      note.appendChild(recount);
      note.appendChild(document.createTextNode("."));
    }
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".run-cases").forEach(function (button) {
      button.addEventListener("click", function () { runCases(button); });
    });
    var root = document.querySelector(".instance-migration");
    if (!root || !root.querySelector(".migration-dry-run")) { return; }
    var migration = new Migration(root);
    root.querySelector(".migration-dry-run").addEventListener("click", function () { migration.dryRun(); });
    root.querySelector(".migration-confirm").addEventListener("click", function () { migration.run(); });
  });
}());
