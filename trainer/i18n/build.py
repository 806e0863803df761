"""Compile the Qt translation sources (trainer/i18n/*.ts) into .qm files beside them.

Run by ./dev.sh before the app or the tests start; `python -m trainer.i18n.build`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease_command() -> list[str]:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if exe:
        return [exe]
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "lrelease", base / "Qt" / "libexec" / "lrelease", base / "lrelease.exe"):
        if candidate.exists():
            return [str(candidate)]
    raise FileNotFoundError("lrelease was not found in the PySide6 installation")


def build(out_dir: Path = HERE) -> list[Path]:
    """Compile every .ts; a .qm is replaced only when it changed, and then atomically.

    A running app maps its .qm file into memory: rewriting that file in place (a second
    ``./dev.sh run`` while the first is open) would crash the first with SIGBUS. A new file
    renamed over the old one leaves the running app's mapping whole.
    """
    written = []
    for ts in sorted(HERE.glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        fresh = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
        try:
            subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(fresh)], check=True)
            if qm.exists() and qm.read_bytes() == fresh.read_bytes():
                fresh.unlink()
            else:
                os.replace(fresh, qm)
        finally:
            fresh.unlink(missing_ok=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in build():
        print(path)
