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


@contextmanager
def dripping_server(*, headers_too: bool, gap: float = 0.05, drips: int = 400) -> Iterator[str]:
    """A server that answers one byte at a time, ``gap`` seconds apart: each read
    returns well within any read timeout, yet the answer takes ``gap * drips``
    seconds.  With ``headers_too`` even the status line and headers drip.
    The server thread stops by itself after ``drips`` bytes or when the client leaves."""
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def _drip(self, data: bytes) -> bool:
            for index in range(len(data)):
                if stop.wait(gap):
                    return False
                try:
                    self.wfile.write(data[index : index + 1])
                    self.wfile.flush()
                except OSError:  # the client gave up: as it should
                    return False
            return True

        def do_GET(self) -> None:
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: "
            head += b"x" * drips + b"\r\nContent-Length: 9999\r\n\r\n"
            if headers_too:
                self._drip(head)
                return
            self.wfile.write(head[: head.index(b"X-Padding")] + b"Content-Length: 9999\r\n\r\n")
            self._drip(b"0" * drips)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def redirecting_server(target: str) -> Iterator[str]:
    """Answers every GET with a 302 to the same path on ``target`` (another host)."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", target + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
