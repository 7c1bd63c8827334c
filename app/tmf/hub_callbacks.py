"""Checking a hub's callback URL and sending one event to it, so a hub cannot be aimed at internal hosts.

A callback is an absolute http(s) URL without credentials. Its host must resolve to public addresses only,
unless ``TMF_HUB_ALLOW_PRIVATE_CALLBACKS`` is set (``ordra demo``, tests): loopback, private, link-local,
reserved and multicast addresses are refused. The check is made when the hub is registered and again before
every delivery (the name may resolve elsewhere later), and the request goes to the address that was checked.
Redirects are not followed (a 3xx is a failed attempt); every request has a timeout.
"""
from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from flask import current_app

from app.errors import Invalid

SIGNATURE_HEADER = "X-Ordra-Signature"


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    address: str  # the checked address the request goes to


def check_callback(url: Any, field: str = "callback") -> Target:
    """The callback's target. :raises Invalid: not an allowed http(s) URL, naming ``field``."""
    def refuse(message: str) -> Invalid:
        return Invalid(errors=[{"field": field, "message": message}])

    if not isinstance(url, str) or not url or len(url) > 500:
        raise refuse("an http or https URL of at most 500 characters")
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise refuse("not a URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise refuse("must be an absolute http or https URL")
    if parts.username or parts.password:
        raise refuse("must not carry credentials")
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise refuse(f"the host {parts.hostname!r} does not resolve") from None
    addresses = [str(info[4][0]) for info in infos]
    if not current_app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"]:
        internal = [a for a in addresses if not ipaddress.ip_address(a.split("%")[0]).is_global]
        if internal:
            raise refuse(f"{parts.hostname} resolves to an internal address ({internal[0]}); "
                         "set TMF_HUB_ALLOW_PRIVATE_CALLBACKS to allow it")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(parts.scheme, parts.hostname, port, path, addresses[0])


def signature(secret: str, body: bytes) -> str:
    """``sha256=<hex>``: the HMAC-SHA256 of the exact body with the hub's secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def send(url: str, secret: str, payload: dict[str, Any]) -> tuple[int | None, str]:
    """POST ``payload`` to ``url``; ``(status, error)`` where error is "" on a 2xx answer."""
    try:
        target = check_callback(url)
    except Invalid as exc:
        return None, exc.errors[0]["message"]
    body = json.dumps(payload, separators=(",", ":")).encode()
    timeout = current_app.config["TMF_HUB_TIMEOUT_SECONDS"]
    connection: http.client.HTTPConnection
    if target.scheme == "https":
        connection = http.client.HTTPSConnection(target.host, target.port, timeout=timeout)
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
