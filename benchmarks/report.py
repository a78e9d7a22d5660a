"""docs/benchmarks.md holds one section per benchmark; each benchmark rewrites only its own."""

from __future__ import annotations

import re
from pathlib import Path

HEADER = "# Benchmarks\n"


def replace_section(path: Path, title: str, body: str) -> None:
    """Put ``body`` (which starts with ``title``, a ``## `` heading) in place of that section."""
    old = path.read_text(encoding="utf-8") if path.exists() else HEADER
    head, *sections = re.split(r"(?m)^(?=## )", old)
    body = body.rstrip("\n") + "\n"
    for index, section in enumerate(sections):
        if section.split("\n", 1)[0].rstrip() == title.rstrip():   # the whole heading: a labelled run stays
            sections[index] = body
            break
    else:
        sections.append(body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((head.rstrip("\n") or HEADER.rstrip("\n")) + "\n\n"
                    + "\n".join(s.rstrip("\n") + "\n" for s in sections), encoding="utf-8")


def publish(path: Path, body: str) -> None:
    """Write ``body`` as its section (its first line is the ``## `` heading) and show it."""
    replace_section(path, body.split("\n", 1)[0], body)
    print(body)


def machine() -> str:
    import os
    import platform

    return (f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, "
            f"{os.cpu_count()} cores")


def goals_table(rows: list[tuple[str, str, str]]) -> str:
    """Markdown table of (figure, goal, measured)."""
    return "\n".join(["| figure | goal | measured |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows])
