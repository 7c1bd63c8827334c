"""Connectors: the Python side of BPMN service tasks, registered by name on each app.

A connector takes JSON-safe parameters and an idempotency key and returns a JSON-safe result,
or raises ``ConnectorError`` with an error code. The same key must give the same effect once.
Each connector declares its inputs and outputs as JSON Schema: the studio shows them
(``GET /api/v1/connectors``), and ``invoke`` checks both sides of every call against them.

Nothing registers itself by being imported: the app factory (``app.wiring``) registers the
connectors an app has, so a demo app has the simulators and a deployment has its REST endpoints.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from flask import Flask
from flask import current_app
from jsonschema import Draft202012Validator

from app.errors import DomainError
from app.errors import NotFound

Call = Callable[[Mapping[str, Any], str], Any]
_EXTENSION = "ordra_connectors"


class ConnectorError(DomainError):
    """An external system refused or failed the call."""

    def __init__(self, code: str, message: str, response: Any = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.response = response


class Deferred(Exception):
    """Raised by a connector that accepted the request and will answer later.

    The service task then waits (its call is ``waiting``) until the answer is handed to
    ``app.instances.service.resume_waiting_call``.
    """


def schema(properties: Mapping[str, Any], *required: str, more: bool = True) -> dict[str, Any]:
    """A JSON Schema object with ``properties``, of which ``required`` must be present and not empty.

    :param more: whether other properties are allowed (parameters a model adds for its own records).
    """
    props = {name: dict(spec) for name, spec in properties.items()}
    return {"type": "object", "properties": props, "required": list(required), "additionalProperties": more}


@dataclass(frozen=True)
class Connector:
    """A named call with its declared input and output (JSON Schema objects)."""

    name: str
    call: Call
    inputs: dict[str, Any]
    outputs: dict[str, Any]
    description: str = ""
    kind: str = "builtin"  # "builtin" (Ordra's own steps), "demo" (a simulator) or "rest" (a configured endpoint)
    _checkers: tuple[Draft202012Validator, Draft202012Validator] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        Draft202012Validator.check_schema(self.inputs)
        Draft202012Validator.check_schema(self.outputs)
        object.__setattr__(self, "_checkers", (Draft202012Validator(self.inputs), Draft202012Validator(self.outputs)))

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "description": self.description,
                "inputs": self.inputs, "outputs": self.outputs}


def register(app: Flask, connector: Connector) -> None:
    """Make ``connector`` callable by name in ``app`` (the factory's wiring calls this)."""
    app.extensions.setdefault(_EXTENSION, {})[connector.name] = connector


def names() -> list[str]:
    return sorted(_registry())


def all_connectors() -> list[Connector]:
    """Every connector of the current app, by name."""
    return [connector for _, connector in sorted(_registry().items())]


def get(name: str) -> Connector:
    """:raises NotFound: no connector ``name`` in this app."""
    connector = _registry().get(name)
    if connector is None:
        raise NotFound(f"no connector named {name!r}")
    return connector


OWN_STEPS = "ordra/"  # Ordra's own service tasks: database work of this application, not another system


def runs_in_database(name: str) -> bool:
    """True for Ordra's own steps, which run inside the transaction that records their result; every other
    connector is called with no transaction open."""
    return name.startswith(OWN_STEPS)


def invoke(name: str, params: Mapping[str, Any], *, idempotency_key: str) -> Any:
    """Call connector ``name`` after checking ``params`` against its inputs; check its result against its outputs.

    :raises ConnectorError: none is registered under ``name`` (``UNKNOWN_CONNECTOR``), a required
        parameter is missing (``MISSING_DATA``), a parameter or the answer breaks the schema
        (``INVALID_DATA``, ``INVALID_RESPONSE``), or the connector itself failed.
    """
    connector = _registry().get(name)
    if connector is None:
        raise ConnectorError("UNKNOWN_CONNECTOR", f"no connector named '{name}' is registered")
    _check_inputs(connector, params)
    result = connector.call(params, idempotency_key)
    problems = _problems(connector._checkers[1], result)
    if problems:
        raise ConnectorError("INVALID_RESPONSE", f"{name} answered outside its declared outputs: "
                             + "; ".join(p["message"] for p in problems), {"errors": problems, "response": result})
    return result


def declared_answer(name: str) -> dict[str, Any]:
    """The JSON Schema of connector ``name``'s answer (empty: no such connector is registered any more)."""
    connector = _registry().get(name)
    return connector.outputs if connector is not None else {}


def answer_problems(name: str, answer: Any) -> list[dict[str, str]]:
    """How ``answer`` breaks what connector ``name`` declares it answers (none: it does not, or no such
    connector is registered any more), as ``{"field", "message"}``."""
    connector = _registry().get(name)
    return _problems(connector._checkers[1], answer) if connector is not None else []


def _registry() -> dict[str, Connector]:
    registry: dict[str, Connector] = current_app.extensions.get(_EXTENSION, {})
    return registry


def _check_inputs(connector: Connector, params: Mapping[str, Any]) -> None:
    """A required parameter that is absent, null or empty is missing data; anything else refused is invalid."""
    missing = [name for name in connector.inputs.get("required", []) if params.get(name) in (None, "")]
    if missing:
        raise ConnectorError("MISSING_DATA", f"missing parameter(s): {', '.join(missing)}", {"missing": missing})
    problems = _problems(connector._checkers[0], dict(params))
    if problems:
        raise ConnectorError("INVALID_DATA", "; ".join(f"{p['field']}: {p['message']}" for p in problems),
                             {"errors": problems})


def _problems(checker: Draft202012Validator, value: Any) -> list[dict[str, str]]:
    """Schema violations as ``{"field", "message"}``, the field as a dotted path."""
    return [{"field": ".".join(str(p) for p in error.absolute_path) or "(all)", "message": error.message}
            for error in sorted(checker.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path])]
