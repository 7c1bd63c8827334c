// Live prices for order entry (workspace and portal). On every change the whole form is posted
// to its data-preview-url and the price panel is replaced by the HTML fragment that comes back.
// Without JavaScript the "Update prices" button does the same by reloading the page. A screen reader hears the
// new totals (static/live.js's status line) when they change, rather than the whole table.
(() => {
  "use strict";
  const form = document.querySelector("form[data-preview-url]");
  const panel = document.getElementById("price-preview");
  if (!form || !panel) {
    return;
  }
  let timer = null;
  let latest = 0;
  let said = summary();

  function summary() {
    const text = (id) => (document.getElementById(id) || {textContent: ""}).textContent.trim();
    const problems = panel.querySelectorAll("#price-problems li").length;
    const totals = text("total-recurring")
      ? `Order total ${text("total-recurring")}, ${text("total-one-time")} one-time.` : "";
    return `${totals} ${problems ? `${problems} price problem${problems > 1 ? "s" : ""}.` : ""}`.trim();
  }

  async function refresh() {
    const ticket = ++latest;
    panel.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(form.dataset.previewUrl, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      });
      // A slower answer to an older change must not overwrite a newer one.
      if (response.ok && ticket === latest) {
        panel.innerHTML = await response.text();
        panel.dataset.previewed = String(ticket);
        const now = summary();
        if (now !== said && window.ordraAnnounce) {
          window.ordraAnnounce(now || "Prices cleared.");
        }
        said = now;
      }
    } catch (error) {
      // Keep the last prices; the Update prices button still works.
    } finally {
      if (ticket === latest) {
        panel.removeAttribute("aria-busy");
      }
    }
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  }

  form.addEventListener("change", soon);
  form.addEventListener("input", soon);
  if (form.querySelector("fieldset.order-line")) {
    refresh();
  }
})();
