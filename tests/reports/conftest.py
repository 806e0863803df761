"""Report tests: the storage fixtures (a real SQLite file, a real PostgreSQL schema) and
text extraction from PDF files with poppler's pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.storage.conftest import backend, data_dir, db, db_url, pg_schema_url  # noqa: F401 - fixtures

PDFTOTEXT = "pdftotext"


def pdf_text(path: Path, *, page: int | None = None, layout: bool = False) -> str:
    """The text of *path* (or of one page), whitespace collapsed so wrapped lines read as one;
    *layout* keeps table rows together (pdftotext -layout)."""
    exe = shutil.which(PDFTOTEXT)
    if exe is None:
        pytest.fail("pdftotext is missing: install poppler-utils (./dev.sh test installs it)", pytrace=False)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    mode = ["-layout"] if layout else []
    out = subprocess.run([exe, "-enc", "UTF-8", *mode, *pages, str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def pdf_pages(path: Path) -> int:
    exe = shutil.which("pdfinfo")
    if exe is None:
        pytest.fail("pdfinfo is missing: install poppler-utils (./dev.sh test installs it)", pytrace=False)
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_fonts(path: Path) -> str:
    exe = shutil.which("pdffonts")
    if exe is None:
        pytest.fail("pdffonts is missing: install poppler-utils (./dev.sh test installs it)", pytrace=False)
    return subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
