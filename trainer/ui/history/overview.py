"""What the history page shows, computed off the GUI thread from the storage queries.

:func:`load_overview` runs in a worker (``run_task``): three indexed queries (the list of
sessions with their totals, the per-session principle means, the weakest principles) and
plain-Python aggregation — no answer text is read until a session is opened.

Time practised is defined in :func:`trainer.storage.history.session_summaries`: from the
start of each session to its last answer, a pause longer than 20 minutes counting as 20
minutes; "answering" is the part spent writing or speaking answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal
from uuid import UUID

if TYPE_CHECKING:
    from trainer.storage.engine import Database
    from trainer.storage.history import SessionSummary
    from trainer.storage.records import AnswerRecord, PrincipleStat, ReviewRecord

#: "Recent" means the latest this many sessions: the bars and "what to practise next".
RECENT_SESSIONS = 10
#: Up to this many sessions, the trend shows one point per session; beyond, per week or month.
POINTS_PER_SESSION_UP_TO = 40
MAX_WEEKS = 60
WEAKEST = 3
ALL_PRINCIPLES = 100  # a limit above the number of principles

Bucket = Literal["session", "week", "month"]
Point = tuple[datetime, float]


@dataclass(frozen=True)
class Totals:
    sessions: int
    answers: int
    practice_ms: int
    answering_ms: int
    days: int  # distinct (local) days with a session
    first: datetime | None
    last: datetime | None
    recent_mean: float | None  # mean overall score over the recent sessions' answers


@dataclass(frozen=True)
class PrincipleBar:
    principle: str
    recent: float | None  # mean over the recent sessions (None: not scored there)
    all_time: float | None  # mean over every session


@dataclass(frozen=True)
class Overview:
    trainee_id: UUID
    sessions: tuple[SessionSummary, ...]  # newest first
    totals: Totals
    bucket: Bucket
    overall: tuple[Point, ...]
    by_principle: dict[str, tuple[Point, ...]]
    bars: tuple[PrincipleBar, ...]  # weakest recent mean first
    weakest: tuple[PrincipleStat, ...]
    last_difficulty: dict[str, int] = field(default_factory=dict)  # scenario id -> level last practised


@dataclass(frozen=True)
class SessionDetail:
    session_id: UUID
    answers: tuple[AnswerRecord, ...]
    reviews: dict[UUID, tuple[ReviewRecord, ...]]  # answer id -> trainer reviews, oldest first


def choose_bucket(sessions_with_answers: int, first: datetime | None, last: datetime | None) -> Bucket:
    if sessions_with_answers <= POINTS_PER_SESSION_UP_TO or first is None or last is None:
        return "session"
    return "week" if (last - first).days / 7 <= MAX_WEEKS else "month"


def _bucket_start(at: datetime, bucket: Bucket) -> datetime:
    local = at.astimezone()
    day = local.date()
    start = day - timedelta(days=day.weekday()) if bucket == "week" else date(day.year, day.month, 1)
    return datetime.combine(start, time(), local.tzinfo)


def bucketed(
    items: Iterable[tuple[datetime, float, int]], bucket: Bucket, starts: dict[datetime, datetime] | None = None
) -> tuple[Point, ...]:
    """(moment, mean, weight) items → time-ordered points; per week or month, the weighted
    mean at the start of the period; per session, the items themselves. *starts* caches
    each moment's period across calls (a session's principles share its start time)."""
    if bucket == "session":
        return tuple((at, round(mean, 2)) for at, mean, _ in sorted(items, key=lambda i: i[0]))
    sums: dict[datetime, list[float]] = defaultdict(lambda: [0.0, 0.0])
    starts = {} if starts is None else starts
    for at, mean, weight in items:
        start = starts.get(at)
        if start is None:
            start = starts[at] = _bucket_start(at, bucket)
        acc = sums[start]
        acc[0] += mean * weight
        acc[1] += weight
    return tuple((at, round(total / weight, 2)) for at, (total, weight) in sorted(sums.items()) if weight)


def _weighted(items: Iterable[tuple[float, int]]) -> float | None:
    total = weight = 0.0
    for mean, n in items:
        total += mean * n
        weight += n
    return round(total / weight, 2) if weight else None


def summarise(
    trainee_id: UUID,
    sessions: list[SessionSummary],
    scores: Iterable[tuple[datetime, str, float, int]],
    recent: list[PrincipleStat],
    *,
    bucket: Bucket | None = None,
    recent_sessions: int = RECENT_SESSIONS,
) -> Overview:
    """Everything the overview draws. *sessions*: newest first; *scores*: (moment, principle,
    mean, answers) per session or per week; *recent*: every principle's stats over the
    recent sessions, weakest first (``weakest_principles`` with a high limit)."""
    answered = [s for s in sessions if s.answers]
    starts = [s.session.started_at for s in sessions]
    recent_ids = {s.session.id for s in sessions[:recent_sessions]}
    totals = Totals(
        sessions=len(sessions),
        answers=sum(s.answers for s in sessions),
        practice_ms=sum(s.practice_ms for s in sessions),
        answering_ms=sum(s.answering_ms for s in sessions),
        days=len({at.astimezone().date() for at in starts}),
        first=min(starts, default=None),
        last=max(starts, default=None),
        recent_mean=_weighted(
            (s.mean_overall, s.answers) for s in answered if s.session.id in recent_ids and s.mean_overall is not None
        ),
    )
    if bucket is None:
        bucket = choose_bucket(len(answered), totals.first, totals.last)
    periods: dict[datetime, datetime] = {}
    overall = bucketed(
        ((s.session.started_at, s.mean_overall, s.answers) for s in answered if s.mean_overall is not None),
        bucket,
        periods,
    )
    per_principle: dict[str, list[tuple[datetime, float, int]]] = defaultdict(list)
    for at, principle, mean, answers in scores:
        per_principle[principle].append((at, mean, answers))
    recent_mean = {r.principle: r.mean_score for r in recent}
    all_time = {pid: _weighted((mean, n) for _, mean, n in items) for pid, items in per_principle.items()}
    bars = [PrincipleBar(pid, recent_mean.get(pid), all_time.get(pid)) for pid in {*recent_mean, *all_time}]
    bars.sort(key=lambda b: (b.recent is None, b.recent if b.recent is not None else 0.0, b.principle))
    last_difficulty: dict[str, int] = {}
    for s in sessions:  # newest first: the first seen is the latest
        last_difficulty.setdefault(s.session.scenario_id, s.session.difficulty)
    return Overview(
        trainee_id=trainee_id,
        sessions=tuple(sessions),
        totals=totals,
        bucket=bucket,
        overall=overall,
        by_principle={pid: bucketed(items, bucket, periods) for pid, items in per_principle.items()},
        bars=tuple(bars),
        weakest=tuple(recent[:WEAKEST]),
        last_difficulty=last_difficulty,
    )


def load_overview(db: Database, trainee_id: UUID, *, recent_sessions: int = RECENT_SESSIONS) -> Overview:
    """Read and aggregate a trainee's history (call it in a worker): the sessions with
    their totals; the principle means per session, or per week when there are many
    sessions (grouped by the database); every principle's recent stats."""
    from trainer.storage import history, trends

    sessions = history.session_summaries(db, trainee_id)
    if not sessions:
        return summarise(trainee_id, [], [], [], recent_sessions=recent_sessions)
    answered = [s for s in sessions if s.answers]
    starts = [s.session.started_at for s in sessions]
    bucket = choose_bucket(len(answered), min(starts), max(starts))
    scores: list[tuple[datetime, str, float, int]]
    if bucket == "session":
        scores = [(p.at, p.principle, p.mean_score, p.answers) for p in trends.principle_trend(db, trainee_id)]
    else:
        here = datetime.now().astimezone()
        weeks = trends.weekly_principle_means(db, trainee_id, utc_offset=here.utcoffset() or timedelta(0))
        scores = [
            (datetime.combine(w.week_of, time(), here.tzinfo), w.principle, w.mean_score, w.answers) for w in weeks
        ]
    recent = trends.weakest_principles(db, trainee_id, limit=ALL_PRINCIPLES, last_sessions=recent_sessions)
    return summarise(trainee_id, sessions, scores, recent, bucket=bucket, recent_sessions=recent_sessions)


def load_session_detail(db: Database, session_id: UUID) -> SessionDetail:
    """Every answer of one session with its scores, and the trainers' reviews of them."""
    from trainer.storage.answers import list_answers
    from trainer.storage.reviews import list_reviews

    answers = list_answers(db, session_id)
    return SessionDetail(session_id, tuple(answers), {a.id: tuple(list_reviews(db, a.id)) for a in answers})


def load_pair(db: Database, first: UUID, second: UUID) -> tuple[SessionDetail, SessionDetail]:
    return load_session_detail(db, first), load_session_detail(db, second)
