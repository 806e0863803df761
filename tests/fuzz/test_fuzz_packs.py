"""10,000 hostile scenario packs through the checker and the installer.

Each case (see packs.py) is written to a sandbox, inspected with ``inspect_pack`` and
given to ``install_pack`` as a user would (keep both, replace, skip, or no choice). Never
an unhandled exception; either a refusal whose every problem names its place (the file
inside the pack, or the whole pack) in English and Vietnamese, or a clean install that
loads and can be undone; and whatever happens, nothing is written anywhere but the user's
scenario folder and the undo journal — the sandbox is snapshotted before and after.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.checks import check_message, check_report
from tests.fuzz.packs import TINY, Extra, PackPlan, build, pack_plans
from tests.fuzz.profile import repeatable
from tests.fuzz.seeds import encode
from trainer.content.loader import load_scenario_file
from trainer.content.packs import Choice, PackError, PackInspection, inspect_pack, install_pack, undo_last_import
from trainer.content.packs_model import MANIFEST_NAME

CASES = 10_000
#: Problems about the pack as a whole; every other one names a file inside the pack.
WHOLE_PACK = {
    "pack_io",
    "pack_not_zip",
    "pack_too_large",
    "pack_too_many_entries",
    "pack_total_too_large",
    "pack_no_manifest",
    "pack_no_scenarios",
    "pack_name_not_utf8",
    "pack_conflict_unresolved",
    "pack_cannot_replace",
    "pack_unsafe_target",
    "pack_write_failed",
}
CHOICES: list[Choice | None] = ["keep_both", "replace", "skip", None]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Path]:
    """A deep folder, so a name with a few ".." still lands inside it and is seen.

    In memory (/dev/shm) where there is one: an import syncs every file it writes to disk.
    """
    shm = Path("/dev/shm")
    root = Path(tempfile.mkdtemp(prefix="fuzz-packs-", dir=shm if shm.is_dir() else None))
    yield root
    shutil.rmtree(root, ignore_errors=True)


def snapshot(root: Path) -> dict[str, str]:
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                found[rel] = "link:" + os.readlink(path)
            elif path.is_file():
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[rel + "/"] = "dir"
    return found


def zip_names(pack: Path) -> set[str]:
    try:
        with zipfile.ZipFile(pack) as zf:
            return set(zf.namelist())
    except Exception:  # the checker said why; here only the names are wanted
        return set()


def check_inspection(insp: PackInspection, plan: PackPlan, pack: Path) -> None:
    assert insp.ok == (insp.manifest is not None and bool(insp.scenarios) and not insp.errors)
    if not insp.ok:
        assert insp.errors or not insp.scenarios
    listed = {f.path for f in insp.manifest.files} if insp.manifest else set()
    places = zip_names(pack) | listed | {MANIFEST_NAME}
    for issue in insp.issues:
        check_message(issue.problem)
        named = issue.entry or issue.problem.params.get("name")
        assert named is not None or issue.code in WHOLE_PACK, f"no place named: {issue.message()}"
        if named is not None:
            assert named in places, f"{named!r} is not in the pack: {issue.message()}"
    for s in insp.scenarios:
        original = plan.files.get(s.entry)
        assert original is not None, s.entry
        check_report(s.report, original)


def install(insp: PackInspection, plan: PackPlan, choice: Choice | None, home: Path) -> None:
    user, journals = home / "scenarios", home / "journals"
    before = snapshot(user)
    try:
        result = install_pack(insp, choice, user_dir=user, folders=[user], journals=journals)
    except PackError as exc:
        assert exc.issues
        for issue in exc.issues:
            check_message(issue.problem)
        assert snapshot(user) == before, "a refused import changed the scenario folder"
        return
    assert insp.ok, "an import went ahead with a pack the checker refused"
    data = {s.id: s.data for s in insp.scenarios}  # validated by the checker
    for sid, path in result.added + result.replaced:
        assert path.parent == user and not path.is_symlink() and path.read_bytes() == data[sid], path
    for _, _, path in result.renamed:  # rewritten with a new id: the installer validates it again
        assert path.parent == user and not path.is_symlink() and load_scenario_file(path).valid, path
    if result.changed:
        undo_last_import(journals)
        assert snapshot(user) == before, "undo did not restore the scenario folder"


def prepare(sandbox: Path, plan: PackPlan) -> tuple[Path, Path]:
    for child in sandbox.iterdir():
        shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    home = sandbox / "a" / "b" / "c" / "home"
    user = home / "scenarios"
    user.mkdir(parents=True)
    (sandbox / "inbox").mkdir()
    (sandbox / "outside").mkdir()
    if plan.installed is not None:
        (user / f"{_first_id(plan)}.json").write_bytes(plan.installed)
    if plan.link_in_library:
        (sandbox / "outside" / "target.json").write_bytes(b"{}")
        (user / f"{_first_id(plan)}.json").unlink(missing_ok=True)
        (user / f"{_first_id(plan)}.json").symlink_to(sandbox / "outside" / "target.json")
    return sandbox / "inbox" / "p.zip", home


def _first_id(plan: PackPlan) -> str:
    return next(iter(plan.files)).rsplit("/", 1)[-1].removesuffix(".json")


@pytest.mark.slow
@repeatable(CASES)
@given(plan=pack_plans(), choice=st.sampled_from(CHOICES))
@example(
    plan=PackPlan(files={"scenarios/x.json": encode(TINY[0])}, extras=[Extra("../../evil.json", b"{}")]), choice=None
)
def test_hostile_packs_are_refused_or_installed_cleanly(plan: PackPlan, choice: Choice | None, sandbox: Path) -> None:
    pack, home = prepare(sandbox, plan)
    build(plan, pack, sandbox)
    outside = {k: v for k, v in snapshot(sandbox).items() if not k.startswith("a/b/c/home/")}
    insp = inspect_pack(pack, plan.limits)
    check_inspection(insp, plan, pack)
    install(insp, plan, choice, home)
    after = {k: v for k, v in snapshot(sandbox).items() if not k.startswith("a/b/c/home/")}
    assert after == outside, "something was written outside the scenario folder"
    home_now = {k for k in snapshot(home)}
    assert all(k.startswith(("scenarios", "journals")) for k in home_now), home_now
