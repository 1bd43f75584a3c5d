"""A local server speaking Pwned Passwords' range format, for tests that need one answer."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def one_answer_server(body: bytes) -> Iterator[tuple[str, list[str]]]:
    """Answers every GET with ``body``; yields the base URL and, for each request,
    its request line and headers as one string (to search for what was sent)."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            seen.append(self.requestline + json.dumps(dict(self.headers)))
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def head_server(headers: dict[str, str], status: int = 200) -> Iterator[tuple[str, list[str]]]:
    """Answers every HEAD and GET with ``status`` and exactly ``headers`` (no automatic
    ``Date``, so a test chooses the server's clock); yields the base URL and the requests."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def _answer(self) -> None:
            seen.append(self.requestline + json.dumps(dict(self.headers)))
            self.send_response_only(status)
            for name, value in {"Content-Length": "0", **headers}.items():
                self.send_header(name, value)
            self.end_headers()

        do_HEAD = do_GET = _answer  # noqa: N815 - http.server's method names

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll so that each test does not wait half a second for shutdown.
    threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
