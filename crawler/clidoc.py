"""The CLI reference (docs/cli.md), generated from the commands' own --help.

    uv run python -m crawler.clidoc > docs/cli.md

``tests/test_docs.py`` fails when docs/cli.md no longer matches.
"""

from __future__ import annotations

import click

from .cli import main


def render() -> str:
    lines = ["# CLI reference", "", "Generated from `--help` by `uv run python -m crawler.clidoc > docs/cli.md`;",
             "a test fails when this file and the commands drift apart.", ""]
    with click.Context(main, info_name="crawler", terminal_width=100, max_content_width=100,
                       **main.context_settings) as ctx:
        lines += ["## crawler", "", "```", main.get_help(ctx).rstrip(), "```", ""]
        for name in main.list_commands(ctx):
            command = main.get_command(ctx, name)
            assert command is not None, name
            with click.Context(command, info_name=name, parent=ctx, terminal_width=100,
                               max_content_width=100) as sub:
                lines += [f"## crawler {name}", "", "```", command.get_help(sub).rstrip(), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
