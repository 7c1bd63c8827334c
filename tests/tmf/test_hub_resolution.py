"""A hub's callback host is resolved at delivery, in the job and within a timeout, never in the request that
registers it: a slow resolver held a web worker for as long as it took (``socket.getaddrinfo`` has no timeout)."""
from __future__ import annotations

import socket
import time
from typing import Any

import pytest
from flask import Flask

from app.tmf.hub_callbacks import send

PO = "/tmf-api/productOrderingManagement/v4"
PUBLIC = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80))]
INTERNAL = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80))]


def _resolver(answer: list[Any], *, seconds: float = 0.0) -> Any:
    def getaddrinfo(*_args: Any, **_kwargs: Any) -> list[Any]:
        time.sleep(seconds)
        return answer
    return getaddrinfo


def test_registering_a_hub_resolves_nothing(api: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _resolver(PUBLIC, seconds=3))
    started = time.monotonic()
    hub = api.post(f"{PO}/hub", user="agent", json={"callback": "https://listener.example/events"})
    assert hub.status_code == 201, hub.json
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("callback", ["http://localhost:8080/x", "http://api.localhost/x", "http://[fe80::1]/x",
                                      "http://0.0.0.0/x"])
def test_an_internal_host_written_in_the_url_is_still_refused_at_registration(api: Any, callback: str) -> None:
    refused = api.post(f"{PO}/hub", user="agent", json={"callback": callback})
    assert refused.status_code == 400 and refused.json["errors"][0]["field"] == "callback", refused.json


def test_a_delivery_to_a_name_resolving_to_an_internal_address_is_refused(
        app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _resolver(INTERNAL))
    with app.app_context():
        status, error = send("http://listener.example/x", "s" * 16, {"event": {}})
    assert status is None
    assert error == ("listener.example resolves to an internal address (10.0.0.7); "
                     "set TMF_HUB_ALLOW_PRIVATE_CALLBACKS to allow it")


def test_a_delivery_waits_for_a_slow_resolver_no_longer_than_its_timeout(
        app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _resolver(PUBLIC, seconds=3))
    app.config["TMF_HUB_TIMEOUT_SECONDS"] = 0.3
    started = time.monotonic()
    with app.app_context():
        status, error = send("http://listener.example/x", "s" * 16, {"event": {}})
    assert (status, error) == (None, "the host 'listener.example' did not resolve in time")
    assert time.monotonic() - started < 1.5


def test_a_tls_delivery_connects_to_the_address_that_was_checked(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """HTTPS connected by name, resolving it again: a name may answer a public address to the check and an
    internal one to the request."""
    monkeypatch.setattr(socket, "getaddrinfo", _resolver(PUBLIC))
    dialled: list[Any] = []

    def create_connection(address: Any, *_args: Any, **_kwargs: Any) -> Any:
        dialled.append(address)
        raise ConnectionRefusedError(111, "refused")
    monkeypatch.setattr(socket, "create_connection", create_connection)
    with app.app_context():
        status, error = send("https://listener.example/x", "s" * 16, {"event": {}})
    assert status is None and error.startswith("ConnectionRefusedError")
    assert dialled == [("93.184.216.34", 443)]
