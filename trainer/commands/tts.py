"""`python main.py tts --scenario FILE --out DIR`: every question of a scenario as a WAV file.

For trainers who play the questions in a room without the app. Files are named
``NN-<question id>.wav`` in speaking order (the main sequence, then the follow-ups), and
``questions.txt`` lists which journalist asks what. `--voices` lists the installed voices.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from trainer.content.loader import load_scenario_file
from trainer.speech.cache import SpeechCache
from trainer.speech.engine import SpeechError, language_of
from trainer.speech.pyttsx3_engine import Pyttsx3Engine
from trainer.speech.synth import Synthesizer, speaking_order
from trainer.speech.wavinfo import wav_stats


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "tts",
        help="write every question of a scenario to a WAV file",
        description="Synthesise every question of a scenario into WAV files (pyttsx3: espeak-ng, SAPI 5 "
        "or macOS voices), for playing in a room without the app.",
    )
    p.add_argument("--scenario", metavar="FILE", help="the scenario file")
    p.add_argument("--out", metavar="DIR", help="folder for the WAV files (created if missing)")
    p.add_argument("--rate", type=float, default=1.0, help="speed multiplier, 0.5–2.0 (default 1.0)")
    p.add_argument("--voices", action="store_true", help="list the installed voices (with --lang, one language)")
    p.add_argument("--lang", metavar="CODE", help="with --voices: only voices of this language, e.g. vi")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = Pyttsx3Engine()
    try:
        if args.voices:
            return _list_voices(engine, args.lang)
        if not args.scenario or not args.out:
            print("tts: --scenario FILE and --out DIR are required (or --voices).", file=sys.stderr)
            return 2
        return _write(engine, Path(args.scenario), Path(args.out), args.rate)
    finally:
        engine.close()


def _list_voices(engine: Pyttsx3Engine, lang: str | None) -> int:
    try:
        voices = engine.voices()
    except SpeechError as exc:
        print(f"No speech engine: {exc}", file=sys.stderr)
        return 1
    shown = [v for v in voices if not lang or language_of(v.language) == language_of(lang)]
    for v in shown:
        print(f"{v.id}\t{v.language or '?'}\t{v.gender or '-'}\t{v.name}")
    if not shown:
        print(f"No voice for language {lang!r}.", file=sys.stderr)
        return 1
    return 0


def _write(engine: Pyttsx3Engine, scenario_path: Path, out: Path, rate: float) -> int:
    report = load_scenario_file(scenario_path)
    if not report.valid or report.scenario is None:
        first = report.errors[0].describe(report.name) if report.errors else str(scenario_path)
        print(f"{scenario_path}: not a valid scenario ({first}); run `python main.py validate`.", file=sys.stderr)
        return 1
    scenario = report.scenario
    if not 0.5 <= rate <= 2.0:
        print("tts: --rate must be between 0.5 and 2.0", file=sys.stderr)
        return 2
    synth = Synthesizer(engine, SpeechCache(), base_rate=rate)
    try:
        plan = synth.plan(scenario)
    except SpeechError as exc:
        print(f"Cannot speak this scenario ({scenario.language}): {exc}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    questions = speaking_order(scenario)
    width = max(2, len(str(len(questions))))
    index_lines = []
    failures = 0
    for n, question in enumerate(questions, start=1):
        name = f"{n:0{width}d}-{_safe(question.id)}.wav"
        utterance = plan.utterance(question)
        journalist = scenario.journalist(question.journalist)
        try:
            source = synth.render(utterance)
            target = out / name
            tmp = target.with_name(target.name + ".part")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
        except (SpeechError, OSError) as exc:
            failures += 1
            print(f"FAILED   {name}: {exc}", file=sys.stderr)
            continue
        seconds = _duration(target)
        print(f"ok       {target}  [{seconds:.1f} s, {journalist.name}, {utterance.choice.voice_id}]")
        follow = " (follow-up)" if question.follow_up_only else ""
        index_lines.append(f"{name}\t{journalist.name} ({journalist.outlet}){follow}\t{utterance.text}")
    (out / "questions.txt").write_text("\n".join(index_lines) + "\n", encoding="utf-8")
    print(f"{len(questions) - failures} of {len(questions)} question(s) written to {out}.")
    return 0 if failures == 0 else 1


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)[:60] or "q"


def _duration(path: Path) -> float:
    try:
        return wav_stats(path).duration_s
    except Exception:  # not PCM WAV (macOS may write AIFF): the duration is only informative
        return 0.0
