/* A "Copy" button copies the text of the field its data-copy names (the API token page's new token) and says so
   in the status line beside it; where the clipboard is out of reach (an old browser, a refused permission) it
   selects the text instead, for the person to copy. */
(function () {
  "use strict";

  function say(button, text) {
    var status = document.getElementById("copy-status");
    if (status) { status.textContent = text; }
  }

  function selectAll(field, button) {
    field.focus();
    field.select();
    say(button, "Selected: press Ctrl+C (⌘C on a Mac) to copy it.");
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-copy]");
    if (!button) { return; }
    var field = document.getElementById(button.dataset.copy);
    if (!field) { return; }
    if (!navigator.clipboard || !window.isSecureContext) { selectAll(field, button); return; }
    navigator.clipboard.writeText(field.value).then(function () {
      say(button, "Copied to the clipboard.");
    }, function () { selectAll(field, button); });
  });
}());
