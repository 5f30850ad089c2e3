"""Writing output files so that a failed or interrupted run never leaves a broken one behind.

Shared by ``quotetui extract -o`` and ``quotetui export -o`` (and the review app's export).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

__all__ = ["write_atomically"]

T = TypeVar("T")


def _always(_result: object) -> bool:
    return True


def write_atomically(
    target: str | os.PathLike[str],
    write: Callable[[TextIO], T],
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
    buffering: int = -1,
    keep: Callable[[T], bool] = _always,
) -> T:
    """Call ``write`` on a temporary file beside ``target`` and rename it over ``target`` only
    once ``write`` has returned and ``keep(result)`` says so; return ``write``'s result.

    Until then ``target`` is untouched: a crash, an exception (also from a full disk) or a run
    that ``keep`` refuses (nothing to write, say) leaves any earlier file as it was and no
    temporary file. The data is on disk (fsync) before the rename. A new file gets the
    permissions of any file the user creates (0666 less the umask); a replaced one keeps its own.
    """
    path = Path(target)
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder")
    if path.exists() and not path.is_file():
        # A device, FIFO or socket (/dev/stdout, /dev/null, a named pipe) is written to as it
        # is: a file renamed over it would replace the device node itself.
        return _write_through(path, write, encoding, newline, buffering)
    if path.is_symlink():
        # The link stays a link: the file it points to is the one replaced.
        path = path.resolve()
    tmp, fd = _create_temp(path)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline, buffering=buffering) as f:
            result = write(f)
            f.flush()
            os.fsync(f.fileno())
        if not keep(result):
            os.unlink(tmp)
            return result
        with contextlib.suppress(OSError):
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
        return result
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_through(
    path: Path, write: Callable[[TextIO], T], encoding: str, newline: str | None, buffering: int
) -> T:
    with open(path, "w", encoding=encoding, newline=newline, buffering=buffering) as f:
        result = write(f)
        f.flush()  # a full device (/dev/full) says so here, not silently at close
    return result


def _create_temp(target: Path) -> tuple[Path, int]:
    # os.open with mode 0o666 (not mkstemp's 0o600) so that the file gets the umask's usual
    # permissions; O_EXCL makes the name ours alone.
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
