"""Child processes in tests: always reaped, also when the test fails.

A child left running after a failed assertion keeps its pipes open, and its
``ResourceWarning`` (an error under ``filterwarnings = error``) then fails
whichever test runs next.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def running(*args: str, **popen) -> Iterator[subprocess.Popen]:
    """``crawler ARGS…`` in a child process (stdout, stderr captured as text);
    killed if still running when the block ends, and waited for."""
    child = subprocess.Popen([sys.executable, "-m", "crawler", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, **popen)
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        reap(child)


def reap(child: subprocess.Popen) -> None:
    """Wait for ``child`` and close its pipes, whether or not its output was read."""
    child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()


# ``python -c WITH_PEAK crawl ...`` runs the crawler CLI and writes its own peak
# resident memory (VmHWM, in kB) to the file named by $PEAK_FILE when it exits.
# (The rusage of a child is no good here: Linux folds the parent's high-water mark
# into it when the child is spawned from a large pytest process.)
WITH_PEAK = """
import atexit, os, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            open(os.environ["PEAK_FILE"], "w").write(line.split()[1])
atexit.register(peak)
sys.argv[0] = "crawler"
from crawler.cli import main
main()
"""
