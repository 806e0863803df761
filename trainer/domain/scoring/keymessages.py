"""Finding a scenario's key messages in an answer, in the trainee's own words.

A key message counts as delivered when, inside a short stretch of the answer, most of
the content words of one of its phrasings (or of its text, clause by clause) appear in
any order. Small words ("và", "của", "the", "we") weigh a fifth of a content word. So
"sức khỏe của các em là ưu tiên số một" delivers the phrasing "sức khỏe của các em là
ưu tiên hàng đầu" (all but two of its words), while "bữa ăn" alone does not deliver
"bảo đảm bữa ăn an toàn cho học sinh".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from trainer.domain.scenario import KeyMessage
from trainer.domain.scoring.matching import phrase_keys

#: Share of a phrasing's weight that must be present for "delivered" / "partly delivered".
DELIVERED = 0.75
PARTIAL = 0.55
STOPWORD_WEIGHT = 0.2
#: Extra words allowed in the stretch beyond the phrasing's own length.
SLACK = 4


@dataclass(frozen=True)
class _Phrasing:
    message: str
    folds: tuple[str, ...]
    weights: tuple[float, ...]
    total: float
    width: int
    content: int


@dataclass(frozen=True)
class MessageMatch:
    message: str
    coverage: float
    first: int
    last: int

    @property
    def delivered(self) -> bool:
        return self.coverage >= DELIVERED


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;.:!?]", text) if len(p.split()) >= 3]


class KeyMessageMatcher:
    def __init__(self, messages: Sequence[KeyMessage], stopwords: frozenset[str]) -> None:
        self._phrasings: list[_Phrasing] = []
        for km in messages:
            for text in dict.fromkeys([*km.phrasings, *_split(km.text)]):
                folds, _, _ = phrase_keys(text)
                distinct = tuple(dict.fromkeys(folds))
                if not distinct:
                    continue
                weights = tuple(STOPWORD_WEIGHT if f in stopwords else 1.0 for f in distinct)
                content = sum(1 for w in weights if w == 1.0)
                self._phrasings.append(_Phrasing(km.id, distinct, weights, sum(weights), len(folds) + SLACK, content))

    def match(self, positions: Mapping[str, Sequence[int]], sentences: Sequence[int]) -> dict[str, MessageMatch]:
        """Best match per key message id (only those reaching :data:`PARTIAL`).

        *positions* maps a folded word to its token indexes; *sentences* gives each
        token's sentence number (a match stays within one sentence).
        """
        best: dict[str, MessageMatch] = {}
        for ph in self._phrasings:
            found = _sweep(ph, positions, sentences)
            if found is None:
                continue
            coverage, first, last, content_hits = found
            needed = min(2, ph.content)
            if coverage < PARTIAL or content_hits < needed:
                continue
            current = best.get(ph.message)
            if current is None or coverage > current.coverage:
                best[ph.message] = MessageMatch(ph.message, coverage, first, last)
        return best


def _sweep(
    ph: _Phrasing, positions: Mapping[str, Sequence[int]], sentences: Sequence[int]
) -> tuple[float, int, int, int] | None:
    events: list[tuple[int, int]] = []
    for k, fold in enumerate(ph.folds):
        for idx in positions.get(fold, ()):
            events.append((idx, k))
    if not events:
        return None
    events.sort()
    counts = [0] * len(ph.folds)
    covered = 0.0
    content = 0
    best = (0.0, 0, 0, 0)
    left = 0
    for _right, (idx, k) in enumerate(events):
        if counts[k] == 0:
            covered += ph.weights[k]
            content += ph.weights[k] == 1.0
        counts[k] += 1
        while idx - events[left][0] >= ph.width or sentences[events[left][0]] != sentences[idx]:
            lk = events[left][1]
            counts[lk] -= 1
            if counts[lk] == 0:
                covered -= ph.weights[lk]
                content -= ph.weights[lk] == 1.0
            left += 1
        if covered > best[0] + 1e-9:
            best = (covered, events[left][0], idx, content)
    return best[0] / ph.total, best[1], best[2], best[3]
