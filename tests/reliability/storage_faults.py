"""Real file-system faults for the storage tests: a read-only folder, a full disk, a lock
held by another process, a damaged database file.

Each fault is made for real, and the way depends on what this machine allows (chosen at
run time, never skipped): a folder is made read-only with chmod where that stops writes
(a normal user), else with a read-only bind mount (root, who ignores permissions); a disk
is filled on a small tmpfs (root with mount) or with the file-size limit of this process
(RLIMIT_FSIZE, anyone: the kernel refuses to let a file grow, as on a full disk). Every
fault is checked to bite before a test relies on it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*cmd: str) -> bool:
    return subprocess.run(list(cmd), capture_output=True, text=True).returncode == 0


def _writes_fail(folder: Path) -> bool:
    probe = folder / f".probe-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return True
    probe.unlink()
    return False


def can_mount(scratch: Path) -> bool:
    """Whether this process may mount file systems (root with CAP_SYS_ADMIN)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    target = scratch / f"mount-probe-{uuid.uuid4().hex[:8]}"
    target.mkdir()
    try:
        if not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)):
            return False
        _run("umount", str(target))
        return True
    finally:
        target.rmdir()


# --- a read-only folder ---------------------------------------------------------------------


class ReadOnlyFolder:
    """Make *folder* read-only and writable again. ``how`` says which way was used."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.how = ""
        self._modes: dict[Path, int] = {}

    def make(self) -> None:
        for path in [self.folder, *self.folder.iterdir()]:
            self._modes[path] = path.stat().st_mode & 0o7777
            path.chmod(0o555 if path.is_dir() else 0o444)
        if _writes_fail(self.folder):
            self.how = "chmod"
            return
        self._restore_modes()  # root ignores permissions: a read-only bind mount instead
        if _run("mount", "--bind", str(self.folder), str(self.folder)):
            if _run("mount", "-o", "remount,bind,ro", str(self.folder)) and _writes_fail(self.folder):
                self.how = "read-only bind mount"
                return
            _run("umount", str(self.folder))
        pytest.fail(
            "cannot make a folder read-only here: running as root (permissions do not apply) without "
            "permission to mount; run the tests as a normal user or with CAP_SYS_ADMIN",
            pytrace=False,
        )

    def undo(self) -> None:
        if self.how == "read-only bind mount":
            _run("umount", str(self.folder))
        self._restore_modes()
        self.how = ""
        assert not _writes_fail(self.folder)

    def _restore_modes(self) -> None:
        for path, mode in self._modes.items():
            with contextlib.suppress(OSError):
                path.chmod(mode)
        self._modes.clear()


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[ReadOnlyFolder]:
    ro = ReadOnlyFolder(folder)
    ro.make()
    try:
        yield ro
    finally:
        if ro.how:
            ro.undo()


# --- a full disk --------------------------------------------------------------------------------


class SmallDisk:
    """A folder whose disk can be filled and freed again.

    ``kind`` "tmpfs": a 16 MiB tmpfs mounted on the folder, filled with a ballast file.
    ``kind`` "rlimit": the process's file-size limit is lowered to the size of the largest
    file in the folder, so no file there can grow (writes fail with EFBIG, as SQLite sees a
    full disk); other files of the process stay under that size while the disk is "full".
    """

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder, self.kind = folder, kind
        self.full = False
        self._old_limit: tuple[int, int] | None = None
        self._old_handler: object = None

    def __enter__(self) -> SmallDisk:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.kind == "tmpfs" and not _run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(self.folder)):
            pytest.fail("could not mount a tmpfs (needs root with mount permission)", pytrace=False)
        return self

    def __exit__(self, *exc: object) -> None:
        self.free()
        if self.kind == "tmpfs" and not _run("umount", str(self.folder)):
            _run("umount", "-l", str(self.folder))  # connections the test left open

    @property
    def ballast(self) -> Path:
        return self.folder / "ballast.bin"

    def fill(self) -> None:
        if self.kind == "tmpfs":
            chunk = b"\0" * 65536
            with open(self.ballast, "wb", buffering=0) as fh:
                try:
                    while True:
                        fh.write(chunk)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                with contextlib.suppress(OSError):
                    while True:
                        fh.write(b"\0" * 512)  # the last scraps of space
            assert shutil.disk_usage(self.folder).free < 64 * 1024
        else:
            sizes = [p.stat().st_size for p in self.folder.rglob("*") if p.is_file()]
            limit = max([*sizes, 64 * 1024])
            self._old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            self._old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, self._old_limit[1]))
        self.full = True
        probe = self.folder / "probe.bin"
        with pytest.raises(OSError):  # the disk is full for real
            probe.write_bytes(b"\0" * (2 * 1024 * 1024))
        probe.unlink(missing_ok=True)

    def free(self) -> None:
        if not self.full:
            return
        if self.kind == "tmpfs":
            self.ballast.unlink(missing_ok=True)
        else:
            assert self._old_limit is not None
            resource.setrlimit(resource.RLIMIT_FSIZE, self._old_limit)
            signal.signal(signal.SIGXFSZ, self._old_handler)  # type: ignore[arg-type]
        self.full = False


def disk_kinds() -> list[str]:
    """ "rlimit" runs everywhere; "tmpfs" too where this process may mount (a root test run)."""
    scratch = Path(os.environ.get("TMPDIR", "/tmp"))
    return ["tmpfs", "rlimit"] if can_mount(scratch) else ["rlimit"]


# --- a lock held by another process -----------------------------------------------------------

LOCK_HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    path, mode, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.execute("BEGIN " + mode)
    conn.execute("CREATE TABLE IF NOT EXISTS lock_holder_was_here (x)")  # a write: the lock is real
    print("locked", flush=True)
    time.sleep(seconds)
    conn.execute("ROLLBACK")
    print("released", flush=True)
    """
)


@contextlib.contextmanager
def locked_by_another_process(path: Path, seconds: float, mode: str = "EXCLUSIVE") -> Iterator[subprocess.Popen[str]]:
    """A second Python process holds ``BEGIN <mode>`` on the SQLite file for *seconds*."""
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(path), mode, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=seconds + 30)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# --- damaged files --------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, how: str) -> None:
    """ "garbage": the file is overwritten with text; "truncated": its second half is cut off."""
    if how == "garbage":
        path.write_bytes(("Đây không phải cơ sở dữ liệu. " * 400).encode())
    elif how == "truncated":
        with open(path, "r+b") as fh:
            fh.truncate(path.stat().st_size // 2)
    else:
        raise ValueError(how)
