"""A lean HTTP/1.1 transport for httpx: the crawl's plain GETs, kept-alive connections.

httpx's own transport goes through httpcore, h11 and anyio: per request a
connection pool's checks, an event object per state change and a table of
stream attributes, about 1 ms of CPU for a 60 KB page, most of the crawling
process's fetch cost (docs/benchmarks.md, "Crawl throughput"). The crawl
asks for little: GET, no proxies, no HTTP/2, redirects and content decoding
done by ``fetch``. This transport does that on asyncio's streams: one
request line and headers written at once, the status line and headers read
in one ``readuntil``, the body handed on as it arrives (``Content-Length``,
chunked, or to the end of the connection), and the connection kept for the
next request to the same origin when the reply allows it.

Connections go only to vetted addresses (``fetch.GuardedTransport``): the
name is resolved here, and each address passed to ``vet`` before it is
connected to. Failures are raised as httpx's exceptions, worded as httpcore
words them, so ``fetch`` sorts them as before (network, protocol, timeout).
"""

from __future__ import annotations

import asyncio
import re
import select
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable

import httpx

# A status line and headers longer than this are refused (h11's limit is 64 KB too).
MAX_HEAD = 64 * 1024
READ_SIZE = 256 * 1024      # the most read from the socket at once
KEEPALIVE_SECONDS = 5.0     # an idle connection older than this is closed (httpx's default)
_NO_BODY = {204, 304}
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
_STATUS = re.compile(rb"HTTP/1\.([01]) ([0-9]{3})(?: ([^\r\n]*))?")


class _Connection:
    def __init__(self, origin: tuple[bytes, str, int], reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
        self.origin = origin
        self.reader, self.writer = reader, writer
        self.idle_since = time.monotonic()
        self.used = False

    def reusable(self) -> bool:
        """Still open, not expired, and nothing unasked for waiting on it (a close, stray bytes
        such as a body sent after a 304), in the reader or still in the socket."""
        if self.writer.is_closing() or self.reader.at_eof() or self.reader._buffer:  # type: ignore[attr-defined]
            return False
        if time.monotonic() - self.idle_since >= KEEPALIVE_SECONDS:
            return False
        sock = self.writer.get_extra_info("socket")
        if sock is None:
            return True
        poll = select.poll()
        poll.register(sock.fileno(), select.POLLIN)
        return not poll.poll(0)

    def close(self) -> None:
        self.writer.close()


class LeanTransport(httpx.AsyncBaseTransport):
    """httpx transport over asyncio streams, at most ``max_connections`` requests at once;
    ``vet(host, addresses)`` returns the addresses that may be connected to, in order,
    or raises the exception that refuses them."""

    def __init__(self, *, max_connections: int, max_keepalive: int,
                 vet: Callable[[str, list[str]], list[str]], ssl_context: ssl.SSLContext) -> None:
        self.vet = vet
        self.ssl_context = ssl_context
        self.max_keepalive = max_keepalive
        self.slots = asyncio.Semaphore(max_connections)
        self.idle: list[_Connection] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout", {})
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{url.scheme}://'.")
        port = url.port or (443 if url.scheme == "https" else 80)
        origin = (url.raw_scheme, url.raw_host.decode("ascii"), port)   # an IDN host in punycode
        head = _request_head(request, await request.aread())
        await self.slots.acquire()
        try:
            connection = self._reuse(origin)
            try:
                if connection is not None:
                    try:
                        return await self._exchange(connection, head, request, timeouts)
                    except _Stale:
                        pass              # closed by the server while idle: once more, on a new connection
                connection = await self._connect(origin, timeouts.get("connect"))
                return await self._exchange(connection, head, request, timeouts)
            except _Stale:
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.") from None
        except BaseException:
            self.slots.release()
            raise

    def _reuse(self, origin: tuple[bytes, str, int]) -> _Connection | None:
        for connection in reversed(self.idle):
            if connection.origin == origin:
                self.idle.remove(connection)
                if connection.reusable():
                    return connection
                connection.close()
        return None

    async def _connect(self, origin: tuple[bytes, str, int], timeout: float | None) -> _Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                try:
                    infos = await loop.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
                except OSError as exc:
                    raise httpx.ConnectError(f"cannot resolve {host}: {exc}") from exc
                addresses = self.vet(host, list(dict.fromkeys(str(info[4][0]) for info in infos)))
                tls = self.ssl_context if scheme == b"https" else None
                for n, address in enumerate(addresses):
                    try:
                        reader, writer = await asyncio.open_connection(
                            address, port, ssl=tls, server_hostname=host if tls else None, limit=MAX_HEAD)
                    except (OSError, ssl.SSLError) as exc:
                        # An unreachable IPv6 address should not hide a good IPv4 one.
                        if n + 1 < len(addresses):
                            continue
                        # anyio's words, which httpcore passed on (and run records and tests keep)
                        raise httpx.ConnectError("All connection attempts failed") from exc
                    return _Connection(origin, reader, writer)
        except TimeoutError:
            raise httpx.ConnectTimeout("timed out connecting") from None
        raise httpx.ConnectError(f"no address to connect to for {host}")

    async def _exchange(self, connection: _Connection, head: bytes, request: httpx.Request,
                        timeouts: dict) -> httpx.Response:
        reused, connection.used = connection.used, True
        try:
            connection.writer.write(head)
            async with asyncio.timeout(timeouts.get("read")):
                raw = await connection.reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as exc:
            connection.close()
            if reused and not exc.partial:
                raise _Stale from None
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.") from None
        except asyncio.LimitOverrunError:
            connection.close()
            raise httpx.RemoteProtocolError("the response's status line and headers are too long") from None
        except TimeoutError:
            connection.close()
            raise httpx.ReadTimeout("timed out") from None
        except (ConnectionResetError, BrokenPipeError) as exc:
            connection.close()
            if reused:
                raise _Stale from None
            raise httpx.ReadError(str(exc) or type(exc).__name__) from exc
        except OSError as exc:
            connection.close()
            raise httpx.ReadError(str(exc) or type(exc).__name__) from exc
        try:
            status, reason, headers, keep_alive = _parse_head(raw)
            framing = _framing(request.method, status, headers)
        except httpx.RemoteProtocolError:
            connection.close()
            if reused:      # bytes left over from the last reply (a body sent after a 304)
                raise _Stale from None
            raise
        body = _Body(self, connection, framing, keep_alive, timeouts.get("read"))
        return httpx.Response(status, headers=headers, stream=body,
                              extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason})

    def release(self, connection: _Connection, keep: bool) -> None:
        """A response is done with: its connection back to the pool (or closed), its slot free."""
        self.slots.release()
        if keep and len(self.idle) < self.max_keepalive:
            connection.idle_since = time.monotonic()
            self.idle.append(connection)
        else:
            connection.close()

    async def aclose(self) -> None:
        for connection in self.idle:
            connection.close()
        self.idle.clear()


class _Stale(Exception):
    """A kept-alive connection the server had closed (or left bytes on that are no reply):
    the request is sent again once, on a new connection."""


def _request_head(request: httpx.Request, body: bytes) -> bytes:
    lines = [b"%s %s HTTP/1.1" % (request.method.encode("ascii"), request.url.raw_path)]
    for name, value in request.headers.raw:
        if not _TOKEN.fullmatch(name) or _BAD_VALUE.search(value):
            raise httpx.LocalProtocolError(f"Illegal header value {value!r}")
        lines.append(name + b": " + value)
    if body and "content-length" not in request.headers:
        lines.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _parse_head(raw: bytes) -> tuple[int, bytes, list[tuple[bytes, bytes]], bool]:
    """(status, reason, headers, whether the connection may be kept) of a response's head."""
    lines = raw[:-4].split(b"\r\n")
    match = _STATUS.fullmatch(lines[0])
    if match is None:
        raise httpx.RemoteProtocolError(f"illegal status line: {lines[0][:100]!r}")
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t") and headers:      # an obsolete folded line continues the last header
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + line.strip())
            continue
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):
            raise httpx.RemoteProtocolError(f"illegal header line: {line[:100]!r}")
        headers.append((name, value.strip(b" \t")))
    tokens = b",".join(value for name, value in headers if name.lower() == b"connection").lower()
    keep_alive = b"close" not in tokens and (match.group(1) == b"1" or b"keep-alive" in tokens)
    return int(match.group(2)), match.group(3) or b"", headers, keep_alive


def _framing(method: str, status: int, headers: list[tuple[bytes, bytes]]) -> tuple[str, int]:
    """How the body is delimited: ("none" | "length" | "chunked" | "close", length)."""
    if method == "HEAD" or status in _NO_BODY or 100 <= status < 200:
        return "none", 0
    fields = {name.lower(): value for name, value in headers}
    if b"chunked" in fields.get(b"transfer-encoding", b"").lower():
        return "chunked", 0
    length = fields.get(b"content-length")
    if length is not None:
        if not length.strip().isdigit():
            raise httpx.RemoteProtocolError(f"illegal Content-Length {length!r}")
        return "length", int(length)
    return "close", 0


class _Body(httpx.AsyncByteStream):
    """A response's body as it arrives; its connection goes back to the pool once the
    whole body was read (and the server did not ask to close), else it is closed."""

    def __init__(self, transport: LeanTransport, connection: _Connection, framing: tuple[str, int],
                 keep_alive: bool, timeout: float | None) -> None:
        self.transport, self.connection = transport, connection
        self.kind, self.left = framing
        self.keep_alive = keep_alive and self.kind != "close"
        self.timeout = timeout
        self.complete = self.kind == "none" or (self.kind == "length" and self.left == 0)
        self.open = True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._chunks():
                yield chunk
        except TimeoutError:
            raise httpx.ReadTimeout("timed out") from None
        except asyncio.IncompleteReadError:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body") from None
        except asyncio.LimitOverrunError:
            raise httpx.RemoteProtocolError("illegal chunk size line") from None
        except OSError as exc:
            raise httpx.ReadError(str(exc) or type(exc).__name__) from exc

    async def _chunks(self) -> AsyncIterator[bytes]:
        read = self._read
        if self.kind == "length":
            while self.left > 0:
                data = await read(self.left)
                self.left -= len(data)
                yield data
        elif self.kind == "chunked":
            while True:
                size = (await self._line()).split(b";", 1)[0].strip()
                try:
                    left = int(size, 16)
                except ValueError:
                    raise httpx.RemoteProtocolError(f"illegal chunk size {size[:20]!r}") from None
                if left == 0:
                    while await self._line() != b"\r\n":   # trailers
                        pass
                    break
                while left > 0:
                    data = await read(left)
                    left -= len(data)
                    yield data
                if await self._line() != b"\r\n":
                    raise httpx.RemoteProtocolError("a chunk longer than its size")
        elif self.kind == "close":
            async with asyncio.timeout(self.timeout):
                data = await self.connection.reader.read(READ_SIZE)
            while data:
                yield data
                async with asyncio.timeout(self.timeout):
                    data = await self.connection.reader.read(READ_SIZE)
        self.complete = True

    async def _read(self, left: int) -> bytes:
        """Up to ``left`` bytes of the body (at least one), within the read timeout."""
        async with asyncio.timeout(self.timeout):
            data = await self.connection.reader.read(min(left, READ_SIZE))
        if not data:
            raise asyncio.IncompleteReadError(b"", left)
        return data

    async def _line(self) -> bytes:
        async with asyncio.timeout(self.timeout):
            return await self.connection.reader.readuntil(b"\r\n")

    async def aclose(self) -> None:
        if self.open:
            self.open = False
            self.transport.release(self.connection, self.complete and self.keep_alive)
