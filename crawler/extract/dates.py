"""Publication dates as Vietnamese pages write them, day first.

``parse_vietnamese_date`` understands ``09/10/2018 10:25``, ``10:25 09-10-2018``,
``Thứ hai, 01/01/2018 09:03 (GMT+7)``, ``Ngày đăng: 12/03/2024``,
``ngày 5 tháng 6 năm 2024``, ``2024-06-05T08:00:00Z``. It returns ISO 8601:
``2018-10-09T10:25:00+07:00`` when a time is given (Vietnam has one time zone
and no daylight saving, so +07:00 unless the page says otherwise), or
``2018-10-09`` for a date alone. Where in the page to look is decided by the
caller (``extract.core``): this module only reads strings.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))
_EARLIEST_YEAR = 1990  # before the web; nothing on these sites is older

_TIME = r"(?P<h>\d{1,2})\s*(?:[:h]|giờ)\s*(?P<mi>\d{2})(?:\s*:\s*(?P<s>\d{2}))?(?:\s*(?P<ampm>SA|CH|AM|PM|sáng|chiều|tối)\b)?"
_DMY = r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})"
_WORDS = r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:,|năm)\s*|\s+)(?P<y>\d{4})"
_ISO = r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
_GMT = re.compile(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.I)
_GAP = r"[\s,|\-–—]*(?:lúc\s*)?"

_PATTERNS = [
    re.compile(_DMY + _GAP + r"(?:\(?)" + _TIME.replace("P<", "P<") , re.I),
    re.compile(_TIME + _GAP + r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?" + _DMY, re.I),
    re.compile(_WORDS, re.I),
    re.compile(_ISO),
    re.compile(_DMY, re.I),
]


def parse_vietnamese_date(text: str, *, today: date | None = None) -> str | None:
    """The first plausible date (and time) in ``text`` as ISO 8601, or None."""
    if not text:
        return None
    text = " ".join(text.split())
    latest = (today or datetime.now(VIETNAM).date()) + timedelta(days=1)
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _build(match, text, latest)
            if iso:
                return iso
    return None


def parse_iso_date(value: str, *, today: date | None = None) -> str | None:
    """A machine-readable date from metadata (ISO 8601 or close to it)."""
    value = (value or "").strip()
    match = re.match(_ISO, value)
    if not match:
        return parse_vietnamese_date(value, today=today)
    latest = (today or datetime.now(VIETNAM).date()) + timedelta(days=1)
    return _build(match, value, latest)


def _build(match: re.Match, text: str, latest: date) -> str | None:
    g = match.groupdict()
    try:
        day = date(int(g["y"]), int(g["m"]), int(g["d"]))
    except (TypeError, ValueError):
        return None
    if day.year < _EARLIEST_YEAR or day > latest:
        return None
    if g.get("h") is None:
        return day.isoformat()
    hour, minute, second = int(g["h"]), int(g["mi"]), int(g.get("s") or 0)
    ampm = (g.get("ampm") or "").lower()
    if ampm in ("ch", "pm", "chiều", "tối") and hour < 12:
        hour += 12
    elif ampm in ("sa", "am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    tz = _zone(g.get("tz"), text[match.end(): match.end() + 20])
    moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
    return moment.astimezone(VIETNAM).isoformat()


def _zone(iso_tz: str | None, after: str) -> timezone:
    if iso_tz:
        if iso_tz == "Z":
            return timezone.utc
        sign = 1 if iso_tz[0] == "+" else -1
        digits = iso_tz[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
    gmt = _GMT.search(after)
    if gmt:
        sign = 1 if gmt.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(gmt.group(2)), minutes=int(gmt.group(3) or 0)))
    return VIETNAM
