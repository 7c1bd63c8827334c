"""Checking Ordra's TMF responses against the TM Forum's v4.0.0 Swagger files (vendored in tests/data/tmf).

A response is looked up in its API's spec by method, path template and status code; a status the spec
does not list for that operation is a failure, and the body must validate against the schema the spec
gives for it (``$ref``s resolved within the same Swagger file, date-times checked).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from dataclasses import field
from functools import cache
from typing import Any

from jsonschema import Draft4Validator
from jsonschema import FormatChecker

from tests.helpers import DATA

SPECS = DATA / "tmf" / "specs"
SPEC_FILES = {
    "/tmf-api/productCatalogManagement/v4": "TMF620-ProductCatalog-v4.0.0.swagger.json",
    "/tmf-api/productOrderingManagement/v4": "TMF622-ProductOrdering-v4.0.0.swagger.json",
    "/tmf-api/productInventory/v4": "TMF637-ProductInventory-v4.0.0.swagger.json",
    "/tmf-api/serviceOrdering/v4": "TMF641-ServiceOrdering-v4.0.0.swagger.json",
    "/tmf-api/resourceOrderingManagement/v4": "TMF652-ResourceOrdering-v4.0.0.swagger.json",
}
FORMATS = FormatChecker([])
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMATS.checks("date-time")
def _is_date_time(value: object) -> bool:
    """RFC 3339 (a date, a time and a zone): what Swagger's ``date-time`` means."""
    return not isinstance(value, str) or RFC3339.match(value) is not None


@cache
def spec(base: str) -> dict[str, Any]:
    return json.loads((SPECS / SPEC_FILES[base]).read_text())


def split(url: str) -> tuple[str, str]:
    """``(api base, path below it)`` of a /tmf-api URL, query string dropped."""
    path = url.split("?", 1)[0]
    for base in SPEC_FILES:
        if path.startswith(base + "/"):
            return base, path[len(base):]
    raise AssertionError(f"{url} is under no known TMF API")


def operation(base: str, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    """The spec's path template and operation for ``method path``, or None if the spec has none."""
    for template, operations in spec(base)["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in operations:
            return template, operations[method.lower()]
    return None


def schema_errors(base: str, schema: dict[str, Any], body: Any) -> list[str]:
    document = {**schema, "definitions": spec(base)["definitions"]}
    validator = Draft4Validator(document, format_checker=FORMATS)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(body)'}: {e.message[:200]}"
            for e in validator.iter_errors(body)]


@dataclass
class Contract:
    """Collects every TMF response checked, and what was wrong with each."""

    checked: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    templates: set[tuple[str, str, str]] = field(default_factory=set)

    def check(self, method: str, url: str, response: Any) -> Any:
        base, path = split(url)
        label = f"{method} {url} -> {response.status_code}"
        self.checked.append(label)
        found = operation(base, method, path)
        if found is None:
            self.failures.append(f"{label}: the spec defines no {method} on {path}")
            return response
        template, op = found
        self.templates.add((base, method.upper(), template))
        answer = op.get("responses", {}).get(str(response.status_code))
        if answer is None:
            self.failures.append(f"{label}: status not in the spec ({sorted(op.get('responses', {}))})")
            return response
        schema = answer.get("schema")
        if schema is None:
            if response.data:
                self.failures.append(f"{label}: the spec gives no body, Ordra sent one")
            return response
        errors = schema_errors(base, schema, response.json)
        if "fields=" in url:  # a selection leaves out what the client did not ask for, required or not
            errors = [e for e in errors if "is a required property" not in e]
        self.failures.extend(f"{label}: {e}" for e in errors[:5])
        if len(errors) > 5:
            self.failures.append(f"{label}: ... {len(errors) - 5} more")
        return response

    def summary(self) -> str:
        bad = {f.split(":", 1)[0] for f in self.failures}
        return f"TMF contract: {len(self.checked) - len(bad)}/{len(self.checked)} responses valid against v4.0.0"
