"""The generic REST connector: what a deployment uses to reach its real systems.

Each endpoint is configured under its connector name in ``CONNECTORS`` (``ORDRA_CONNECTORS`` as
JSON), for example::

    {"provisioning/activate": {"url": "https://oss.example.net/activations", "timeout": 10,
                               "retries": 2, "backoff": 0.5, "headers": {"X-Api-Key": "..."},
                               "inputs": {...JSON Schema...}, "outputs": {...JSON Schema...}}}

A call POSTs the parameters as JSON with the idempotency key in a header (``Idempotency-Key``
unless ``idempotency_header`` says otherwise), so the system can answer a repeated call with its
first answer. A timeout, a refused connection, 429 or 5xx is tried again (``retries`` times, waits
``backoff`` × 1, 2, 4... seconds) with the same key; a 2xx JSON object is the result; any other
answer is a ``ConnectorError`` with the system's own error code when its body has one.
"""
from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import SchemaError

from app.config import ConfigError
from app.connectors import Connector
from app.connectors import ConnectorError

_SETTINGS = {"url", "method", "timeout", "retries", "backoff", "headers", "idempotency_header", "inputs",
             "outputs", "description"}
_ANY_OBJECT = {"type": "object"}
RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Endpoint:
    name: str
    url: str
    method: str = "POST"
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 0.5
    headers: tuple[tuple[str, str], ...] = ()
    idempotency_header: str = "Idempotency-Key"

    def __call__(self, params: Mapping[str, Any], key: str) -> Any:
        body = json.dumps(dict(params)).encode()
        for attempt in range(self.retries + 1):
            try:
                return self._send(body, key)
            except _Retryable as exc:
                if attempt == self.retries:
                    raise ConnectorError(exc.code, f"{self.name}: {exc} (after {attempt + 1} attempts)",
                                         exc.response) from None
                time.sleep(self.backoff * 2 ** attempt)
        raise AssertionError("unreachable: the loop returns or raises")

    def _send(self, body: bytes, key: str) -> Any:
        headers = {"Content-Type": "application/json", "Accept": "application/json", **dict(self.headers),
                   self.idempotency_header: key}
        request = urllib.request.Request(self.url, data=body, method=self.method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (configured URL)
                return _json_object(self.name, response.read())
        except urllib.error.HTTPError as exc:
            answer = _json_or_text(exc.read())
            if exc.code in RETRIED_STATUSES:
                raise _Retryable("UNAVAILABLE", f"HTTP {exc.code}", answer) from None
            raise ConnectorError(_error_code(answer, exc.code), f"{self.name}: HTTP {exc.code}: "
                                 f"{_error_message(answer)}", answer) from None
        except TimeoutError:
            raise _Retryable("TIMEOUT", f"no answer within {self.timeout:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError | socket.timeout):
                raise _Retryable("TIMEOUT", f"no answer within {self.timeout:g} s") from None
            raise _Retryable("UNREACHABLE", f"cannot connect: {exc.reason}") from None


class _Retryable(Exception):
    def __init__(self, code: str, message: str, response: Any = None) -> None:
        super().__init__(message)
        self.code, self.response = code, response


def connectors_from_config(settings: Mapping[str, Any]) -> list[Connector]:
    """One REST connector per configured endpoint.

    :raises ConfigError: a setting is unknown, missing or of the wrong kind (named in the message),
        so a bad configuration stops start-up instead of failing the first order.
    """
    if not isinstance(settings, Mapping):
        raise ConfigError("CONNECTORS must be an object of connector name → endpoint settings")
    return [_connector(name, spec) for name, spec in settings.items()]


def _connector(name: str, spec: Any) -> Connector:
    where = f"CONNECTORS[{name!r}]"
    if not isinstance(spec, Mapping) or not isinstance(spec.get("url"), str) or \
            not spec["url"].startswith(("http://", "https://")):
        raise ConfigError(f"{where} needs a 'url' starting with http:// or https://")
    unknown = sorted(set(spec) - _SETTINGS)
    if unknown:
        raise ConfigError(f"{where} has unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(_SETTINGS))}")
    try:
        endpoint = Endpoint(name=name, url=spec["url"], method=str(spec.get("method", "POST")).upper(),
                            timeout=float(spec.get("timeout", 10.0)), retries=int(spec.get("retries", 2)),
                            backoff=float(spec.get("backoff", 0.5)),
                            headers=tuple((str(k), str(v)) for k, v in dict(spec.get("headers") or {}).items()),
                            idempotency_header=str(spec.get("idempotency_header", "Idempotency-Key")))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {exc}") from None
    if endpoint.timeout <= 0 or endpoint.retries < 0 or endpoint.backoff < 0:
        raise ConfigError(f"{where}: timeout must be positive, retries and backoff not negative")
    try:
        return Connector(name, endpoint, kind="rest", description=str(spec.get("description") or endpoint.url),
                         inputs=dict(spec.get("inputs") or _ANY_OBJECT),
                         outputs=dict(spec.get("outputs") or _ANY_OBJECT))
    except SchemaError as exc:
        raise ConfigError(f"{where}: inputs or outputs is not a JSON Schema: {exc.message}") from None


def _json_object(name: str, raw: bytes) -> Any:
    try:
        return json.loads(raw or b"{}")
    except ValueError:
        raise ConnectorError("INVALID_RESPONSE", f"{name} answered with something that is not JSON",
                             {"body": raw[:500].decode(errors="replace")}) from None


def _json_or_text(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return {"body": raw[:500].decode(errors="replace")}


def _error_code(answer: Any, status: int) -> str:
    if isinstance(answer, dict):
        for field in ("code", "error"):
            code = answer.get(field)
            if isinstance(code, str) and code.strip():
                return code.strip()[:100]
    return f"HTTP_{status}"


def _error_message(answer: Any) -> str:
    if isinstance(answer, dict):
        for field in ("message", "reason", "body"):
            message = answer.get(field)
            if isinstance(message, str):
                return message[:500]
    return str(answer)[:500]
