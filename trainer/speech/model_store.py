"""Speech-recognition model folders: check one, find one inside a folder, import a ``.zip``.

Teachers get a Vosk model (for Vietnamese, ``vosk-model-small-vn-0.4``, about 32 MB, from
https://alphacephei.com/vosk/models) as a ``.zip`` — often on a USB stick, because the
school's connection is slow. The app can use the unzipped folder where it is, or import the
``.zip`` into the data folder (``<data>/speech-models/<model name>/``), so the stick can be
removed afterwards.

Errors are :class:`~trainer.speech.transcribe.TranscriptionError` with a code the UI turns
into a sentence: ``model_missing``, ``not_a_folder``, ``not_a_model``, ``zip_bad``,
``zip_no_model``, ``zip_unsafe``, ``no_space``, ``copy_failed``.
"""

from __future__ import annotations

import errno
import os
import shutil
import threading
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from trainer import paths
from trainer.speech.transcribe import Progress, TranscriptionCancelled, TranscriptionError

MODELS_FOLDER = "speech-models"
#: Where to get models, shown in the settings and in docs/spoken-answers.md (trainer.ui.spoken_text repeats them).
MODELS_URL = "https://alphacephei.com/vosk/models"
SUGGESTED_VI_MODEL = "vosk-model-small-vn-0.4"
SUGGESTED_EN_MODEL = "vosk-model-small-en-us-0.15"

_GRAPHS = (("HCLG.fst",), ("HCLr.fst", "Gr.fst"))


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    name: str
    size_bytes: int
    layout: str  # "vosk" (am/ conf/ graph/) or "vosk-flat" (older models: files at the top)


def models_dir() -> Path:
    return paths.data_dir() / MODELS_FOLDER


def _missing(folder: Path) -> list[str]:
    """Files a Vosk model needs that *folder* lacks (empty: it looks like a model)."""
    if (folder / "am" / "final.mdl").is_file():
        need = ["am/final.mdl", "conf/mfcc.conf"]
        graph = folder / "graph"
    else:
        need = ["final.mdl", "mfcc.conf"]
        graph = folder
    missing = [n for n in need if not (folder / n).is_file()]
    if not any(all((graph / f).is_file() for f in option) for option in _GRAPHS):
        missing.append(("graph/" if graph != folder else "") + "HCLG.fst (or HCLr.fst + Gr.fst)")
    return missing


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def check_model_folder(path: Path | str) -> ModelInfo:
    """*path* as a usable model folder (also when it holds exactly one model folder inside);
    :class:`TranscriptionError` saying what is wrong otherwise. Reads no model data."""
    folder = Path(path).expanduser()
    if not folder.exists():
        raise TranscriptionError("model_missing", f"{folder} does not exist")
    if not folder.is_dir():
        raise TranscriptionError("not_a_folder", f"{folder} is a file, not a folder")
    missing = _missing(folder)
    if missing:
        inner = [p for p in folder.iterdir() if p.is_dir() and not _missing(p)]
        if len(inner) == 1:
            folder = inner[0]  # the user chose the folder the model was unzipped into
        else:
            raise TranscriptionError("not_a_model", f"{folder} lacks {', '.join(missing)}")
    layout = "vosk" if (folder / "am").is_dir() else "vosk-flat"
    return ModelInfo(folder.resolve(), folder.name, _size(folder), layout)


def _zip_root(names: list[str]) -> str | None:
    """The folder inside the archive that holds the model ('' for the top), or None."""
    roots: list[str] = []
    for name in names:
        p = PurePosixPath(name)
        if p.name == "final.mdl":
            parent = p.parent
            if parent.name == "am":
                parent = parent.parent
            roots.append("" if str(parent) == "." else str(parent) + "/")
    return min(roots, key=len) if roots else None


def _safe_member(name: str, root: str) -> PurePosixPath | None:
    """The member's path below *root*, or None when it is not below it; zip_unsafe for tricks."""
    if not name.startswith(root):
        return None
    rel = PurePosixPath(name[len(root) :])
    if name.startswith("/") or "\\" in name or any(part == ".." for part in rel.parts) or ":" in name:
        raise TranscriptionError("zip_unsafe", f"the archive entry {name!r} points outside its folder")
    return rel if rel.parts else None


def import_model_zip(
    zip_path: Path | str,
    dest_dir: Path | None = None,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ModelInfo:
    """Unpack the model in *zip_path* into ``dest_dir/<model name>/`` and check it.

    The archive is unpacked into a temporary folder first and moved into place only when
    it is complete and looks like a model, so a failed import never leaves half a model
    (an earlier model of the same name is replaced only then).
    """
    zip_path = Path(zip_path)
    dest_dir = dest_dir or models_dir()
    try:
        archive = zipfile.ZipFile(zip_path)
    except FileNotFoundError as exc:
        raise TranscriptionError("model_missing", str(exc)) from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise TranscriptionError("zip_bad", f"{zip_path}: {exc}") from exc
    with archive:
        infos = archive.infolist()
        root = _zip_root([i.filename for i in infos])
        if root is None:
            raise TranscriptionError("zip_no_model", f"{zip_path} holds no Vosk model (no final.mdl)")
        members = [(i, _safe_member(i.filename, root)) for i in infos]
        files = [(i, rel) for i, rel in members if rel is not None and not i.is_dir()]
        total = sum(i.file_size for i, _ in files) or 1
        name = PurePosixPath(root).name if root else zip_path.stem
        try:
            dest_dir.mkdir(parents=True, exist_ok=True)
            if shutil.disk_usage(dest_dir).free < total + 16 * 1024 * 1024:
                raise TranscriptionError("no_space", f"{total} bytes needed in {dest_dir}")
        except OSError as exc:
            raise TranscriptionError("copy_failed", str(exc)) from exc
        staging = dest_dir / f".importing-{uuid.uuid4().hex[:8]}"
        done = 0
        try:
            for info, rel in files:
                if cancel is not None and cancel.is_set():
                    raise TranscriptionCancelled()
                target = staging.joinpath(*rel.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as src, open(target, "wb") as out:
                    while chunk := src.read(1 << 20):
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(min(1.0, done / total))
            info_model = check_model_folder(staging)
            final = dest_dir / name
            _replace(staging, final)
        except zipfile.BadZipFile as exc:
            raise TranscriptionError("zip_bad", f"{zip_path}: {exc}") from exc
        except OSError as exc:
            code = "no_space" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "copy_failed"
            raise TranscriptionError(code, str(exc)) from exc
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return ModelInfo(final.resolve(), name, info_model.size_bytes, info_model.layout)


def _replace(new: Path, final: Path) -> None:
    old = final.with_name(f".old-{final.name}-{uuid.uuid4().hex[:8]}")
    if final.exists():
        os.replace(final, old)
    try:
        os.replace(new, final)
    except OSError:
        if old.exists():
            os.replace(old, final)
        raise
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
