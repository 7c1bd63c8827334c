/* Swagger UI over Ordra's OpenAPI description (the link on the page names the document). */
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var link = document.querySelector("a[href$='openapi.json']");
  window.SwaggerUIBundle({url: link.getAttribute("href"), dom_id: "#swagger-ui", deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis], layout: "BaseLayout"});
});
