/* What the studio's pages share, loaded (deferred) before their own scripts as window.OrdraStudio: building
   elements, debouncing, keeping the last edits as a draft when the page is left, dropping the user's draft
   after a deploy of it, sending an unedited file as it was opened, saying which processes a deploy of a
   decision or form gave a new version, and reading a decision table's input facts. One copy, so the editors
   cannot drift apart. */
window.OrdraStudio = (function () {
  "use strict";

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /* ``fn`` (with the last call's arguments) once ``ms`` after the last call; ``.cancel()`` drops a call still
     waiting, ``.flush()`` makes it now. */
  function debounce(fn, ms) {
    var timer = null;
    var args = null;
    var call = function () {
      args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { timer = null; fn.apply(null, args); }, ms);
    };
    call.cancel = function () { clearTimeout(timer); timer = null; };
    call.flush = function () {
      if (timer === null) { return; }
      call.cancel();
      fn.apply(null, args);
    };
    call.pending = function () { return timer !== null; };
    return call;
  }

  /* The draft is stored 1.5 s after the last edit, so edits made just before leaving the page (a link, the
     studio's menu) were lost: as the page goes, a save still waiting is made at once, and the editor's requests
     from then on are sent keepalive (``fetchOptions``), which the browser completes after the page is gone. */
  function keepDraftOnLeave(editor) {
    window.addEventListener("pagehide", function () {
      editor.leaving = true;
      editor.saveDraft.flush();
    });
  }

  /* ``options`` for fetch, keepalive once the editor's page is going (the browser takes up to 64 kB so; a
     bigger body is sent as usual and may be cut off). */
  function fetchOptions(editor, options) {
    if (editor.leaving && (!options.body || options.body.length < 60000)) { options.keepalive = true; }
    return options;
  }

  /* An editor's method (``this``: an editor with ``saveDraft``, ``draftKept``, ``draftOpen``, ``request``,
     ``savingDraft`` (the save sent last, see :func:`savingDraft`) and a root whose ``data-draft-url`` names its
     draft), called after a deploy. The draft goes only when it is what was deployed: the editor showed it (it was
     opened, or an edit stored it, or one waits to be stored; a save still waiting goes too, else it stored the
     deployed content as a draft again). A draft offered but never opened was not deployed: it is kept, and the
     note says so (a deploy of the unedited page discarded it, and its edits were lost). A save already sent when
     the deploy answered is waited for first: it landed after the deploy and brought the draft back. */
  function discardDraft() {
    var self = this;
    var edited = this.saveDraft.pending();  // an edit waiting to be stored was deployed, and replaces the draft
    this.saveDraft.cancel();
    return Promise.resolve(this.savingDraft).then(function () {
      if (!self.draftKept) { return; }
      var note = self.root.querySelector(".modeler-draft");
      if (!self.draftOpen && !edited) { keptUnopened(note); return; }
      self.draftKept = false;
      self.request("DELETE", self.root.dataset.draftUrl);
      // the note said "Draft saved." (or offered the draft) after the deploy had discarded it
      if (note) { note.textContent = "Draft discarded: it is deployed."; }
    });
  }

  /* The note (which still offers the draft) says the deploy left the unopened draft alone. */
  function keptUnopened(note) {
    if (!note || note.querySelector(".draft-kept")) { return; }
    note.insertBefore(element("span", {"class": "draft-kept"},
                              "Your draft is kept, unopened: it was not deployed. "), note.firstChild);
  }

  /* Keep ``saving`` (an editor's draft save, a promise) as the save sent last, for :func:`discardDraft` to wait
     for; a failed save is no reason not to discard. */
  function savingDraft(editor, saving) {
    editor.savingDraft = saving.catch(function () {});
    return editor.savingDraft;
  }

  /* An editor's file as it is sent (validated, deployed, kept as a draft): the file as opened while the editor's
     modeler (bpmn-js, dmn-js: ``editor.modeler``) writes it as it wrote it on opening, i.e. unedited. They write
     a file their own way (spaces, attribute order), so a deploy of the deployed table unedited stored a new
     version identical to the last (jeopardy_sla v2 = v1) rather than answering "nothing changed". */
  function fileXml(editor) {
    var opened = editor.opened;
    return editor.modeler.saveXML({format: true}).then(function (saved) {
      return opened && saved.xml === opened.written ? opened.xml : saved.xml;
    });
  }

  /* After each import of ``xml`` (the page's file, an opened draft): what :func:`fileXml` compares with. */
  function rememberOpened(editor, xml) {
    return editor.modeler.saveXML({format: true}).then(function (saved) {
      editor.opened = {xml: xml, written: saved.xml};
    });
  }

  /* The processes a deploy of a decision or form gave a new version because they use it: their new instances
     use it, running ones keep their version's. */
  function usersSaid(processes) {
    var users = (processes || []).map(function (p) { return p.id + " (v" + p.version + ")"; });
    return users.length ? " New instances of " + users.join(", ") + " use it." : "";
  }

  var FEEL_KEYWORDS = ["and", "or", "not", "in", "between", "instance", "of", "if", "then", "else", "for", "some",
                       "every", "satisfies", "return", "function", "true", "false", "null"];
  var BINDERS = ["for", "some", "every"];
  var BUILTINS_WITH_KEYWORDS =
    /\b(?:date and time|years and months duration|day of year|day of week|month of year|week of year)\s*\(/g;

  function isName(token) { return /^[A-Za-z_][\w.]*$/.test(token) && FEEL_KEYWORDS.indexOf(token) === -1; }

  /* The fact an input column reads, the one value a test panel asks for: the first name in its expression that
     is neither a function it calls nor a variable it binds; a FEEL name may hold spaces ("Days Late"). The same
     reading as the server's (fact_name in app/studio/decisions.py); tests/studio/fact_names.json holds both. */
  function factName(expression) {
    var text = (expression || "").replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(BUILTINS_WITH_KEYWORDS, "(");
    var tokens = text.match(/[A-Za-z_][\w.]*|\S/g) || [];
    var binding = false;  // the previous token binds the next name (for, some, every)
    var bound = [];
    for (var index = 0; index < tokens.length; index++) {
      if (!isName(tokens[index])) { binding = BINDERS.indexOf(tokens[index]) !== -1; continue; }
      var start = index;
      while (index + 1 < tokens.length && isName(tokens[index + 1])) { index++; }
      var name = tokens.slice(start, index + 1).join(" ");
      if (binding) {
        bound.push(name);
      } else if (tokens[index + 1] !== "(" && bound.indexOf(name.split(".")[0]) === -1) {
        return name;
      }
      binding = false;
    }
    return expression || "";
  }

  /* Facts by name as the decision engine reads them: a path ("order.customer.type") nested. */
  function nestedFacts(flat) {
    var nested = {};
    Object.keys(flat).forEach(function (name) {
      var parts = name.split(".");
      var target = nested;
      parts.slice(0, -1).forEach(function (part) {
        if (typeof target[part] !== "object" || target[part] === null) { target[part] = {}; }
        target = target[part];
      });
      target[parts[parts.length - 1]] = flat[name];
    });
    return nested;
  }

  return {element: element, debounce: debounce, discardDraft: discardDraft, savingDraft: savingDraft,
          keepDraftOnLeave: keepDraftOnLeave, fileXml: fileXml, rememberOpened: rememberOpened,
          fetchOptions: fetchOptions, usersSaid: usersSaid,
          factName: factName, nestedFacts: nestedFacts};
}());
