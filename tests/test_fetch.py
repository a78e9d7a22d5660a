"""fetch: the address guard, Retry-After, and decoding with limits, against real loopback servers."""

from __future__ import annotations

import asyncio
import time
import zlib
from email.utils import formatdate

import brotli
import pytest

from crawler.config import CrawlSettings
from crawler.fetch import fetch, is_private, make_client, retry_after
from crawler.sample_site import loopback_host

from . import faults

SETTINGS = CrawlSettings(timeout_seconds=5)


def get(url: str, own_hosts, settings: CrawlSettings = SETTINGS):
    async def go():
        async with make_client(settings, own_hosts) as client:
            return await fetch(client, url, settings)
    return asyncio.run(go())


@pytest.fixture
def server():
    site = faults.FaultServer("127.0.0.1")
    site.html("/ok", "<html><body><p>xin chào</p></body></html>")
    with faults.serve(site):
        yield site


def test_a_private_address_outside_the_sites_is_never_connected_to(server):
    other = f"{loopback_host('127.0.0.2')}:{server.port}"
    # 2130706433 is 127.0.0.1 written as one number: the check is on the address, not the text.
    for url in (f"http://2130706433:{server.port}/ok", f"http://127.0.0.1:{server.port}/ok",
                f"http://localhost:{server.port}/ok"):
        result = get(url, own_hosts=[other])
        assert result.error_kind == "refused-address", (url, result.error)
    assert server.requests == []
    assert get(f"http://127.0.0.1:{server.port}/ok", own_hosts=[f"127.0.0.1:{server.port}"]).ok
    assert server.requests == ["/ok"]


def test_private_address_kinds():
    for address in ("127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.1.1", "::1",
                    "fe80::1", "0.0.0.0", "::ffff:127.0.0.1", "100.64.0.1", "224.0.0.1"):
        assert is_private(address), address
    for address in ("8.8.8.8", "203.113.131.1", "2001:4860:4860::8888"):
        assert not is_private(address), address


def test_retry_after_forms():
    now = time.time()
    assert retry_after("120") == 120
    assert retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert retry_after(formatdate(now - 30, usegmt=True), now=now) == 0
    assert retry_after("soon") is None and retry_after(None) is None and retry_after("") is None


@pytest.mark.parametrize("coding", ["gzip", "deflate-zlib", "deflate-raw", "br"])
def test_every_offered_encoding_decodes(server, coding):
    text = "<html><body><p>Đường cao tốc Đồng Đăng – Trà Lĩnh</p></body></html>".encode()
    body = {"gzip": lambda: __import__("gzip").compress(text),
            "deflate-zlib": lambda: zlib.compress(text),
            "deflate-raw": lambda: zlib.compress(text)[2:-4],
            "br": lambda: brotli.compress(text)}[coding]()
    header = coding.split("-")[0]
    server.route("/enc", lambda h: h.send(200, body, Content_Encoding=header))
    result = get(f"http://127.0.0.1:{server.port}/enc", own_hosts=[f"127.0.0.1:{server.port}"])
    assert result.ok and result.body == text


def test_an_encoding_we_did_not_offer_is_a_counted_failure(server):
    server.route("/zstd", lambda h: h.send(200, b"\x28\xb5\x2f\xfd" + bytes(50), Content_Encoding="zstd"))
    result = get(f"http://127.0.0.1:{server.port}/zstd", own_hosts=[f"127.0.0.1:{server.port}"])
    assert result.error_kind == "decoding" and "zstd" in result.error


def test_a_malformed_header_is_a_protocol_error_not_a_network_error(server):
    def bad_header(handler):
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nBad Header Line\r\n\r\nok")
        handler.close_connection = True
    server.route("/bad-header", bad_header)
    own = [f"127.0.0.1:{server.port}"]
    result = get(f"http://127.0.0.1:{server.port}/bad-header", own_hosts=own)
    assert result.error_kind == "protocol" and "illegal header" in result.error
    # One we would send ourselves (an ETag echoed with a control character): the same on every try.
    async def go():
        async with make_client(SETTINGS, own) as client:
            return await fetch(client, f"http://127.0.0.1:{server.port}/ok", SETTINGS, etag='"a\x00b"')
    assert asyncio.run(go()).error_kind == "protocol"
    server.route("/reset", lambda h: h.reset())
    assert get(f"http://127.0.0.1:{server.port}/reset", own_hosts=own).error_kind == "network"


def test_robots_head_is_used_when_the_file_is_over_the_cap(server):
    server.route("/big", lambda h: h.send(200, b"User-agent: *\nDisallow: /x\n" * 40000, "text/plain"))
    url = f"http://127.0.0.1:{server.port}/big"
    small = CrawlSettings(timeout_seconds=5, max_response_bytes=1000)
    assert get(url, [f"127.0.0.1:{server.port}"], small).error_kind == "too-large"

    async def go():
        async with make_client(small, [f"127.0.0.1:{server.port}"]) as client:
            return await fetch(client, url, small, head_only=True)
    head = asyncio.run(go())
    assert head.ok and len(head.body) == 1000 and head.body.startswith(b"User-agent: *\nDisallow: /x\n")
