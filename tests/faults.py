"""A loopback HTTP server that misbehaves on purpose, shared by the robustness tests.

Each route is a function that writes the raw response itself, so a route can
lie about its length, drip one byte a second, reset the connection, send a
compression bomb or answer differently the second time it is asked.
"""

from __future__ import annotations

import gzip
import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from email.utils import formatdate
from functools import cache
from http.server import BaseHTTPRequestHandler

import brotli

from crawler.sample_site import STORIES, render_daily, render_list, serving

Route = Callable[["Handler"], None]

MIB = 1 << 20


class FaultServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = 0
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []          # request paths, in arrival order
        self.times: list[tuple[float, str]] = []  # (monotonic time, path) of each request
        self.hits: Counter = Counter()

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def route(self, path: str, fn: Route) -> None:
        self.routes[path] = fn

    def html(self, path: str, text: str, status: int = 200, **headers: str) -> None:
        self.route(path, lambda h: h.send(status, text.encode("utf-8"), "text/html; charset=utf-8", **headers))


class Gate:
    """Lets ``free`` requests through, then holds every further one until ``open()``:
    a crawl paused at a known point however fast or loaded the machine is (no sleeps).
    ``held`` is set once a request is being held."""

    LIMIT = 120.0      # seconds a response is held at most, should a test forget to open

    def __init__(self, free: int = 0) -> None:
        self.free = free
        self.held = threading.Event()
        self.opened = threading.Event()
        self._lock = threading.Lock()

    def hold(self, route: Route) -> Route:
        def gated(handler: Handler) -> None:
            with self._lock:
                passing = self.free > 0 or self.opened.is_set()
                self.free -= self.free > 0
            if not passing:
                self.held.set()
                self.opened.wait(self.LIMIT)
            route(handler)
        return gated

    def open(self) -> None:
        self.opened.set()


@contextmanager
def serve(*servers: FaultServer) -> Iterator[tuple[FaultServer, ...]]:
    with serving([((server.host, 0), _handler_for(server)) for server in servers]) as ports:
        for server, port in zip(servers, ports, strict=True):
            server.port = port
        yield servers


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_state: FaultServer

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        state = self.server_state
        state.requests.append(self.path)
        state.times.append((time.monotonic(), self.path))
        state.hits[self.path] += 1
        route = state.routes.get(self.path)
        if route is None:
            self.send(404, b"not found", "text/plain")
            return
        route(self)

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def stream(self, chunks, ctype: str = "text/html", **headers: str) -> None:
        """A body without Content-Length, delimited by closing the connection."""
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Connection", "close")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.close_connection = True
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def reset(self) -> None:
        """Drop the connection with a TCP reset, before any response."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def log_message(self, *args) -> None:
        pass


def _handler_for(state: FaultServer):
    return type("BoundHandler", (Handler,), {"server_state": state})


def daily(server: FaultServer, count: int, gate: Gate | None = None, words: int = 0) -> list[str]:
    """A daily of ``count`` articles linked from its home page (their pages behind ``gate``,
    each with ``words`` more words of varied text); returns the article paths."""
    rng = random.Random(count)
    vocabulary = ("tỉnh huyện xã nhân dân phát triển kinh tế đồng chí công trình nông thôn đường cao tốc "
                  "cửa khẩu du lịch ngân sách dự án biên giới giáo dục văn hóa lễ hội sản xuất").split()
    stories = []
    for i in range(count):
        story = STORIES[i % len(STORIES)]
        extra = " ".join(rng.choice(vocabulary) for _ in range(words))
        stories.append(replace(story, slug=f"bai-{i:03d}", title=f"{story.title} số {i}",
                               paragraphs=(*story.paragraphs, extra) if words else story.paragraphs))
    href = lambda s: f"/{s.slug}.html"  # noqa: E731

    def page(body: bytes) -> Route:
        return lambda handler: handler.send(200, body)

    server.route("/robots.txt", status(404))
    server.route("/", page(render_list("Trang chủ", "Báo", stories, href).encode()))
    for story in stories:
        route = page(render_daily(story, "Báo", [], [], href).encode())
        server.route(href(story), gate.hold(route) if gate else route)
    return [href(s) for s in stories]


def write_config(folder, server: FaultServer, db=None, concurrency: int = 2) -> tuple:
    """(config.toml, archive path) for crawling ``server`` as site "cham", no delay."""
    db = db or folder / "archive.db"
    config = folder / "config.toml"
    config.write_text(f"""
[archive]
path = "{db}"
[crawl]
user_agent = "provincial-news-archive-test/0.1"
delay_seconds = 0
concurrency = {concurrency}
[[sites]]
name = "cham"
start_urls = ["{server.base}/"]
""", encoding="utf-8")
    return config, db


# -- misbehaviours ------------------------------------------------------------


def drip(handler: Handler, seconds: float = 60) -> None:
    """One byte a second, "forever" (until the client hangs up or a minute passed)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.close_connection = True
    end = time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            handler.wfile.write(b"<")
            handler.wfile.flush()
            time.sleep(1)
    except (BrokenPipeError, ConnectionResetError):
        pass


def first_then(first: Route, then: Route, times: int = 1) -> Route:
    """``first`` for the first ``times`` requests of the path, ``then`` afterwards."""
    def route(handler: Handler) -> None:
        (first if handler.server_state.hits[handler.path] <= times else then)(handler)
    return route


def status(code: int, **headers: str) -> Route:
    return lambda h: h.send(code, f"status {code}".encode(), "text/plain", **headers)


def redirect(location: str, code: int = 302) -> Route:
    return lambda h: h.send(code, b"", "text/plain", Location=location)


def http_date_in(seconds: float) -> str:
    return formatdate(time.time() + seconds, usegmt=True)


@cache
def _raw_deflate_zeros(size: int) -> tuple[bytes, int, int]:
    """Raw deflate of ``size`` zero bytes, with the CRC-32 and Adler-32 the wrappers need."""
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = bytes(MIB)
    parts, crc, adler = [], 0, 1
    for _ in range(size // MIB):
        parts.append(c.compress(block))
        crc, adler = zlib.crc32(block, crc), zlib.adler32(block, adler)
    parts.append(c.flush())
    return b"".join(parts), crc, adler


def gzip_bomb(size: int) -> bytes:
    raw, crc, _ = _raw_deflate_zeros(size)
    header = gzip.compress(b"")[:10]
    return header + raw + struct.pack("<II", crc, size & 0xFFFFFFFF)


def deflate_bomb(size: int) -> bytes:
    raw, _, adler = _raw_deflate_zeros(size)
    return b"\x78\xda" + raw + struct.pack(">I", adler)


@cache
def brotli_bomb(size: int) -> bytes:
    c = brotli.Compressor(quality=5)
    block = bytes(MIB)
    return b"".join([c.process(block) for _ in range(size // MIB)] + [c.finish()])


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol9;</loc></url></urlset>"""
