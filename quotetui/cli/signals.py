"""SIGTERM and SIGHUP end a long run as Ctrl-C does: what is finished is kept."""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP: stop as Ctrl-C does, keeping what is finished."""


@contextlib.contextmanager
def stop_signals() -> Iterator[list[int]]:
    """SIGTERM and SIGHUP raise ``Stopped`` (a KeyboardInterrupt) in the main thread, so a
    run killed by them ends as one stopped with Ctrl-C: finished work saved, workers stopped.
    Yields the list of signals received."""
    received: list[int] = []
    if sys.platform == "win32" or not main_thread():
        yield received
        return

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        raise Stopped

    watched = [signal.SIGTERM, signal.SIGHUP]
    previous = {sig: signal.signal(sig, stop) for sig in watched}
    try:
        yield received
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def ignore_stop_signals() -> None:
    # While the last finished documents are stored: a second signal must not lose them.
    if sys.platform != "win32" and main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)


def exit_status(received: list[int]) -> int:
    return 128 + (received[0] if received else signal.SIGINT)
