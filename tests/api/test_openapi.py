"""The OpenAPI description names every API route, so it cannot drift from the code."""
from __future__ import annotations

import re
from typing import Any


def shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", path))


def test_every_api_route_is_described(app: Any, api: Any) -> None:
    document = api.get("/api/v1/openapi.json", user=None).json
    described = {shape(p): set(ops) for p, ops in document["paths"].items()}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(("/api/v1/", "/tmf-api/")) or rule.rule.endswith("openapi.json"):
            continue
        methods = {m.lower() for m in rule.methods or ()} - {"head", "options"}
        assert shape(rule.rule) in described, f"{rule.rule} is missing from openapi.json"
        assert methods <= described[shape(rule.rule)], f"{rule.rule} {methods} not all described"


def test_the_api_paths_are_generated_from_what_each_route_declares(app: Any, api: Any) -> None:
    """A /api/v1 route is in the document only through its own declaration (``documented``), with
    its path parameters taken from the route; a route that declares nothing is missing (and the test
    above fails for it)."""
    from flask import jsonify

    from app.api.spec import documented
    from app.api.spec import ref

    @documented("A declared test route", tag="test", errors=(409,), response=ref("Task"))
    def declared(item_id: int) -> Any:
        return jsonify({})

    def undeclared() -> Any:
        return jsonify({})

    app.add_url_rule("/api/v1/test-declared/<int:item_id>", view_func=declared)
    app.add_url_rule("/api/v1/test-undeclared", view_func=undeclared)
    paths = api.get("/api/v1/openapi.json", user=None).json["paths"]
    operation = paths["/api/v1/test-declared/{item_id}"]["get"]
    assert operation["summary"] == "A declared test route" and operation["tags"] == ["test"]
    assert operation["parameters"][0]["name"] == "item_id" and operation["parameters"][0]["schema"]["type"] == "integer"
    assert "409" in operation["responses"] and operation["responses"]["200"]["content"]["application/json"]["schema"] \
        == {"$ref": "#/components/schemas/Task"}
    assert "/api/v1/test-undeclared" not in paths


def test_the_tmf_paths_are_generated_from_what_each_route_declares(app: Any, api: Any) -> None:
    """The /tmf-api paths come from the routes' own declarations too (``app.tmf.spec``): a TMF list declares
    its paging and filters, and a TMF route that declares nothing is missing from the document."""
    from flask import jsonify

    from app.api.spec import TEXT
    from app.tmf.spec import tmf_list

    @tmf_list("TMF999 test things", "TMF999", colour=TEXT)
    def declared() -> Any:
        return jsonify([])

    def undeclared() -> Any:
        return jsonify([])

    app.add_url_rule("/tmf-api/testThings/v4/thing", view_func=declared)
    app.add_url_rule("/tmf-api/testThings/v4/other", view_func=undeclared)
    paths = api.get("/api/v1/openapi.json", user=None).json["paths"]
    operation = paths["/tmf-api/testThings/v4/thing"]["get"]
    assert operation["tags"] == ["TMF999"] and operation["summary"].startswith("TMF999 test things; fields=")
    assert {p["name"] for p in operation["parameters"]} == {"offset", "limit", "colour"}
    assert "/tmf-api/testThings/v4/other" not in paths
    assert paths["/tmf-api/productOrderingManagement/v4/productOrder/{order_id}"]["patch"]["tags"] == ["TMF622"]
