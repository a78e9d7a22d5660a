"""Where a story laid out as frames ends.

Page builders that place every block by position (Adobe Muse, iWeb, Wix-era and Dreamweaver
exports) write each text frame as a sibling of the others under one page-wide holder: the
headline's frame, the story's frames, then the share button's label, the next part's title and
the footer band's name and address. The body found is that holder, so whatever follows the
story stays in it. The story ends with its last frame of prose; what follows is only short
lines that end no sentence, lists of links, an imprint (address, phone, e-mail) or widgets
without text: those frames go. A frame with a credit line (a signature, "Theo Báo …") ends
the story as well: it stays, with what comes before it.
"""

from __future__ import annotations

from lxml import html

from . import clean

# A page of frames has five or more (the header's, the headline's, the story's, the share
# button's, the footer's); the story may be one frame among them.
_MIN_FRAMES = 5
# A line past this many words is a paragraph even without its stop; a title is shorter.
_SHORT_WORDS = 14
# A source line ("Theo Báo Phú Yên", "Nguồn: TTXVN") is short; a longer one opens a sentence.
_SOURCE_MAX = 90
# Tags that hold a frame's lines: a frame is a block of these, never one itself.
_LINE_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "ul", "ol"})


def end_at_story(body: html.HtmlElement) -> None:
    """Drop, in place, the frames of ``body`` after the story's last frame of prose, when
    ``body`` is a flat list of frames and every frame after the story is chrome."""
    frames = [el for el in body if isinstance(el.tag, str)]
    if len(frames) < _MIN_FRAMES or any(el.tag in _LINE_TAGS for el in frames):
        return   # a story of paragraphs: its last lines are the story's own (a signature)
    lines = [clean.block_lines(el) for el in frames]
    prose = [i for i, (el, found) in enumerate(zip(frames, lines, strict=True)) if _prose_frame(el, found)]
    if not prose:
        return
    tail = list(range(prose[-1] + 1, len(frames)))
    if not tail or any(_credit(lines[i]) for i in tail):
        return
    if not all(_chrome_frame(frames[i], lines[i]) for i in tail) or not any(lines[i] for i in tail):
        return
    for i in tail:
        clean.drop(frames[i])


def _prose_frame(frame: html.HtmlElement, lines: list[str]) -> bool:
    """A frame of the story: its lines sit in paragraphs, one of them a sentence, few links."""
    if frame.find(".//p") is None or not lines:
        return False
    return any(clean.ends_sentence(line) for line in lines) and clean.link_density(frame) < 0.5


def _chrome_frame(frame: html.HtmlElement, lines: list[str]) -> bool:
    """A frame after a story that holds none of it: nothing to read (a widget), a list of
    links, or lines each short and ending no sentence (a label, a title) or an imprint's."""
    if not lines or clean.link_density(frame) >= 0.5:
        return True
    return all(clean.is_imprint_line(line)
               or (len(line.split()) <= _SHORT_WORDS and not clean.ends_sentence(line)) for line in lines)


def _credit(lines: list[str]) -> bool:
    """Whether one of ``lines`` credits the story: a writer's label or a source ("Theo …")."""
    return any(clean.is_credit_line(line) or clean.byline_source(line)
               or (len(line) <= _SOURCE_MAX and clean.SOURCE_START.match(line)) for line in lines)
