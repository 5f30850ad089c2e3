"""The one atomic-write helper, on real files."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotetui.files import write_atomically


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_a_new_file_gets_the_umasks_permissions(tmp_path: Path, mask: int) -> None:
    target = tmp_path / "out.txt"
    with umask(mask):
        assert write_atomically(target, lambda f: f.write("data")) == 4
        plain = tmp_path / "plain.txt"
        plain.write_text("x")  # what any file the user creates gets
    assert target.read_text() == "data"
    assert target.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777 == 0o666 & ~mask
    assert no_temp_files(tmp_path)


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_atomically(target, lambda f: f.write("new"))
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failure_or_a_refused_result_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def fail(f) -> int:
        f.write("half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_atomically(target, fail)
    assert write_atomically(target, lambda f: f.write(""), keep=lambda n: n > 0) == 0
    assert target.read_text() == "old"
    assert no_temp_files(tmp_path)
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, lambda f: 0)


def test_encoding_and_line_ends_are_the_callers(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_atomically(target, lambda f: f.write("é\r\n"), encoding="utf-8-sig", newline="")
    assert target.read_bytes() == "\ufeffé\r\n".encode()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    # `-o` naming a FIFO (or /dev/stdout, /dev/null): a file renamed over it replaced the node
    # itself (as root, even /dev/full became a regular file holding the CSV).
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    assert write_atomically(fifo, lambda f: f.write("a,b\n")) == 4
    reader.join(timeout=10)
    assert got == ["a,b\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]  # no temporary file left


def test_a_symlink_stays_a_link_to_the_replaced_file(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_atomically(link, lambda f: f.write("new\n"))
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text() == "new\n"
