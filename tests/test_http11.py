"""http11.LeanTransport: body framing, kept-alive connections, and failures as httpx names them."""

from __future__ import annotations

import asyncio

import pytest

from crawler.config import CrawlSettings
from crawler.fetch import fetch, make_client

from . import faults

SETTINGS = CrawlSettings(timeout_seconds=5)


def chunked(handler: faults.Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    for part in (b"<p>m\xe1\xbb\x99t</p>", b"<p>hai</p>" * 300):
        handler.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(part), part))
    handler.wfile.write(b"0\r\nX-Trailer: yes\r\n\r\n")


def truncated(handler: faults.Handler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this")
    handler.close_connection = True


@pytest.fixture
def server():
    site = faults.FaultServer("127.0.0.1")
    for n in range(4):
        site.html(f"/p{n}", f"<html><body><p>trang {n}</p></body></html>")
    site.route("/chunked", chunked)
    site.route("/closed", lambda h: h.stream([b"<p>a</p>", b"<p>b</p>"]))
    site.route("/truncated", truncated)
    site.route("/304", faults.status(304, ETag='"e"'))    # with a body, as some servers send
    site.route("/not-modified", lambda h: h.send(304, b"", ETag='"e"'))
    with faults.serve(site):
        yield site


def fetch_all(server, paths: list[str]) -> list:
    async def go():
        async with make_client(SETTINGS, [f"127.0.0.1:{server.port}"]) as client:
            return [await fetch(client, f"http://127.0.0.1:{server.port}{path}", SETTINGS) for path in paths]
    return asyncio.run(go())


def test_bodies_by_length_chunks_and_close(server):
    length, chunks, closed, again = fetch_all(server, ["/p0", "/chunked", "/closed", "/p1"])
    assert length.ok and length.body == b"<html><body><p>trang 0</p></body></html>"
    assert chunks.ok and chunks.body == "<p>một</p>".encode() + b"<p>hai</p>" * 300
    assert closed.ok and closed.body == b"<p>a</p><p>b</p>"
    assert again.ok and b"trang 1" in again.body     # after a connection the server closed
    assert server.requests == ["/p0", "/chunked", "/closed", "/p1"]


def test_a_kept_connection_serves_the_next_requests(server):
    connections: list = []
    original = faults.Handler.setup

    def counting(handler):
        connections.append(handler.client_address)
        original(handler)
    faults.Handler.setup = counting    # type: ignore[method-assign]
    try:
        results = fetch_all(server, ["/p0", "/p1", "/not-modified", "/p2", "/p3"])
    finally:
        faults.Handler.setup = original   # type: ignore[method-assign]
    assert [r.status for r in results] == [200, 200, 304, 200, 200], [r.error for r in results]
    assert len(connections) == 1
    # A 304 with a body leaves bytes that are no reply on the connection: the next request
    # goes on a new connection.
    results = fetch_all(server, ["/p0", "/304", "/p1", "/p2"])
    assert [r.status for r in results] == [200, 304, 200, 200], [r.error for r in results]


def test_a_body_cut_short_is_a_network_failure(server):
    (result,) = fetch_all(server, ["/truncated"])
    assert result.error_kind == "network" and "complete message body" in result.error
