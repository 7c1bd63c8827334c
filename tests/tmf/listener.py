"""A TMF event listener on a free loopback port: records what it receives, answers with a chosen status."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from typing import Any


@dataclass
class Listener:
    url: str
    received: list[dict[str, Any]] = field(default_factory=list)  # {"body", "raw", "headers"}
    status: int = 201

    def event_types(self) -> list[str]:
        return [r["body"]["eventType"] for r in self.received]


@contextmanager
def listening(path: str = "/listener") -> Iterator[Listener]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802  (http.server's name)
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            listener.received.append({"raw": raw, "body": json.loads(raw), "headers": dict(self.headers),
                                      "path": self.path})
            self.send_response(listener.status)
            if 300 <= listener.status < 400:
                self.send_header("Location", "http://127.0.0.1:1/elsewhere")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    listener = Listener(url=f"http://127.0.0.1:{server.server_port}{path}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield listener
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
