/* What the studio's pages share, loaded (deferred) before their own scripts as window.OrdraStudio: building
   elements, debouncing, dropping the user's draft after a deploy, and saying which processes a deploy of a
   decision or form gave a new version. One copy, so the editors cannot drift apart. */
window.OrdraStudio = (function () {
  "use strict";

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /* ``fn`` (with the last call's arguments) once ``ms`` after the last call; ``.cancel()`` drops a call still
     waiting. */
  function debounce(fn, ms) {
    var timer = null;
    var call = function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, ms);
    };
    call.cancel = function () { clearTimeout(timer); };
    return call;
  }

  /* An editor's method (``this``: an editor with ``saveDraft``, ``draftKept``, ``request`` and a root whose
     ``data-draft-url`` names its draft). After a deploy the draft is what was deployed, so it goes, and so does a
     save still waiting (it stored the deployed content as a draft again after the deploy). */
  function discardDraft() {
    this.saveDraft.cancel();
    if (!this.draftKept) { return; }
    this.draftKept = false;
    this.request("DELETE", this.root.dataset.draftUrl);
  }

  /* The processes a deploy of a decision or form gave a new version because they use it: their new instances
     use it, running ones keep their version's. */
  function usersSaid(processes) {
    var users = (processes || []).map(function (p) { return p.id + " (v" + p.version + ")"; });
    return users.length ? " New instances of " + users.join(", ") + " use it." : "";
  }

  return {element: element, debounce: debounce, discardDraft: discardDraft, usersSaid: usersSaid};
}());
