"""One polite HTTP GET: redirects checked hop by hop, a byte cap, a total deadline.

``fetch`` never raises for a network or HTTP problem: it returns a
``FetchResult`` whose ``error`` says why the page could not be had, so the
crawl can count the failure and go on (trafilatura's ``fetch_url`` returning a
bare ``None`` is the lesson here).
"""

from __future__ import annotations

import asyncio
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

import httpx

from .config import CrawlSettings
from .urls import canonicalize

# A hop that this returns a reason for is not requested; the fetch fails with it.
HopCheck = Callable[[str], Awaitable[str | None]]

_REDIRECT_CODES = {301, 302, 303, 307, 308}


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
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def make_client(settings: CrawlSettings) -> httpx.AsyncClient:
    """The crawl's HTTP client: our User-Agent, no proxies from the environment."""
    return httpx.AsyncClient(
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            # We decode bodies ourselves with a size cap; brotli is not offered
            # so that a compressed body can always be bounded while it expands.
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "vi,en;q=0.5",
        },
        timeout=httpx.Timeout(settings.timeout_seconds),
        limits=httpx.Limits(max_connections=settings.concurrency,
                            max_keepalive_connections=settings.concurrency),
        follow_redirects=False,
        trust_env=False,
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    settings: CrawlSettings,
    *,
    check_hop: HopCheck | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET ``url``, following at most ``settings.max_redirects`` redirects.

    Every redirect target is canonicalised and passed to ``check_hop`` before
    it is requested, so a redirect off the site or into a robots.txt-disallowed
    path is refused rather than followed.
    """
    started = time.monotonic()
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current, hops = url, []
    try:
        async with asyncio.timeout(settings.timeout_seconds):
            while True:
                status, resp_headers, body, error = await _get_once(
                    client, current, headers, settings.max_response_bytes
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


async def _get_once(client, url, headers, max_bytes):
    """One request; returns (status, headers, decoded body, error-or-None)."""
    try:
        async with client.stream("GET", url, headers=headers) as response:
            resp_headers = {k.lower(): v for k, v in response.headers.items()}
            status = response.status_code
            if status != 200:  # redirects and errors: the headers are all we need
                return status, resp_headers, b"", None
            declared = resp_headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                return status, resp_headers, b"", (
                    "too-large", f"Content-Length {declared} is over the {max_bytes}-byte cap")
            decoder = _Decoder(resp_headers.get("content-encoding", ""), max_bytes)
            received = 0
            async for chunk in response.aiter_raw():
                received += len(chunk)
                if received > max_bytes:
                    return status, resp_headers, b"", (
                        "too-large", f"body is over the {max_bytes}-byte cap")
                if not decoder.feed(chunk):
                    return status, resp_headers, b"", (
                        "too-large", f"decompressed body is over the {max_bytes}-byte cap")
            return status, resp_headers, decoder.finish(), None
    except httpx.TimeoutException:
        return None, {}, b"", ("timeout", "timed out")
    except (httpx.TransportError, httpx.DecodingError) as exc:
        return None, {}, b"", ("network", f"{type(exc).__name__}: {exc}".rstrip(": "))
    except zlib.error as exc:
        return None, {}, b"", ("decoding", f"cannot decompress body: {exc}")


class _Decoder:
    """Content-Encoding decoding with a cap on the decoded size (bomb-safe)."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        encoding = encoding.strip().lower()
        self.max_bytes = max_bytes
        self.parts: list[bytes] = []
        self.size = 0
        if encoding in ("gzip", "x-gzip"):
            self.z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.z = zlib.decompressobj(zlib.MAX_WBITS | 32)
        else:
            # identity, or an encoding we did not offer: keep the bytes as sent
            self.z = None

    def feed(self, chunk: bytes) -> bool:
        if self.z is None:
            return self._add(chunk)
        data = self.z.decompress(chunk, self.max_bytes - self.size + 1)
        if not self._add(data):
            return False
        # Whatever did not fit in max_length means the body is over the cap.
        return not self.z.unconsumed_tail

    def _add(self, data: bytes) -> bool:
        self.size += len(data)
        if self.size > self.max_bytes:
            return False
        self.parts.append(data)
        return True

    def finish(self) -> bytes:
        if self.z is not None:
            self._add(self.z.flush())
        return b"".join(self.parts)


def _failed(url, current, hops, started, error, *, status=None, headers=None) -> FetchResult:
    kind, message = error
    return FetchResult(url=url, final_url=current, status=status, headers=headers or {},
                       error=message, error_kind=kind, redirects=tuple(hops),
                       elapsed=time.monotonic() - started)
