"""Checking a hub's callback URL and sending one event to it, so a hub cannot be aimed at internal hosts.

A callback is an absolute http(s) URL without credentials. Its host must resolve to public addresses only,
unless ``TMF_HUB_ALLOW_PRIVATE_CALLBACKS`` is set (``ordra demo``, tests): loopback, private, link-local,
reserved and multicast addresses are refused. Registration checks only what needs no network (the URL's form,
an address written in it, ``localhost``): a resolver that is slow to answer held a web worker for as long. The
name is resolved before every delivery, in the job, within ``TMF_HUB_TIMEOUT_SECONDS`` (it may resolve
elsewhere later anyway), and the request, plain or TLS, goes to the address that was checked. Redirects are not
followed (a 3xx is a failed attempt); every request has a timeout.
"""
from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import socket
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as ResolveTimeout
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from flask import current_app

from app.errors import Invalid

SIGNATURE_HEADER = "X-Ordra-Signature"
# Look-ups run here so a delivery can stop waiting for one; a resolver that never answers keeps a thread of
# these few busy, never a job.
_RESOLVER = ThreadPoolExecutor(max_workers=4, thread_name_prefix="hub-dns")


@dataclass(frozen=True)
class Callback:
    scheme: str
    host: str
    port: int
    path: str


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    address: str  # the checked address the request goes to


def _refusal(field: str, message: str) -> Invalid:
    return Invalid(errors=[{"field": field, "message": message}])


def check_callback(url: Any, field: str = "callback") -> Callback:
    """The callback's parts, checked without the network (registration).

    :raises Invalid: not an http(s) URL, with credentials, or naming an internal address or ``localhost``
        (unless allowed), naming ``field``."""
    if not isinstance(url, str) or not url or len(url) > 500:
        raise _refusal(field, "an http or https URL of at most 500 characters")
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise _refusal(field, "not a URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _refusal(field, "must be an absolute http or https URL")
    if parts.username or parts.password:
        raise _refusal(field, "must not carry credentials")
    host = parts.hostname
    if host == "localhost" or host.endswith(".localhost"):  # RFC 6761: always loopback
        _check_public(host, ["127.0.0.1"], field)
    elif _is_address(host):
        _check_public(host, [host], field)
    return Callback(parts.scheme, host, port, (parts.path or "/") + (f"?{parts.query}" if parts.query else ""))


def resolve_callback(url: str) -> Target:
    """The callback's target, its host resolved within ``TMF_HUB_TIMEOUT_SECONDS`` (delivery).

    :raises Invalid: as :func:`check_callback`, or the host does not resolve (in time) or resolves to an
        internal address."""
    callback = check_callback(url)
    lookup = _RESOLVER.submit(socket.getaddrinfo, callback.host, callback.port, type=socket.SOCK_STREAM)
    try:
        infos = lookup.result(timeout=current_app.config["TMF_HUB_TIMEOUT_SECONDS"])
    except ResolveTimeout:
        raise _refusal("callback", f"the host {callback.host!r} did not resolve in time") from None
    except (OSError, UnicodeError):
        raise _refusal("callback", f"the host {callback.host!r} does not resolve") from None
    addresses = [str(info[4][0]) for info in infos]
    _check_public(callback.host, addresses, "callback")
    return Target(callback.scheme, callback.host, callback.port, callback.path, addresses[0])


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    return True


def _check_public(host: str, addresses: list[str], field: str) -> None:
    """:raises Invalid: one of ``addresses`` is not global and internal callbacks are not allowed."""
    if current_app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"]:
        return
    internal = [a for a in addresses if not ipaddress.ip_address(a.split("%")[0]).is_global]
    if internal:
        what = "is an internal address" if internal[0] == host else f"resolves to an internal address ({internal[0]})"
        raise _refusal(field, f"{host} {what}; set TMF_HUB_ALLOW_PRIVATE_CALLBACKS to allow it")


def signature(secret: str, body: bytes) -> str:
    """``sha256=<hex>``: the HMAC-SHA256 of the exact body with the hub's secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def send(url: str, secret: str, payload: dict[str, Any]) -> tuple[int | None, str]:
    """POST ``payload`` to ``url``; ``(status, error)`` where error is "" on a 2xx answer."""
    try:
        target = resolve_callback(url)
    except Invalid as exc:
        return None, exc.errors[0]["message"]
    body = json.dumps(payload, separators=(",", ":")).encode()
    timeout = current_app.config["TMF_HUB_TIMEOUT_SECONDS"]
    connection: http.client.HTTPConnection
    if target.scheme == "https":
        connection = _PinnedHTTPSConnection(target, timeout)
    else:
        connection = http.client.HTTPConnection(target.address, target.port, timeout=timeout)
    try:
        connection.request("POST", target.path, body=body, headers={
            "Content-Type": "application/json", "Host": f"{target.host}:{target.port}",
            SIGNATURE_HEADER: signature(secret, body), "User-Agent": "Ordra-TMF-hub"})
        response = connection.getresponse()
        response.read(65536)
        status = response.status
    except (OSError, http.client.HTTPException) as exc:
        return None, f"{type(exc).__name__}: {exc}"[:500]
    finally:
        connection.close()
    if 200 <= status < 300:
        return status, ""
    return status, f"the listener answered {status}" + (" (redirects are not followed)" if 300 <= status < 400 else "")


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """TLS to the host's name (its certificate is checked against it) over a socket to the address that was
    checked: connecting by name resolved it again, and a name may answer a public address to the check and
    an internal one to the request."""

    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = target.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]
