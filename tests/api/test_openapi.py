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
