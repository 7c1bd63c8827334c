"""Styled error pages, the favicon and the API docs page (Swagger UI over openapi.json, vendored)."""
from __future__ import annotations

from pathlib import Path

from flask import Flask

from tests.helpers import REPO


def test_unknown_pages_and_server_errors_get_the_styled_error_page(app: Flask) -> None:
    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production: a bug becomes a 500 page

    @app.get("/boom-for-test")
    def boom() -> str:
        raise RuntimeError("a bug")

    client = app.test_client()
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and b'class="error-page"' in missing.data and b"Not found" in missing.data
    assert client.get("/api/v1/no-such-thing").json["errors"]  # the API still answers JSON

    broken = client.get("/boom-for-test")
    assert broken.status_code == 500 and b"Something went wrong" in broken.data and b"a bug" not in broken.data


def test_favicon_and_api_docs(app: Flask) -> None:
    client = app.test_client()
    assert client.get("/static/favicon.svg").status_code == 200
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and b"vendor/swagger-ui/swagger-ui-bundle.js" in docs.data
    assert b'href="/api/v1/openapi.json"' in docs.data
    vendor = REPO / "app" / "static" / "vendor"
    for bundle in ("swagger-ui/swagger-ui-bundle.js", "swagger-ui/LICENSE", "bpmn-js/LICENSE", "htmx/LICENSE",
                   "bpmn-js/bpmn-navigated-viewer.production.min.js", "htmx/htmx.min.js",
                   "dmn-js/dmn-modeler.production.min.js", "dmn-js/dmn-navigated-viewer.production.min.js"):
        assert Path(vendor / bundle).stat().st_size > 0, bundle
