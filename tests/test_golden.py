"""Golden pages: each CMS style's page must extract to exactly its expected JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extract import extract
from crawler.extract.clean import BOX_HEADINGS
from crawler.extract.text import fold

GOLDEN = Path(__file__).parent / "golden"
PAGES = sorted(p.stem for p in GOLDEN.glob("*.json"))


def test_every_golden_page_has_its_expectation():
    assert len(PAGES) >= 5
    assert {p.stem for p in GOLDEN.glob("*.html")} == set(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_golden_page(name):
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    article = extract((GOLDEN / f"{name}.html").read_bytes(), expected["url"])
    got = article.to_dict()
    assert article.is_article, article.reason
    for key, value in expected.items():
        if key == "text":
            assert article.text.split("\n") == value
        else:
            assert got[key] == value, key
    # No line of the text is a box heading or the headline.
    for line in article.text.split("\n"):
        assert fold(line).strip(" :") not in BOX_HEADINGS, line
        assert line != article.title
