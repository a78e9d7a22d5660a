"""The docs stay true: the CLI reference is what --help prints; every config key is documented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from crawler import clidoc
from crawler.config import _SITE_KEYS, CrawlSettings

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_cli_reference_matches_the_commands():
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == clidoc.render(), \
        "docs/cli.md drifted: uv run python -m crawler.clidoc > docs/cli.md"


def test_every_config_key_is_in_the_config_reference():
    text = (DOCS / "config.md").read_text(encoding="utf-8")
    for key in [f.name for f in fields(CrawlSettings)] + list(_SITE_KEYS) + ["path"]:
        assert f"| `{key}` |" in text, key


def test_architecture_page_names_every_pipeline_module():
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    package = Path(__file__).resolve().parents[1] / "crawler"
    for module in ("config", "discover", "politeness", "fetch", "extract", "page", "neardup", "archive", "search",
                   "export", "stats", "reextract", "serve", "crawl"):
        assert (package / f"{module}.py").exists() or (package / module).is_dir(), module
        assert f"{module}.py" in text or f"{module}/" in text, module

