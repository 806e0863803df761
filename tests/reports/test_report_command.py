"""`python main.py report`: PDF and CSV of a debrief or a personal report; one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainer import cli
from trainer.reports.demo import COMMENT, build_demo_workshop
from trainer.storage.engine import open_database

from .conftest import pdf_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_db(tmp_path: Path, data_dir: Path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'progress.sqlite3'}"
    db = open_database(url, data_dir=data_dir)
    try:
        yield url, build_demo_workshop(db)
    finally:
        db.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_pdf_without_a_display(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, demo = demo_db
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "reports" / "debrief.pdf"
    done = subprocess.run(
        [sys.executable, "main.py", "report", "--workshop", str(demo.workshop.id), "--format", "pdf",
         "--out", str(out), "--anonymous", "--language", "vi", "--database-url", url],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "with names hidden: 8 page(s)" in done.stdout and done.stderr == ""
    text = pdf_text(out)
    assert "Học viên A" in text and "Nguyễn Thị Lan" not in text and COMMENT in text


def test_csv_and_personal_reports(demo_db, tmp_path: Path, capsys, qapp) -> None:  # type: ignore[no-untyped-def]
    url, demo = demo_db
    table = tmp_path / "debrief.csv"
    code, out, err = run(
        capsys, "report", "--workshop", str(demo.workshop.id), "--format", "csv", "--out", str(table),
        "--language", "en", "--top", "3", "--database-url", url,
    )  # fmt: skip
    assert code == 0, err
    assert "99 row(s)" in out and "Confirmed facts" in table.read_text(encoding="utf-8-sig")

    personal = tmp_path / "binh.pdf"
    code, out, err = run(
        capsys, "report", "--trainee", str(demo.trainee_ids[1]), "--format", "pdf", "--out", str(personal),
        "--database-url", url,
    )  # fmt: skip
    assert code == 0, err
    assert "personal report of Trần Văn Bình" in out
    assert "Trần Văn Bình" in pdf_text(personal) and COMMENT in pdf_text(personal)


def test_errors_are_one_line(demo_db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url, demo = demo_db
    missing = "00000000-0000-4000-8000-000000000000"
    code, out, err = run(
        capsys,
        "report",
        "--workshop",
        missing,
        "--format",
        "csv",
        "--out",
        str(tmp_path / "x.csv"),
        "--database-url",
        url,
    )
    assert code == 1 and err.strip() == f"error: no workshop with id {missing}" and out == ""
    code, _, err = run(
        capsys, "report", "--trainee", str(demo.trainee_ids[0]), "--anonymous", "--format", "csv",
        "--out", str(tmp_path / "x.csv"), "--database-url", url,
    )  # fmt: skip
    assert code == 2 and "--anonymous applies to a workshop debrief" in err
    code, _, err = run(
        capsys, "report", "--workshop", str(demo.workshop.id), "--format", "csv", "--out", str(tmp_path),
        "--database-url", url,
    )  # fmt: skip
    assert code == 1 and "is a folder" in err
    assert not (tmp_path / "x.csv").exists()
