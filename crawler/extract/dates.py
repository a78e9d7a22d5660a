"""Publication dates as Vietnamese (and English-language) pages write them.

``parse_vietnamese_date`` finds the first plausible date in a string and the
time printed next to it: ``09/10/2018 10:25``, ``10:25 09-10-2018``,
``Thứ hai, 01/01/2018 09:03 (GMT+7)``, ``Ngày đăng: 12/03/2024``,
``ngày 5 tháng 6 năm 2024``, ``15 Tháng Chín, 2023``, ``16 Tháng 5 2024 09:20``,
``Tháng mười 28 2024 14:05:33``, ``16h:40' 27-11-2026``,
``Posted on May 21, 2024``, ``21 May 2024, 3:05 pm``, ``2024-06-05T08:00:00Z``.
It returns ISO 8601: ``2018-10-09T10:25:00+07:00`` when a time is given
(Vietnam has one time zone and no daylight saving, so +07:00 unless the page
says otherwise), or ``2018-10-09`` for a date alone. ``date_from_url`` reads
the day a URL path gives (``/2024/05/11/``, ``-20240511093012.htm``).
Where in the page to look is decided by the caller (``extract.core``): this
module only reads strings. No function here raises on any input, or returns
a date before 1990 or after tomorrow.

htmldate (installed with trafilatura) is not used as a fallback: on the 30
articles of the CMS-family fixtures it found no right date that this module
missed, and gave a wrong day on 8 (13 with extensive search): the header's
"today", a teaser's or a comment's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

from .text import fold

VIETNAM = timezone(timedelta(hours=7))
_EARLIEST_YEAR = 1990  # before the web; nothing on these sites is older

# Month names in words. Vietnamese: "Tháng Chín", "tháng 9", "Tháng Mười Hai"
# (WordPress's and Joomla's vi translations), "Thg 9" and "Th9" (the short forms of the
# vi locale in Ghost, moment.js and ICU); English full and short names.
_VI_MONTHS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
_EN_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for name in names}

_VI_MONTH = (r"(?:tháng|thg\.?|th(?=\d))\s*(?P<mw>\d{1,2}|"
             + "|".join(sorted(map(re.escape, _VI_MONTHS), key=len, reverse=True)) + r")(?!\w)")
_EN_MONTH = r"(?P<mn>" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + r")\.?(?![^\W\d_])"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"

# What must follow a date whose year has two digits: its time ("at 3:05 pm", "@ 06:55", "14:30").
_TWO_DIGIT_YEAR_TIME = r"(?=\s*(?:(?:at|lúc|@|,|-)\s*)?[0-2]?\d[:h][0-5]\d)"

# Every way a date (without its time) is written; named groups d, m|mw|mn, y.
DATES = re.compile("|".join(f"(?:{p})" for p in (
    # 2024-06-05T08:00:00+07:00, 2024/06/05 (ISO first: its digits would read as d/m/y pieces)
    r"(?<!\d)(?P<iy>(?:19|20)\d{2})[-/.](?P<im>[01]?\d)[-/.](?P<id>[0-3]?\d)(?!\d)"
    r"(?:[T ](?P<ih>[0-2]\d):(?P<imi>[0-5]\d)(?::(?P<is>[0-5]\d))?(?:[.,]\d+)?(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?",
    # ngày 5 tháng 6 năm 2024; 15 Tháng Chín, 2023; 16 Tháng 5 2024
    r"(?<!\d)(?P<vd>[0-3]?\d)\s*(?:,\s*)?" + _VI_MONTH.replace("P<mw>", "P<vm>")
    + r"\s*(?:,|năm)?\s*(?P<vy>(?:19|20)\d{2})(?!\d)",
    # Tháng Chín 15, 2023 (WordPress's default "F j, Y" in Vietnamese); Tháng Chín 15th, 2023 (a
    # classic theme's "F jS, Y": the month's name translated, the English ordinal not)
    _VI_MONTH + r"\s*(?P<wd>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?P<wy>(?:19|20)\d{2})(?!\d)",
    # May 21, 2024; Sep 15th 2023
    r"(?<![^\W\d_])" + _EN_MONTH + r"\s*(?P<ed>[0-3]?\d)(?:st|nd|rd|th)?\s*[,.]?\s*(?P<ey>(?:19|20)\d{2})(?!\d)",
    # 21 May 2024; 18. November 2026 (BlogEngine.NET's "d. MMMM yyyy"); 21. Mai is not English: not read
    r"(?<!\d)" + _DAY.replace("P<d>", "P<fd>") + r"(?:\.(?=\s))?\s*(?:of\s+)?" + _EN_MONTH.replace("P<mn>", "P<fm>")
    + r"\s*,?\s*(?P<fy>(?:19|20)\d{2})(?!\d)",
    # 09/10/2018, 09-10-2018, 09.10.2018 (day first, as Vietnamese pages write it)
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s*[/.\-]\s*(?P<m>[0-3]?\d)\s*[/.\-]\s*" + _YEAR,
    # 11/20/26 at 3:05 pm, 20/11/26 14:30: a year in two digits, read only with a time after it
    r"(?<![\d/.-])(?P<sd>[0-3]?\d)/(?P<sm>[0-3]?\d)/(?P<sy>\d{2})(?![\d/])" + _TWO_DIGIT_YEAR_TIME,
)), re.I)

# A time of day, its hour and its minutes, its seconds perhaps: "07:30", "14h00", "8 giờ 30",
# "7:20:00", "16h:40'" (Violet's, the minutes marked) (a fragment, its groups named: once in a pattern).
CLOCK = (r"(?<![\d:])(?P<h>[0-2]?\d)\s*(?:h\s*:|[:h]|giờ)\s*(?P<mi>[0-5]\d)(?:\s*:\s*(?P<s>[0-5]\d))?"
         r"(?:['’′](?!\w))?(?!\d)")
# A weekday's Vietnamese name: "Thứ Năm", "Thứ 5", "Chủ nhật"; an English one, in full (fragments).
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)"
_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TIME = re.compile(CLOCK + r"(?:\s*(?P<ampm>SA|CH|a\.?m\.?|p\.?m\.?|sáng|chiều|tối|trưa|đêm)(?![^\W\d_]))?", re.I)
# Between a date and its time: separators ("@" of PHP-Nuke's "26 Tháng mười một 2026 @ 09:42:17"),
# "lúc", "at", a weekday, "(GMT+7)" and the like.
_GAP = re.compile(r"^[\s,|·•\-–—/()@]*(?:(?:lúc|at|vào|-|–)[\s,]*)?$", re.I)
_GMT = re.compile(r"(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|^\s*([+-])([01]\d):?([0-5]\d)(?!\d)", re.I)
_URL_DAY = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/-]|\.html?$|$)"   # /2024/05/11/
    # -20240511093012.htm: only with the time digits after the day (hhmm, valid), since a
    # bare 8-digit number in a URL is an article id as often as a day
    r"|(?<=[-_/])(?P<cy>(?:19|20)\d{2})(?P<cm>[01]\d)(?P<cd>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d(?=\d{0,9}(?:\.\w+)?$|[-_/])"
)
_NEAR = 16   # characters between a date and its time at most


def parse_vietnamese_date(text: str, *, today: date | None = None, month_first: bool = False) -> str | None:
    """The first plausible date in ``text`` (with the time printed beside it) as ISO 8601, or None.

    ``month_first``: the page (or its site) writes numeric dates month first (``10/6/2023``
    is 6 October, see ``reads_month_first``); a date that can only be read day first still is.
    """
    if not text:
        return None
    return _parse_date(" ".join(str(text).split())[:2000], today or datetime.now(VIETNAM).date(), month_first)


def after_date(text: str, *, today: date | None = None) -> str | None:
    """What a line prints after its first plausible date and that date's time (a date line's
    "· Lê Minh Trí", "By Hải Yến"), or None when the line has no date."""
    if not text:
        return None
    squashed = " ".join(str(text).split())[:2000]
    found = _read_date(squashed, today or datetime.now(VIETNAM).date(), False)
    return _ZONE_AFTER.sub("", squashed[found[1]:]) if found else None


def before_date(text: str, *, today: date | None = None) -> str | None:
    """What a line prints before its first plausible date, without the words that lead to it
    ("lúc", "ngày", "vào lúc 09:12", a weekday, a separator): a name the template glued the post's
    date to ("Trần Văn Bình lúc Thứ Năm, 05/11/2026"); None when the line has no date. A name's
    last word stays, "On" before a dash, a bracket's close ("Thu Hà (TTXVN) - 12/11/2026")."""
    if not text:
        return None
    squashed = " ".join(str(text).split())[:2000]
    found = _read_date(squashed, today or datetime.now(VIETNAM).date(), False)
    if found is None:
        return None
    head = squashed[:found[2]]
    marked = False   # a mark (a dash, a comma) between what is left and the date
    while lead := _LEADS_TO_DATE.search(head):
        if lead.group("word") and marked:
            break   # "Nguyễn Văn On - 12/11/2026": a word before a mark is the name's
        marked = bool(lead.group("sep") and not lead.group("sep").isspace())
        head = head[:lead.start()]
    return head


# What stands between a name and the date glued after it, read from the end: separators (not a
# closing bracket: "Thu Hà (TTXVN)"), a weekday, a clock printed before the date, and
# "lúc"/"vào lúc"/"ngày"/"at"/"on" right before them (after a mark, the word is a name's).
_LEADS_TO_DATE = re.compile(
    r"(?:(?P<sep>[\s,|·•\-–—/(]+)|(?<![^\W\d_])(?P<word>lúc|vào|ngày|at|on)|"
    rf"(?<![^\W\d_])(?:{_WEEKDAY}|{_EN_WEEKDAY})|{CLOCK})$", re.I)
# A machine-readable time of exactly midnight in its own clock, whatever its zone.
_MIDNIGHT = re.compile(r"\s*(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*", re.I)


def a_time_alone(text: str) -> bool:
    """Whether ``text`` prints a time of day and no date ("09:30", "Lúc 9:30 SA", "09:30 (GMT+7)"):
    the other half of a date line a CMS prints in two elements."""
    clock = _TIME.search(text) if len(text) <= 24 else None
    return clock is not None and not DATES.search(text) \
        and not re.search(r"[^\W\d_]{5,}", text[:clock.start()] + text[clock.end():])


def midnight_day(value: str | None) -> str | None:
    """The day a machine-readable time of exactly midnight names in its own clock
    ("2024-05-16T00:00:00.000Z", a static-site generator's date at UTC midnight, is 16 May, at
    07:00 in Vietnam): a day, no time, unless a page prints that time; None for any other value."""
    found = _MIDNIGHT.fullmatch(value or "")
    return found.group(1) if found else None


_AMPM_AFTER = re.compile(r"\s*(AM|PM|SA|CH)(?![^\W\d_])", re.I)
_ZONE_AFTER = re.compile(r"^\s*\(?\s*(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?", re.I)


@lru_cache(maxsize=4096)
def _parse_date(text: str, today: date, month_first: bool) -> str | None:
    """``parse_vietnamese_date`` of a squashed text, cached: a site prints the same date lines
    and teaser dates on page after page, and a page's lines are read by several rules."""
    found = _read_date(text, today, month_first)
    return found[0] if found else None


def _read_date(text: str, today: date, month_first: bool) -> tuple[str, int, int] | None:
    """The first plausible date in ``text`` as ISO 8601, where it (with its time) ends, and where
    the date begins."""
    latest = today + timedelta(days=1)
    for match in DATES.finditer(text):
        if _months_of_year(match, text):
            continue
        # Month first applies to a CMS's slashed dates, never to one written by hand.
        swap = month_first and "/" in match.group(0) and not _by_hand(text, match)
        day = _day(match, latest, swap)
        if day is None:
            continue
        if match.group("ih") is not None:
            # "2026-11-20 02:15 PM": a template's ISO day with a twelve-hour clock (no zone)
            meridiem = _AMPM_AFTER.match(text, match.end()) if match.group("tz") is None else None
            end = meridiem.end() if meridiem else match.end()
            return _moment(day, int(match.group("ih")), int(match.group("imi")), int(match.group("is") or 0),
                           meridiem.group(1).lower() if meridiem else None,
                           _iso_zone(match.group("tz")) or _printed_zone(text[end:]), latest), end, match.start()
        clock = _time_beside(text, match)
        if clock is None:
            return day.isoformat(), match.end(), match.start()
        hour, minute, second, ampm, end = clock
        return _moment(day, hour, minute, second, ampm, _printed_zone(text[end:]), latest), max(end, match.end()), \
            match.start()
    return None


def parse_iso_date(value: str, *, today: date | None = None) -> str | None:
    """A machine-readable date from metadata (ISO 8601 or close to it)."""
    return parse_vietnamese_date((value or "").strip(), today=today)


# A machine-readable time with no zone ("2024-03-12 01:30:00", "2024-03-12T01:30"): whose clock it
# is, the page does not say.
_ZONELESS_TIME = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*")


def zoneless_time(value: str | None) -> bool:
    """Whether a metadata value gives a time but no zone: read as Vietnam's, it may be UTC's."""
    return bool(_ZONELESS_TIME.fullmatch(value or ""))


def as_utc(iso: str) -> str:
    """The moment a time read as Vietnam's (``parse_iso_date`` of a zone-less value) names when its
    clock is UTC's: "2024-03-12T01:30:00+07:00" is "2024-03-12T08:30:00+07:00"."""
    return datetime.fromisoformat(iso).replace(tzinfo=UTC).astimezone(VIETNAM).isoformat()


def date_from_url(url: str | None, *, today: date | None = None) -> str | None:
    """The day an article URL's path gives (``/2024/05/11/slug``, ``slug-20240511093012.htm``), or None.

    Day precision only: digits after the date in a URL are an id as often as a time.
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    latest = (today or datetime.now(VIETNAM).date()) + timedelta(days=1)
    for match in _URL_DAY.finditer("/" + path):
        g = match.groupdict()
        y, m, d = (g["y"], g["m"], g["d"]) if g["y"] else (g["cy"], g["cm"], g["cd"])
        try:
            day = date(int(y), int(m), int(d))
        except ValueError:
            continue
        if _EARLIEST_YEAR <= day.year and day <= latest:
            return day.isoformat()
    return None


# A numeric date's first two fields, for the order a page writes them in; a weekday or "ngày"
# before it marks a date written by hand, in Vietnamese order whatever the CMS's locale.
_NUMERIC = re.compile(r"(?<![\d/.-])([0-3]?\d)\s*/\s*([0-3]?\d)\s*/\s*(?:(?:19|20)\d{2}(?!\d)|\d{2}(?![\d/])"
                      + _TWO_DIGIT_YEAR_TIME + ")")
_BY_HAND = re.compile(rf"(?:{_WEEKDAY}|ngày)\W*$", re.I)
_MERIDIEM = re.compile(r"^\s*[0-2]?\d:[0-5]\d(?P<s>:[0-5]\d)?\s*(?P<m>AM|PM|SA|CH)(?![^\W\d_])", re.I)
_ORDER_TEXT = 120   # longer texts are prose: a date in a sentence says nothing of the CMS's format


def reads_month_first(texts: Iterable[str]) -> bool | None:
    """Whether the numeric dates of a page (or a site) put the month first: True, False, or
    None when nothing tells.

    A classic ASP or ASP.NET site under a US locale prints ``10/19/2023`` and
    ``10/6/2023 7:20:00 AM``: a date whose second field is past 12 proves month first, one
    whose first field is, day first, and such proofs decide (by their majority), but for one:
    the runtime's US default format (``M/d/yyyy h:mm:ss tt``: no field padded with a zero, an
    English AM/PM after the seconds, ``10/6/2023 7:20:00 AM``) says month first before them,
    unless one such date is day first or a Vietnamese SA/CH is on the page too. The page's
    date line is what the CMS prints in its runtime's default format; its boxes, formatted by
    hand, print day first beside it ("(27/11/2026)"). With no proof, padded English clocks
    (``08:30:00 AM``) lean to month first and SA/CH to day first (two dates, more than the
    other). A designer's
    ``3:45 PM`` (no seconds) says nothing of the order: site builders and Vietnamese CMSs
    print it beside ``06/01/2025`` day first. Dates after a weekday or "ngày" (the header's
    "Thứ Sáu, ngày 27/10/2023") are written by hand and not counted. Vietnamese day first is the default.
    """
    proof = {True: 0, False: 0}
    lean = {True: 0, False: 0}
    runtime = {True: 0, False: 0}   # dates in the runtime's US default format, and those proven day first
    for text in texts:
        if len(text) > _ORDER_TEXT:
            continue
        for match in _NUMERIC.finditer(text):
            first, second = int(match.group(1)), int(match.group(2))
            meridiem = _MERIDIEM.match(text[match.end():])
            # Whether it was written by hand is asked only of a date that tells something (most,
            # a teaser's "12/05/2025 10:30", tell nothing).
            if not (first > 12 >= second or second > 12 >= first or meridiem) or _by_hand(text, match):
                continue
            if first > 12 >= second:
                proof[False] += 1
            elif second > 12 >= first:
                proof[True] += 1
            if meridiem:
                english = meridiem.group("m").lower() in ("am", "pm")
                if meridiem.group("s") or not english:
                    lean[english] += 1
                if meridiem.group("s") and english and not _padded(match, text[match.end():]):
                    runtime[not first > 12 >= second] += 1
    if runtime[True] and not runtime[False] and not lean[False]:
        return True
    if proof[True] or proof[False]:
        return None if proof[True] == proof[False] else proof[True] > proof[False]
    if lean[True] >= 2 and lean[True] > lean[False]:
        return True
    if lean[False] >= 2 and lean[False] > lean[True]:
        return False
    return None


def _padded(match: re.Match, after: str) -> bool:
    """Whether a numeric date or the clock after it pads a field with a zero ("12/03/2024
    08:30:00 AM"): a format written by hand, not the US runtime's ``M/d/yyyy h:mm:ss tt``."""
    return match.group(1).startswith("0") or match.group(2).startswith("0") or after.lstrip().startswith("0")


def order_told_by(pairs: Iterable[tuple[str, str | None]]) -> bool | None:
    """Whether numeric dates printed beside a machine-readable day put the month first: True,
    False, or None when no pair tells.

    Each pair is a printed text and the ISO day the page gives for it elsewhere (a teaser's
    ``<time datetime>`` around ``6/1/2025``, the article URL's ``/2025/06/01/`` for its printed
    date). A printed date whose fields read the machine's month and day one way round, and not
    the other, proves that order; pairs that disagree tell nothing.
    """
    proof = {True: 0, False: 0}
    for text, iso in pairs:
        if not iso or len(text) > _ORDER_TEXT:
            continue
        day = parse_iso_date(iso)
        if not day:
            continue
        month, mday = int(day[5:7]), int(day[8:10])
        for match in _NUMERIC.finditer(text):
            if _by_hand(text, match) or int(match.group(0).rsplit("/", 1)[1]) != int(day[:4]):
                continue
            first, second = int(match.group(1)), int(match.group(2))
            if first == second:
                continue
            if (first, second) == (month, mday):
                proof[True] += 1
            elif (first, second) == (mday, month):
                proof[False] += 1
    if proof[True] == proof[False]:
        return None
    return proof[True] > proof[False]


def _by_hand(text: str, match: re.Match) -> bool:
    """Whether the date at ``match`` follows a weekday or "ngày": written by hand, in
    Vietnamese order whatever the CMS's locale."""
    return bool(_BY_HAND.search(text[max(0, match.start() - 16):match.start()]))


def _day(match: re.Match, latest: date, month_first: bool = False) -> date | None:
    g = match.groupdict()
    if g["iy"]:
        y, m, d = g["iy"], g["im"], g["id"]
    elif g["vd"]:
        y, m, d = g["vy"], _vi_month(g["vm"]), g["vd"]
    elif g["wd"]:
        if g["mw"].isdigit() and "," not in match.group(0):
            return None   # "tháng 10 28 2024" is no date; "Tháng mười 28 2024" (a %B %d %Y) is
        y, m, d = g["wy"], _vi_month(g["mw"]), g["wd"]
    elif g["ed"]:
        y, m, d = g["ey"], _EN_MONTHS[g["mn"].lower()], g["ed"]
    elif g["fd"]:
        y, m, d = g["fy"], _EN_MONTHS[g["fm"].lower()], g["fd"]
    else:
        y, m, d = (g["y"], g["m"], g["d"]) if g["y"] else (str(2000 + int(g["sy"])), g["sm"], g["sd"])
        if month_first and int(d) <= 12:
            m, d = d, m   # "10/6/2023" on a site that writes its dates month first
        elif int(m) > 12 >= int(d):
            m, d = d, m   # "05/21/2024": Drupal's US default; day first whenever it can be
    try:
        day = date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None
    return day if _EARLIEST_YEAR <= day.year and day <= latest else None


def _months_of_year(match: re.Match, text: str) -> bool:
    """"6 tháng năm 2024" is "six months of 2024", not 6 May: the month "năm" counts only
    when written as a name (capitalised, "15 Tháng Năm 2024") or followed by a comma."""
    word = match.group("vm")
    if not word or word.lower() != "năm" or word[0] == "N":
        return False
    return not text[match.end("vm"):].lstrip().startswith(",")


def _vi_month(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _VI_MONTHS[word]


def _time_beside(text: str, match: re.Match) -> tuple[int, int, int, str, int] | None:
    """The time printed right after the date, else right before it: (h, m, s, am/pm, end) or None."""
    after = text[match.end(): match.end() + _NEAR + 24]
    clock = _TIME.search(after)
    if clock and _GAP.match(_drop_weekday(after[:clock.start()])):
        return (*_clock(clock), match.end() + clock.end())
    before = text[max(0, match.start() - _NEAR - 40): match.start()]
    found = None
    for clock in _TIME.finditer(before):
        found = clock
    if found and _GAP.match(_drop_weekday(before[found.end():])) and not DATES.search(before[found.end():]):
        return (*_clock(found), match.end())
    return None


# A weekday's name in a gap, Vietnamese or English, abbreviated or not, and "ngày".
_DAY_NAME = re.compile(
    rf"(?:{_WEEKDAY}|cn|ngày|{_EN_WEEKDAY}|mon|tue|wed|thu|fri|sat|sun)(?![^\W\d_])",
    re.I)


def _drop_weekday(gap: str) -> str:
    return _DAY_NAME.sub(" ", gap)


def _clock(m: re.Match) -> tuple[int, int, int, str]:
    return int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0), (m.group("ampm") or "").lower()


def _moment(day: date, hour: int, minute: int, second: int, ampm: str | None, zone: timezone,
            latest: date) -> str:
    ampm = (ampm or "").replace(".", "")
    if ampm in ("ch", "pm", "chiều", "tối") and hour < 12:
        hour += 12
    elif (ampm == "trưa" and hour <= 10) or (ampm == "đêm" and 7 <= hour <= 11):
        hour += 12     # "1:30 trưa" is 13:30; "10 giờ đêm" is 22:00
    elif ampm in ("sa", "am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone).astimezone(VIETNAM)
    if not _EARLIEST_YEAR <= moment.year or moment.date() > latest:
        return day.isoformat()
    return moment.isoformat()


def _iso_zone(iso_tz: str | None) -> timezone | None:
    if not iso_tz:
        return None
    if iso_tz.upper() == "Z":
        return UTC
    sign = 1 if iso_tz[0] == "+" else -1
    digits = iso_tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _printed_zone(after: str) -> timezone:
    gmt = _GMT.search(after[:20])
    if gmt:
        sign, hours, minutes = (gmt.group(1), gmt.group(2), gmt.group(3)) if gmt.group(4) is None \
            else (gmt.group(4), gmt.group(5), gmt.group(6))
        hours, minutes = int(hours or 0), int(minutes or 0)
        if hours <= 14 and minutes < 60:
            return timezone((1 if sign != "-" else -1) * timedelta(hours=hours, minutes=minutes))
    return VIETNAM


# The words a date printed alone holds besides its numbers (folded): weekdays, months, "ngày".
_DATE_WORDS = frozenset(("thu chu nhat hai ba tu nam sau bay thang ngay luc "
                         "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
                         "january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec").split())


def date_alone(text: str) -> bool:
    """Whether ``text`` is a date and nothing else ("Tuesday, November 10. 2026", "Thứ Ba,
    10/11/2026"): a blog's day heading over its entries, never a headline."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    return bool(words or re.search(r"\d", text)) and all(w in _DATE_WORDS for w in words) \
        and parse_vietnamese_date(text) is not None
