"""Is a folder on a network share? SQLite's WAL mode needs shared memory that network
file systems do not provide, so the database must not use WAL there.

Linux: the file-system type of the longest mount point containing the path, read from
``/proc/mounts`` (or a table passed in, which the tests use). macOS/BSD: the output of
``mount``. Windows: a UNC path, or a drive letter that ``GetDriveTypeW`` calls remote.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

NETWORK_FS_TYPES: frozenset[str] = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb2",
        "smb3",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "coda",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "fuse.rclone",
        "afpfs",
        "fuse.afpfs",
    }
)

DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class Mount:
    point: str
    fs_type: str


def _unescape(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal (\040 ...).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and len(field[i + 1 : i + 4]) == 3 and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_proc_mounts(text: str) -> list[Mount]:
    """Mounts from the ``/proc/mounts`` format: ``device point type options dump pass``."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape(fields[1]), fields[2].lower()))
    return mounts


def parse_bsd_mount_output(text: str) -> list[Mount]:
    """Mounts from macOS/BSD ``mount`` output: ``device on /point (type, options)``."""
    mounts = []
    for line in text.splitlines():
        head, sep, rest = line.rpartition(" (")
        if not sep or " on " not in head:
            continue
        point = head.split(" on ", 1)[1]
        mounts.append(Mount(point, rest.split(",", 1)[0].strip(" )").lower()))
    return mounts


def _is_within(path: PurePath, point: PurePath) -> bool:
    return path == point or point in path.parents


def mount_of(path: str | os.PathLike[str], mounts: list[Mount]) -> Mount | None:
    """The mount whose point is the longest prefix of *path*."""
    p = PurePath(path)
    best: Mount | None = None
    for m in mounts:
        point = PurePath(m.point)
        if _is_within(p, point) and (best is None or len(point.parts) > len(PurePath(best.point).parts)):
            best = m
    return best


def _system_mounts() -> list[Mount]:
    if sys.platform.startswith("linux"):
        try:
            return parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return []
    if sys.platform == "darwin" or "bsd" in sys.platform:
        try:
            out = subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_bsd_mount_output(out)
    return []


def _windows_drive_is_remote(path: PureWindowsPath) -> bool:
    if not path.drive or path.drive.startswith("\\\\"):
        return bool(path.drive)
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        return int(kernel32.GetDriveTypeW(path.drive + "\\")) == DRIVE_REMOTE
    except (AttributeError, OSError):
        return False


def network_filesystem(
    path: str | os.PathLike[str], *, mount_table: str | None = None, platform: str | None = None
) -> str | None:
    """The network file-system type *path* lies on, or None when it is local (or unknown).

    *mount_table* is text in ``/proc/mounts`` format to use instead of the system's;
    *platform* overrides ``sys.platform`` (``"win32"`` to check a Windows path).
    """
    platform = platform or sys.platform
    if platform == "win32":
        win = PureWindowsPath(os.fspath(path))
        if win.drive.startswith("\\\\") or str(win).startswith("\\\\"):
            return "unc"
        return "remote-drive" if mount_table is None and _windows_drive_is_remote(win) else None
    absolute = os.path.abspath(os.fspath(path)) if mount_table is not None else os.path.realpath(os.fspath(path))
    mounts = parse_proc_mounts(mount_table) if mount_table is not None else _system_mounts()
    found = mount_of(absolute, mounts)
    if found is None:
        return None
    fs_type = found.fs_type
    if fs_type in NETWORK_FS_TYPES or fs_type.split(".")[-1] in NETWORK_FS_TYPES:
        return fs_type
    return None
