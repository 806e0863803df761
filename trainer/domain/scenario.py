"""The scenario model: plain, immutable objects built from a validated scenario file.

Widgets, the scorer and storage receive these objects, never raw JSON or ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

QUESTION_KINDS: tuple[str, ...] = (
    "opening",
    "fact",
    "cause",
    "action",
    "blame",
    "speculation",
    "hypothetical",
    "off_the_record",
    "either_or",
    "emotional",
    "repeat_pressure",
    "privacy_probe",
    "closing",
)

#: Question kinds that try to lure the speaker into a mistake.
TRAP_KINDS: frozenset[str] = frozenset(
    {
        "speculation",
        "hypothetical",
        "blame",
        "off_the_record",
        "either_or",
        "repeat_pressure",
        "privacy_probe",
    }
)

JOURNALIST_STYLES: tuple[str, ...] = ("neutral", "friendly", "hostile", "tabloid")


@dataclass(frozen=True)
class InformationDeadline:
    hours: float
    basis: str


@dataclass(frozen=True)
class Briefing:
    role: str
    organisation: str
    situation: str
    hours_since_incident: float
    authorised_to_say: tuple[str, ...]
    not_authorised: tuple[str, ...] = ()
    information_deadline: InformationDeadline | None = None


@dataclass(frozen=True)
class Fact:
    id: str
    text: str
    confirmed: bool
    number: float | None = None
    unit: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConfidentialItem:
    id: str
    kind: str
    text: str
    reveal_phrases: tuple[str, ...]


@dataclass(frozen=True)
class KeyMessage:
    id: str
    text: str
    phrasings: tuple[str, ...]


@dataclass(frozen=True)
class Voice:
    gender: str | None = None
    accent: str | None = None
    rate: float = 1.0
    pitch: float = 0.0


@dataclass(frozen=True)
class Journalist:
    id: str
    name: str
    outlet: str
    style: str
    voice: Voice = field(default_factory=Voice)


@dataclass(frozen=True)
class Condition:
    """When a follow-up is asked. Every key given must hold (logical AND)."""

    always: bool = False
    score_below: int | None = None
    principle_missed: str | None = None
    principle_not_met: str | None = None
    principle_below: tuple[str, int] | None = None
    key_message_missing: str | None = None
    fact_missing: str | None = None


@dataclass(frozen=True)
class FollowUp:
    when: Condition
    ask: str
    min_difficulty: int = 1


@dataclass(frozen=True)
class Question:
    id: str
    journalist: str
    text: str
    kind: str
    principles: tuple[str, ...]
    model_answer: str
    expected_key_messages: tuple[str, ...] = ()
    expected_facts: tuple[str, ...] = ()
    loaded_words: tuple[str, ...] = ()
    time_limit_s: int | None = None
    trainer_notes: str = ""
    follow_up_only: bool = False
    max_asks: int = 2
    follow_ups: tuple[FollowUp, ...] = ()

    @property
    def is_trap(self) -> bool:
        return self.kind in TRAP_KINDS


@dataclass(frozen=True)
class Scenario:
    id: str
    language: str
    title: str
    summary: str
    category: str
    difficulty: int
    estimated_minutes: int
    briefing: Briefing
    facts: tuple[Fact, ...]
    confidential: tuple[ConfidentialItem, ...]
    key_messages: tuple[KeyMessage, ...]
    journalists: tuple[Journalist, ...]
    questions: tuple[Question, ...]
    tags: tuple[str, ...] = ()
    lexicon: dict[str, tuple[str, ...]] = field(default_factory=dict)
    format: int = 1
    content_hash: str = ""
    source_path: str | None = None

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def journalist(self, journalist_id: str) -> Journalist:
        for j in self.journalists:
            if j.id == journalist_id:
                return j
        raise KeyError(journalist_id)

    def fact(self, fact_id: str) -> Fact:
        for f in self.facts:
            if f.id == fact_id:
                return f
        raise KeyError(fact_id)

    def key_message(self, message_id: str) -> KeyMessage:
        for k in self.key_messages:
            if k.id == message_id:
                return k
        raise KeyError(message_id)

    @property
    def main_sequence(self) -> tuple[Question, ...]:
        """Questions asked in order; follow-up-only questions come in by branching."""
        return tuple(q for q in self.questions if not q.follow_up_only)


def _t(values: Any) -> tuple[str, ...]:
    return tuple(values or ())


def scenario_from_dict(data: dict[str, Any], *, content_hash: str = "", source_path: str | None = None) -> Scenario:
    """Build a :class:`Scenario` from a dict that already passed schema validation."""
    b = data["briefing"]
    deadline = b.get("information_deadline")
    briefing = Briefing(
        role=b["role"],
        organisation=b["organisation"],
        situation=b["situation"],
        hours_since_incident=float(b["hours_since_incident"]),
        authorised_to_say=_t(b["authorised_to_say"]),
        not_authorised=_t(b.get("not_authorised")),
        information_deadline=InformationDeadline(float(deadline["hours"]), deadline["basis"]) if deadline else None,
    )
    facts = tuple(
        Fact(
            id=f["id"],
            text=f["text"],
            confirmed=bool(f["confirmed"]),
            number=f.get("number"),
            unit=f.get("unit"),
            keywords=_t(f.get("keywords")),
        )
        for f in data["facts"]
    )
    confidential = tuple(
        ConfidentialItem(c["id"], c["kind"], c["text"], _t(c["reveal_phrases"])) for c in data["confidential"]
    )
    key_messages = tuple(KeyMessage(k["id"], k["text"], _t(k["phrasings"])) for k in data["key_messages"])
    journalists = tuple(
        Journalist(
            id=j["id"],
            name=j["name"],
            outlet=j["outlet"],
            style=j["style"],
            voice=Voice(
                gender=j.get("voice", {}).get("gender"),
                accent=j.get("voice", {}).get("accent"),
                rate=float(j.get("voice", {}).get("rate", 1.0)),
                pitch=float(j.get("voice", {}).get("pitch", 0.0)),
            ),
        )
        for j in data["journalists"]
    )
    questions = tuple(_question(q) for q in data["questions"])
    return Scenario(
        id=data["id"],
        language=data["language"],
        title=data["title"],
        summary=data["summary"],
        category=data["category"],
        difficulty=int(data["difficulty"]),
        estimated_minutes=int(data["estimated_minutes"]),
        briefing=briefing,
        facts=facts,
        confidential=confidential,
        key_messages=key_messages,
        journalists=journalists,
        questions=questions,
        tags=_t(data.get("tags")),
        lexicon={k: _t(v) for k, v in (data.get("lexicon") or {}).items()},
        format=int(data["format"]),
        content_hash=content_hash,
        source_path=source_path,
    )


def _condition(c: dict[str, Any]) -> Condition:
    below = c.get("principle_below")
    return Condition(
        always=bool(c.get("always", False)),
        score_below=c.get("score_below"),
        principle_missed=c.get("principle_missed"),
        principle_not_met=c.get("principle_not_met"),
        principle_below=(below["principle"], int(below["score"])) if below else None,
        key_message_missing=c.get("key_message_missing"),
        fact_missing=c.get("fact_missing"),
    )


def _question(q: dict[str, Any]) -> Question:
    expects = q.get("expects") or {}
    return Question(
        id=q["id"],
        journalist=q["journalist"],
        text=q["text"],
        kind=q["kind"],
        principles=_t(q["principles"]),
        model_answer=q["model_answer"],
        expected_key_messages=_t(expects.get("key_messages")),
        expected_facts=_t(expects.get("facts")),
        loaded_words=_t(q.get("loaded_words")),
        time_limit_s=q.get("time_limit_s"),
        trainer_notes=q.get("trainer_notes", ""),
        follow_up_only=bool(q.get("follow_up_only", False)),
        max_asks=int(q.get("max_asks", 2)),
        follow_ups=tuple(
            FollowUp(_condition(f["when"]), f["ask"], int(f.get("min_difficulty", 1)))
            for f in q.get("follow_ups") or ()
        ),
    )
