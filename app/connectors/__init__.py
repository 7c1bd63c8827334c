"""Connectors: the Python side of BPMN service tasks, registered by name.

A connector takes JSON-safe parameters and an idempotency key and returns a JSON-safe result,
or raises ``ConnectorError`` with an error code. The same key must give the same effect once.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from app.errors import DomainError

Connector = Callable[[Mapping[str, Any], str], Any]
_REGISTRY: dict[str, Connector] = {}


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


def register(name: str) -> Callable[[Connector], Connector]:
    def add(fn: Connector) -> Connector:
        _REGISTRY[name] = fn
        return fn
    return add


def names() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


OWN_STEPS = "ordra/"  # Ordra's own service tasks: database work of this application, not another system


def runs_in_database(name: str) -> bool:
    """True for Ordra's own steps, which run inside the transaction that records their result; every other
    connector is called with no transaction open."""
    return name.startswith(OWN_STEPS)


def invoke(name: str, params: Mapping[str, Any], *, idempotency_key: str) -> Any:
    """Call connector ``name``.

    :raises ConnectorError: the connector failed, or none is registered under ``name``.
    """
    _load_builtin()
    connector = _REGISTRY.get(name)
    if connector is None:
        raise ConnectorError("UNKNOWN_CONNECTOR", f"no connector named '{name}' is registered")
    return connector(params, idempotency_key)


def _load_builtin() -> None:
    from app.connectors import billing  # noqa: F401  (registers the demo billing connector)
    from app.connectors import demo  # noqa: F401  (registers the demo connectors)
    from app.connectors import field_service  # noqa: F401  (registers the demo field-service connector)
    from app.orchestration import steps  # noqa: F401  (registers the order's own steps: decompose, close)
