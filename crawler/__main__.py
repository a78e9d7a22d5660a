"""``python -m crawler``: the same as the ``crawler`` command."""

from .cli import main

main()
