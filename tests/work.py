"""How much work a call does, counted, not timed: the number of function calls it makes
(Python and built-in), the same on every run of the same code on the same input, whatever
else the machine is doing. Tests compare the counts of two input sizes to check growth."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def calls(fn: Callable[..., Any], *args: Any) -> int:
    """The number of function calls ``fn(*args)`` makes."""
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        fn(*args)
    finally:
        sys.setprofile(previous)
    return count
