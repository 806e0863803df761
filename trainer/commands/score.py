"""`python main.py score --scenario FILE --question ID (--answer TEXT | --answer-file FILE)`:
score one answer and print the explained result (or one JSON object with --json)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from trainer.content.loader import ScenarioError, load_scenario
from trainer.domain.catalog import principle as catalog_principle
from trainer.domain.result import Result
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import score_answer

MAX_ANSWER_FILE_BYTES = 8 * 1024 * 1024

_LABELS = {
    "vi": {
        "overall": "Điểm tổng",
        "ladder": "Bậc thang công chúng",
        "question": "Câu hỏi",
        "reason": "Lý do",
        "advice": "Lời khuyên",
        "missing_km": "Thông điệp chính còn thiếu",
        "missing_facts": "Dữ kiện còn thiếu",
        "notices": "Lưu ý",
        "na": "không áp dụng",
        "met": "đạt",
        "partly": "một phần",
        "missed": "chưa đạt",
        "weight": "trọng số",
        "levels": {
            "none": "chưa có",
            "knows": "biết",
            "understands": "hiểu",
            "cares": "quan tâm, ủng hộ",
            "trusts": "tin tưởng",
        },
    },
    "en": {
        "overall": "Overall",
        "ladder": "Public-response ladder",
        "question": "Question",
        "reason": "Reason",
        "advice": "Advice",
        "missing_km": "Key messages missing",
        "missing_facts": "Facts missing",
        "notices": "Notices",
        "na": "not applicable",
        "met": "met",
        "partly": "partly",
        "missed": "missed",
        "weight": "weight",
        "levels": {
            "none": "none",
            "knows": "knows",
            "understands": "understands",
            "cares": "cares and supports",
            "trusts": "trusts",
        },
    },
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "score",
        help="score one answer to one question of a scenario",
        description="Score an answer against the press-relations principles and explain every score.",
    )
    p.add_argument("--scenario", required=True, metavar="FILE", help="scenario file (JSON)")
    p.add_argument("--question", required=True, metavar="ID", help="question id within the scenario")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--answer", metavar="TEXT", help="the answer text")
    source.add_argument(
        "--answer-file", metavar="FILE", help="a UTF-8 text file holding the answer ('-' reads standard input)"
    )
    p.add_argument(
        "--latency-s", type=float, metavar="SECONDS", help="seconds before the answer started (spoken answers)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def _read_answer(args: argparse.Namespace) -> str:
    if args.answer is not None:
        return str(args.answer)
    if args.answer_file == "-":
        return sys.stdin.read()
    path = Path(args.answer_file)
    if path.stat().st_size > MAX_ANSWER_FILE_BYTES:
        raise ValueError(f"{path}: answer file larger than {MAX_ANSWER_FILE_BYTES // (1024 * 1024)} MB")
    return path.read_bytes().decode("utf-8-sig", errors="replace")


def run(args: argparse.Namespace) -> int:
    try:
        scenario = load_scenario(args.scenario)
    except ScenarioError as exc:
        print(f"{args.scenario}: {exc}", file=sys.stderr)
        return 1
    ids = [q.id for q in scenario.questions]
    if args.question not in ids:
        print(f"No question '{args.question}' in {scenario.id}. Questions: {', '.join(ids)}", file=sys.stderr)
        return 2
    try:
        answer = _read_answer(args)
    except (OSError, ValueError) as exc:
        print(f"Cannot read the answer: {exc}", file=sys.stderr)
        return 1
    result = score_answer(scenario, args.question, answer, latency_s=args.latency_s)
    if args.json:
        print(json.dumps(to_json(scenario, args.question, result), ensure_ascii=False))
    else:
        print(report(scenario, args.question, result))
    return 0


def to_json(scenario: Scenario, question_id: str, result: Result) -> dict[str, Any]:
    data = result.to_dict()
    return {"scenario": scenario.id, "question": question_id, "language": result.language, **data}


def report(scenario: Scenario, question_id: str, result: Result) -> str:
    """A readable report in the scenario's language."""
    lang = result.language if result.language in _LABELS else "en"
    t = _LABELS[lang]
    levels: dict[str, str] = t["levels"]  # type: ignore[assignment]
    q = scenario.question(question_id)
    lines = [
        f"{scenario.title} [{scenario.id}]",
        f"{t['question']} {q.id} ({q.kind}): {q.text}",
        "",
        f"{t['overall']}: {result.overall}/100",
        f"{t['ladder']}: {levels.get(result.ladder.key, result.ladder.key)} ({result.ladder.level}/4) — {result.ladder.sentence}",
        "",
    ]
    for p in result.principles:
        name = f"{catalog_principle(p.principle).name(lang)} ({p.principle})"
        if p.status == "not_applicable":
            lines.append(f"  {name:<50} {t['na']}")
            continue
        lines.append(f"  {name:<50} {t[p.status]:<9} {p.score:>3}/100   {t['weight']} {p.weight:g}")
        lines.append(f"      {t['reason']}: {p.reason}")
        if p.advice:
            lines.append(f"      {t['advice']}: {p.advice}")
        for e in p.evidence:
            mark = "+" if e.polarity == "good" else "−"
            lines.append(f"      {mark} [{e.start}:{e.end}] “{e.text}”")
    if result.missing_key_messages:
        lines += ["", f"{t['missing_km']}:"]
        lines += [f"  - {scenario.key_message(k).text}" for k in result.missing_key_messages]
    if result.missing_facts:
        lines += ["", f"{t['missing_facts']}:"]
        lines += [f"  - {scenario.fact(f).text}" for f in result.missing_facts]
    if result.notices:
        lines += ["", f"{t['notices']}:"]
        lines += [f"  - {n}" for n in result.notices]
    return "\n".join(lines)
