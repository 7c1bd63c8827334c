/* Parts of a page that htmx rebuilds (the tasklist, an order's orchestration view, the jeopardy board, the fallout
   queue, an instance's tasks; most every 4 s) for keyboard and screen-reader users:
   - the keyboard focus stays put: htmx brings it back only to an element with an id, and otherwise leaves it on
     the page's body, so a keyboard user tabbing through the tasklist would be thrown back to the top on every
     poll. The control that had it, found again by what it does and says, gets it back (else the region itself);
   - what changed is said: a region's summary ([data-announce], e.g. "3 open tasks") is read out through the
     page's status line (#announcer, base.html) when its text changes, not the whole region on every poll.
   window.ordraAnnounce(text) says something through the same line (static/order_entry.js). */
(function () {
  "use strict";
  var FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";
  var before = {};  // region id -> what it was just before htmx swapped it

  function announce(text) {
    var line = document.getElementById("announcer");
    if (!line || !text) { return; }
    line.textContent = "";  // the same words again are still news: empty first, so they are read again
    window.setTimeout(function () { line.textContent = text; }, 100);
  }

  function words(node) {
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function summary(region) {
    return words(region.matches("[data-announce]") ? region : region.querySelector("[data-announce]"));
  }

  /* A control across a re-render: where it leads or what it sends, and what it says. */
  function identity(control) {
    var form = control.form;
    return [control.tagName, control.getAttribute("href") || "", form ? form.getAttribute("action") || "" : "",
            control.name || "", control.value || "", words(control)].join("|");
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var region = event.detail.target;
    if (!region || !region.id) { return; }
    var focused = document.activeElement;
    before[region.id] = {summary: summary(region),
                         focus: focused && focused !== region && region.contains(focused) ? identity(focused) : null};
  });

  /* At the swap, not at the settle 20 ms later: in between the focus would sit on the page's body, where a key
     pressed in that moment would act on the page, and a screen reader would read out the page. */
  document.addEventListener("htmx:afterSwap", function (event) {
    var id = event.detail.target && event.detail.target.id;
    var was = id && before[id];
    var region = id && document.getElementById(id);
    if (!was || !region) { return; }
    delete before[id];
    if (was.focus && !region.contains(document.activeElement)) {
      var again = Array.prototype.find.call(region.querySelectorAll(FOCUSABLE),
                                            function (control) { return identity(control) === was.focus; });
      if (!again) { region.tabIndex = -1; again = region; }
      again.focus({preventScroll: true});
    }
    var now = summary(region);
    if (was.summary && now && now !== was.summary) { announce(now); }  // not the first fill of a lazy region
  });

  window.ordraAnnounce = announce;
}());
