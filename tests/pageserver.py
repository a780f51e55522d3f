"""A local web server on 127.0.0.1 for the article, quote and verify tests: never the network.

Tests register routes (`server.add(path, body, ...)`) and read how often each was requested.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from digest.model import weburl


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between body bytes (a server that never quite finishes)
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


class PageServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **options) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)
        return self.url(path)

    def start(self) -> None:
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def _handler_for(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep pytest output quiet
            pass

        def do_GET(self) -> None:
            server.hits[self.path] += 1
            server.user_agents.append(self.headers.get("User-Agent", ""))
            route = server.routes.get(self.path)
            if route is None:
                route = Route(status=404, body=b"<h1>Not found</h1>")
            if route.handler is not None:
                route.handler(self)
                return
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if not route.drip:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                if route.drip:
                    for byte in route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.drip)
                else:
                    self.wfile.write(route.body)
            except OSError:
                pass  # the client gave up, as it should

    return Handler


@pytest.fixture(scope="module")
def pages():
    """The server, its address trusted by the HTTP client (which otherwise reads only the
    public web: the loopback interface is exactly what it refuses)."""
    server = PageServer()
    server.start()
    with trusted(server.port):
        yield server
    server.stop()


@contextmanager
def trusted(port: int) -> Iterator[None]:
    """127.0.0.1:`port` taken as a public address (by the checker and the HTTP client, in this
    process and in the commands it runs) while the block runs: the tests' servers listen there,
    which is exactly what both refuse."""
    address = ("127.0.0.1", port)
    weburl.TRUSTED_ADDRESSES.add(address)
    variable = weburl.TEST_PORTS_VARIABLE
    before = os.environ.get(variable)
    os.environ[variable] = ",".join(filter(None, [before, str(port)]))  # for `digest` run here
    try:
        yield
    finally:
        weburl.TRUSTED_ADDRESSES.discard(address)
        if before is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = before
