"""The fingerprint of a build's sources, stored in the build as BUILD-INFO.json.

    python packaging/buildinfo.py hash              # the fingerprint of the working tree
    python packaging/buildinfo.py write DIR [--seconds N]   # store it in DIR/BUILD-INFO.json
    python packaging/buildinfo.py check DIR         # exit 0 if DIR was built from these sources

The fingerprint covers everything a build is made of: the app's code and data, the bundled
scenarios and assets, the packaging files, pyproject.toml, and the versions of the Python
packages that are bundled. `./dev.sh dist` writes it; tests/dist/test_dist.py rebuilds
when it differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("main.py", "pyproject.toml", "trainer", "scenarios", "assets", "packaging")
SKIP_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo"}
#: Installed distributions whose version changes what is bundled.
PACKAGES = (
    "PySide6-Essentials",
    "PySide6-Addons",
    "shiboken6",
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "SQLAlchemy",
    "alembic",
    "pyttsx3",
    "jsonschema",
    "platformdirs",
    "numpy",
    "vosk",
    "psycopg",
    "psycopg-binary",
)
INFO_NAME = "BUILD-INFO.json"


def source_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        top = root / name
        if top.is_file():
            files.append(top)
        elif top.is_dir():
            for path in top.rglob("*"):
                skipped = SKIP_DIRS.intersection(path.relative_to(root).parts[:-1]) or path.suffix in SKIP_SUFFIXES
                if path.is_file() and not skipped:
                    files.append(path)
    return sorted(files)


def package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "-"
    return versions


def source_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in source_files(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(json.dumps([sys.version, platform.machine(), package_versions()], sort_keys=True).encode())
    return digest.hexdigest()


def read_info(build_dir: Path) -> dict[str, object] | None:
    try:
        info = json.loads((build_dir / INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def is_current(build_dir: Path, root: Path = ROOT) -> bool:
    info = read_info(build_dir)
    return info is not None and info.get("source_hash") == source_hash(root)


def write_info(build_dir: Path, seconds: float | None = None) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from trainer import __version__

    info: dict[str, object] = {
        "version": __version__,
        "source_hash": source_hash(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "build_seconds": seconds,
        "python": platform.python_version(),
        "platform": f"{sys.platform}-{platform.machine()}",
        "packages": package_versions(),
    }
    (build_dir / INFO_NAME).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("hash")
    write = sub.add_parser("write")
    write.add_argument("dir", type=Path)
    write.add_argument("--seconds", type=float, default=None)
    check = sub.add_parser("check")
    check.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "hash":
        print(source_hash())
        return 0
    if args.command == "write":
        write_info(args.dir, args.seconds)
        return 0
    if is_current(args.dir):
        print(f"{args.dir} is up to date")
        return 0
    print(f"{args.dir} is missing or was built from other sources")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
