"""The scoring engine: explainable, principle-based scores for every answer.

Use :func:`score_answer`; pass :class:`DeliveryMeasures` for spoken answers. Pure Python:
the standard library only, no Qt, no database.
"""

from __future__ import annotations

from trainer.domain.scoring.compiled import clear_cache
from trainer.domain.scoring.measures import DeliveryMeasures
from trainer.domain.scoring.scorer import MAX_SCORED_CHARS, score_answer

__all__ = ["MAX_SCORED_CHARS", "DeliveryMeasures", "clear_cache", "score_answer"]
