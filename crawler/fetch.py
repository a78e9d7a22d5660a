"""One polite HTTP GET: redirects checked hop by hop, a byte cap, a total deadline.

``fetch`` never raises for a network or HTTP problem: it returns a
``FetchResult`` whose ``error`` says why the page could not be had, so the
crawl can count the failure and go on (trafilatura's ``fetch_url`` returning a
bare ``None`` is the lesson here).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import ssl
import time
import zlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import brotli
import httpcore
import httpx

try:    # a private helper of httpcore 1.0 (what its anyio stream answers "is_readable" with)
    from httpcore._utils import is_socket_readable
except ImportError:     # pragma: no cover - another httpcore: the stream is asked itself
    is_socket_readable = None  # type: ignore[assignment]

from .config import CrawlSettings
from .urls import canonicalize

# A hop that this returns a reason for is not requested; the fetch fails with it.
HopCheck = Callable[[str], Awaitable[str | None]]

_REDIRECT_CODES = {301, 302, 303, 307, 308}
# Protocol errors that are a connection dropped mid-way (worth another try), not a malformed message.
_DROPPED = re.compile(r"disconnected|closed|peer|incomplete|without sending|connection", re.I)


@dataclass(frozen=True)
class FetchResult:
    url: str                                  # what was asked for
    final_url: str                            # after redirects
    status: int | None = None                 # None when no response arrived
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None                  # human-readable reason, None on success
    error_kind: str | None = None             # short label for counting: timeout, http, too-large, ...
    redirects: tuple[str, ...] = ()
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def canonical_final_url(self) -> str:
        """Where the page was fetched from after redirects, in canonical form when it has one."""
        return canonicalize(self.final_url) or self.final_url

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def make_client(settings: CrawlSettings, own_hosts: Iterable[str] = ()) -> httpx.AsyncClient:
    """The crawl's HTTP client: our User-Agent, no proxies from the environment,
    and no connection to a private or loopback address that is not one of
    ``own_hosts`` (the configured sites' hosts, ``host[:port]``)."""
    return httpx.AsyncClient(
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            # Only encodings we decode ourselves, with a cap on the decoded size,
            # so that a compressed body can always be bounded while it expands.
            "Accept-Encoding": "gzip, deflate, br",
            "Accept-Language": "vi,en;q=0.5",
        },
        timeout=httpx.Timeout(settings.timeout_seconds),
        transport=GuardedTransport(own_hosts, limits=httpx.Limits(
            max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)),
        follow_redirects=False,
        trust_env=False,
    )


class AddressRefused(httpcore.ConnectError):
    """A connection to a private address that belongs to no configured site."""


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport, whose connections go only to vetted addresses.

    The check is on the address actually connected to, after our own name
    resolution: ``http://2130706433/`` is 127.0.0.1, and a public name that
    resolves to 10.0.0.1 is refused just the same. Private, loopback,
    link-local and reserved addresses are allowed only when a configured
    site's own host resolves to them (test sites and intranet portals).
    """

    def __init__(self, own_hosts: Iterable[str], *, limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False)
        allowed = set()
        for host in own_hosts:
            allowed |= _resolve(httpx.URL(f"http://{host}/").host)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_AddressGuard(httpcore.AnyIOBackend(), frozenset(allowed)),
        )


def _resolve(host: str) -> set[str]:
    try:
        return {str(info[4][0]) for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)}
    except (OSError, UnicodeError):
        return set()


def is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


class _AddressGuard(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend, allowed: frozenset[str]) -> None:
        self.inner, self.allowed = inner, allowed

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        usable = [a for a in addresses if not is_private(a) or a in self.allowed]
        if not usable:
            raise AddressRefused(f"{host} is {addresses[0]}, a private or loopback address "
                                 "outside the configured sites")
        for address in usable[:-1]:   # an unreachable IPv6 address should not hide a good IPv4 one
            try:
                return _Stream(await self.inner.connect_tcp(address, port, timeout, local_address, socket_options))
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue
        return _Stream(await self.inner.connect_tcp(usable[-1], port, timeout, local_address, socket_options))

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not used")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class _Stream(httpcore.AsyncNetworkStream):
    """A connection's stream with its socket looked up once. Before every request the pool
    asks each of its connections whether it is readable (closed by the server), and anyio
    builds its table of a stream's attributes anew for every such question: a tenth of the
    crawling process's CPU time."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self.inner = inner
        self.socket = inner.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self.inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self.inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        return _Stream(await self.inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and is_socket_readable is not None and self.socket is not None:
            return is_socket_readable(self.socket)   # what anyio's stream answers, from the same socket
        return self.inner.get_extra_info(info)


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now if now is not None else datetime.now(UTC).timestamp()
    return max(0.0, when.timestamp() - now)


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    settings: CrawlSettings,
    *,
    check_hop: HopCheck | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    head_only: bool = False,
) -> FetchResult:
    """GET ``url``, following at most ``settings.max_redirects`` redirects.

    Every redirect target is canonicalised and passed to ``check_hop`` before
    it is requested, so a redirect off the site or into a robots.txt-disallowed
    path is refused rather than followed. With ``head_only`` a body over
    ``max_response_bytes`` is not a failure: its first ``max_response_bytes``
    are returned (robots.txt: its head is still the site's stated wish).
    """
    started = time.monotonic()
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current, hops = url, list[str]()
    try:
        async with asyncio.timeout(settings.timeout_seconds):
            while True:
                status, resp_headers, body, error = await _get_once(
                    client, current, headers, settings.max_response_bytes, head_only
                )
                if error:
                    return _failed(url, current, hops, started, error, status=status,
                                   headers=resp_headers)
                if status in _REDIRECT_CODES and "location" in resp_headers:
                    target = canonicalize(resp_headers["location"], base=current)
                    if target is None:
                        return _failed(url, current, hops, started,
                                       ("bad-redirect", f"redirect to unusable URL {resp_headers['location']!r}"),
                                       status=status)
                    if target in hops or target == current:
                        return _failed(url, current, hops, started,
                                       ("redirect-loop", f"redirect loop at {target}"), status=status)
                    if len(hops) >= settings.max_redirects:
                        return _failed(url, current, hops, started,
                                       ("redirect-limit", f"more than {settings.max_redirects} redirects"),
                                       status=status)
                    if check_hop is not None:
                        refusal = await check_hop(target)
                        if refusal:
                            return _failed(url, current, hops, started,
                                           ("redirect-refused", f"redirect to {target}: {refusal}"),
                                           status=status)
                    hops.append(current)
                    current = target
                    continue
                result = FetchResult(url=url, final_url=current, status=status,
                                     headers=resp_headers, body=body, redirects=tuple(hops),
                                     elapsed=time.monotonic() - started)
                if status not in (200, 304):
                    return replace(result, error=f"HTTP {status}", error_kind=f"http-{status}")
                return result
    except TimeoutError:
        return _failed(url, current, hops, started,
                       ("timeout", f"no complete response within {settings.timeout_seconds:g} s"))


async def _get_once(client, url, headers, max_bytes, head_only=False):
    """One request; returns (status, headers, decoded body, error-or-None)."""
    try:
        async with client.stream("GET", url, headers=headers) as response:
            resp_headers = {k.lower(): v for k, v in response.headers.items()}
            status = response.status_code
            if status != 200:  # redirects and errors: the headers are all we need
                return status, resp_headers, b"", None
            declared = resp_headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes and not head_only:
                return status, resp_headers, b"", (
                    "too-large", f"Content-Length {declared} is over the {max_bytes}-byte cap")
            decoder = _Decoder(resp_headers.get("content-encoding", ""), max_bytes, keep_head=head_only)
            received = 0
            async for chunk in response.aiter_raw():
                received += len(chunk)
                fits = decoder.feed(chunk) if head_only or received <= max_bytes else False
                if head_only and (not fits or received > max_bytes):
                    return status, resp_headers, b"".join(decoder.parts), None
                if received > max_bytes:
                    return status, resp_headers, b"", (
                        "too-large", f"body is over the {max_bytes}-byte cap")
                if not fits:
                    return status, resp_headers, b"", (
                        "too-large", f"decompressed body is over the {max_bytes}-byte cap")
            return status, resp_headers, decoder.finish(), None
    except httpx.TimeoutException:
        return None, {}, b"", ("timeout", "timed out")
    except httpx.ConnectError as exc:
        if isinstance(exc.__cause__, AddressRefused):
            return None, {}, b"", ("refused-address", str(exc))
        return None, {}, b"", ("network", f"ConnectError: {exc}".rstrip(": "))
    except (httpx.LocalProtocolError, httpx.RemoteProtocolError, httpx.UnsupportedProtocol) as exc:
        # A malformed header or status line (theirs or one we would send, e.g. an ETag
        # echoed with a control character) is the same on every try: not a network error.
        kind = "network" if _DROPPED.search(str(exc)) else "protocol"
        return None, {}, b"", (kind, f"{type(exc).__name__}: {exc}".rstrip(": "))
    except (httpx.TransportError, httpx.DecodingError) as exc:
        return None, {}, b"", ("network", f"{type(exc).__name__}: {exc}".rstrip(": "))
    except (zlib.error, brotli.error) as exc:
        return None, {}, b"", ("decoding", f"cannot decompress body: {exc}")


class _Decoder:
    """Content-Encoding decoding with a cap on the decoded size (bomb-safe).

    Every decoder is asked for at most the bytes left under the cap, so a
    few kilobytes that expand to gigabytes never take more than the cap in
    memory (httpx's own brotli decoding would return the whole expansion).
    """

    def __init__(self, encoding: str, max_bytes: int, keep_head: bool = False) -> None:
        self.encoding = encoding.strip().lower()
        self.max_bytes = max_bytes
        self.keep_head = keep_head    # over the cap, keep the first max_bytes
        self.parts: list[bytes] = []
        self.size = 0
        self.z: Any = None   # a zlib decompressor
        self.br: Any = None  # a brotli decompressor
        if self.encoding in ("gzip", "x-gzip"):
            self.z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self.z = zlib.decompressobj(zlib.MAX_WBITS | 32)   # zlib or gzip wrapper
            self.raw_deflate_tried = False
        elif self.encoding == "br":
            self.br = brotli.Decompressor()
        elif self.encoding not in ("", "identity"):
            raise zlib.error(f"unsupported Content-Encoding {encoding!r}")

    def feed(self, chunk: bytes) -> bool:
        if self.br is not None:
            return self._feed_brotli(chunk)
        if self.z is None:
            return self._add(chunk)
        try:
            data = self.z.decompress(chunk, self.max_bytes - self.size + 1)
        except zlib.error:
            if self.encoding != "deflate" or self.size or self.raw_deflate_tried:
                raise
            # Some servers send raw deflate without the zlib wrapper.
            self.raw_deflate_tried = True
            self.z = zlib.decompressobj(-zlib.MAX_WBITS)
            data = self.z.decompress(chunk, self.max_bytes - self.size + 1)
        if not self._add(data):
            return False
        # Whatever did not fit in max_length means the body is over the cap.
        return not self.z.unconsumed_tail

    def _feed_brotli(self, chunk: bytes) -> bool:
        data = self.br.process(chunk, output_buffer_limit=self.max_bytes - self.size + 1)
        if not self._add(data):
            return False
        while not self.br.can_accept_more_data():
            data = self.br.process(b"", output_buffer_limit=self.max_bytes - self.size + 1)
            if not data or not self._add(data):
                return not data
        return True

    def _add(self, data: bytes) -> bool:
        room = self.max_bytes - self.size
        self.size += len(data)
        if self.size > self.max_bytes:
            if self.keep_head and room > 0:
                self.parts.append(data[:room])
            return False
        self.parts.append(data)
        return True

    def finish(self) -> bytes:
        if self.z is not None:
            self._add(self.z.flush())
        return b"".join(self.parts)


def _failed(url: str, current: str, hops: list[str], started: float, error: tuple[str, str], *,
            status: int | None = None, headers: dict | None = None) -> FetchResult:
    kind, message = error
    return FetchResult(url=url, final_url=current, status=status, headers=headers or {},
                       error=message, error_kind=kind, redirects=tuple(hops),
                       elapsed=time.monotonic() - started)
