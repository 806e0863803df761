"""Checks of the answer's *form*: concise and plain, timeliness (latency), delivery (voice)."""

from __future__ import annotations

from trainer.domain.catalog import threshold
from trainer.domain.result import Evidence
from trainer.domain.scoring.messages import quote_list
from trainer.domain.scoring.outcome import MAX_EVIDENCE, Context, Outcome, not_applicable
from trainer.domain.scoring.principles_content import EARLY_WORDS

#: Fewer words than this cannot carry a message.
TOO_SHORT_WORDS = 4


def speaking_rate_per_s(language: str) -> float:
    """Words (Vietnamese: syllables) spoken per second, to turn text length into seconds."""
    if language == "vi":
        return threshold("rate_vi_syll_per_min") / 60.0
    return threshold("rate_en_words_per_min") / 60.0


def max_sentence_words(language: str) -> int:
    return int(threshold("sentence_syllables_vi") if language == "vi" else threshold("sentence_words_en"))


def _fmt(value: float, language: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "vi" else text


def check_concise(ctx: Context) -> Outcome:
    a = ctx.a
    lang = ctx.language
    limit = float(ctx.question.time_limit_s or threshold("answer_seconds_default"))
    seconds = a.total_words / speaking_rate_per_s(lang)
    if a.words < TOO_SHORT_WORDS:
        return Outcome(30, ctx.say("concise.short"), ctx.say("concise.advice", limit=int(limit)))
    score = 100
    reasons: list[str] = []
    bad: list[Evidence] = []
    ratio = seconds / limit
    if ratio > 1:
        score -= 30 if ratio <= 1.5 else 60 if ratio <= 2.5 else 80
        reasons.append(ctx.say("concise.long", seconds=round(seconds), limit=int(limit)))
    longest = max_sentence_words(lang)
    long_sentences: list[tuple[int, int]] = []
    start_of: dict[int, int] = {}
    end_of: dict[int, int] = {}
    for t in a.tokens:
        start_of.setdefault(t.sentence, t.start)
        end_of[t.sentence] = t.end
    for sentence, count in enumerate(a.sentence_lengths):
        if count > longest and sentence in start_of:
            long_sentences.append((start_of[sentence], end_of[sentence]))
    if long_sentences:
        very_long = any(c > 2 * longest for c in a.sentence_lengths)
        score -= min(30, 10 * len(long_sentences)) + (10 if very_long else 0)
        reasons.append(ctx.say("concise.sentences", count=len(long_sentences), max=longest))
        bad.extend(ctx.ev(s, e, "bad", "long sentence") for s, e in long_sentences[:2])
    officialese = a.get("officialese")
    if len(officialese) >= 2:
        score -= min(30, 10 * (len(officialese) - 1))
        reasons.append(
            ctx.say("concise.officialese", quote=quote_list([ctx.words_at(h.start, h.end) for h in officialese], lang))
        )
        bad.extend(ctx.ev(h.start, h.end, "bad", "officialese") for h in officialese[:3])
    window = EARLY_WORDS.get(lang, 30)
    if a.words > window:
        early_end = a.tokens[window].start
        firsts = [a.tokens[m.first].start for m in a.messages.values()]
        firsts += [s.start for spans in a.facts.stated.values() for s in spans]
        firsts += [h.start for c in ("empathy", "action", "unknowns", "bridging") for h in a.get(c)[:1]]
        if not firsts or min(firsts) >= early_end:
            score -= 20
            reasons.append(ctx.say("concise.late"))
            bad.append(ctx.ev(a.tokens[0].start, a.tokens[min(window, a.words - 1)].end, "bad", "preamble"))
    hesitations = a.get("hesitations")
    if len(hesitations) >= 2:
        score -= 10
        reasons.append(
            ctx.say("concise.fillers", quote=quote_list([ctx.words_at(h.start, h.end) for h in hesitations], lang))
        )
        bad.extend(ctx.ev(h.start, h.end, "bad", "filler") for h in hesitations[:2])
    score = max(0, score)
    if not reasons:
        return Outcome(score, ctx.say("concise.met", seconds=round(seconds)), ctx.say("concise.advice.met"))
    return Outcome(score, " ".join(reasons[:2]), ctx.say("concise.advice", limit=int(limit)), bad[:MAX_EVIDENCE])


def latency_score(latency_s: float) -> int:
    """100 within 2 s; 70→40 between 2 and 5 s; 35→0 from 5 to 15 s (Ziano & Wang)."""
    good = threshold("latency_good_s")
    bad = threshold("latency_bad_s")
    latency_s = min(latency_s, 3600.0)  # anything past an hour scores 0 anyway; avoids float overflow
    if latency_s <= good:
        return 100
    if latency_s <= bad:
        return round(70 - 30 * (latency_s - good) / (bad - good))
    return max(0, round(35 - 3.5 * (latency_s - bad)))


def check_timeliness(ctx: Context) -> Outcome:
    latency = ctx.latency_s
    if latency is None and ctx.delivery is not None:
        latency = ctx.delivery.onset_latency_s
    if latency is None:
        return not_applicable(ctx.say("na.latency"))
    score = latency_score(latency)
    good, bad = threshold("latency_good_s"), threshold("latency_bad_s")
    params = {"seconds": _fmt(latency, ctx.language), "good": _fmt(good, ctx.language), "bad": _fmt(bad, ctx.language)}
    if score == 100:
        return Outcome(score, ctx.say("time.met", **params), ctx.say("time.advice.met"))
    key = "time.slow" if latency <= bad else "time.very_slow"
    return Outcome(score, ctx.say(key, **params), ctx.say("time.advice"))


def _band(value: float, good: tuple[float, float], ok: tuple[float, float]) -> float:
    if good[0] <= value <= good[1]:
        return 1.0
    if ok[0] <= value <= ok[1]:
        return 0.6
    return 0.2


def check_delivery(ctx: Context) -> Outcome:
    d = ctx.delivery
    if d is None:
        return not_applicable(ctx.say("na.delivery"))
    lang = ctx.language
    parts: list[tuple[float, float]] = []  # (weight, quality)
    issues: list[str] = []
    pace_text = ""
    if lang == "vi" and d.syllables_per_minute is not None:
        pace = d.syllables_per_minute
        lo, hi = threshold("pace_vi_good_low"), threshold("pace_vi_good_high")
        quality = _band(pace, (lo, hi), (lo * 0.85, hi * 1.15))
        pace_text = f"{round(pace)} âm tiết/phút"
    elif lang != "vi" and (d.words_per_minute is not None or d.syllables_per_minute is not None):
        pace = d.words_per_minute if d.words_per_minute is not None else (d.syllables_per_minute or 0.0) / 1.4
        lo, hi = threshold("pace_en_good_low"), threshold("pace_en_good_high")
        quality = _band(pace, (lo, hi), (lo * 0.9, hi * 1.12))
        pace_text = f"{round(pace)} words/min"
    else:
        pace = None
        quality = 1.0
    if pace is not None:
        parts.append((40, quality))
        if quality < 1.0:
            issues.append(ctx.say("delivery.fast" if pace > hi else "delivery.slow", pace=pace_text))
    ratio = d.filler_ratio
    if ratio is None and d.filler_count is not None and ctx.a.words:
        ratio = d.filler_count / ctx.a.words
    if ratio is None and ctx.a.words:
        ratio = len(ctx.a.fillers) / ctx.a.words
    per_minute = None
    # Under a second of speech gives no meaningful rate (and a denormal time would divide by 0).
    if d.filler_count is not None and d.speaking_time_s and d.speaking_time_s >= 1.0:
        per_minute = d.filler_count / (d.speaking_time_s / 60.0)
    if ratio is not None:
        ok = threshold("filler_ratio_ok")
        quality = 1.0 if ratio < ok else 0.6 if ratio < 2 * ok else 0.2
        if per_minute is not None and per_minute >= threshold("fillers_per_min_harm"):
            quality = min(quality, 0.2)
        parts.append((35, quality))
        if quality < 1.0:
            issues.append(ctx.say("delivery.fillers", ratio=round(100 * ratio)))
    if d.pauses_long is not None:
        minutes = (d.speaking_time_s or 60.0) / 60.0
        rate = d.pauses_long / max(minutes, 0.25)
        quality = 1.0 if rate <= 2 else 0.6 if rate <= 4 else 0.2
        parts.append((25, quality))
        if quality < 1.0:
            issues.append(ctx.say("delivery.pauses", count=d.pauses_long))
    score = round(100 * sum(w * q for w, q in parts) / sum(w for w, _ in parts)) if parts else 100
    if d.loudness_dbfs is not None and d.loudness_dbfs < -40:
        score = max(0, score - 10)
        issues.append(ctx.say("delivery.quiet"))
    evidence = [ctx.ev(h.start, h.end, "bad", "filler") for h in ctx.a.fillers[:MAX_EVIDENCE]]
    if not issues:
        return Outcome(score, ctx.say("delivery.met", pace=pace_text or "—"), ctx.say("delivery.advice.met"), evidence)
    joiner = "; "
    return Outcome(score, ctx.say("delivery.issues", issues=joiner.join(issues)), ctx.say("delivery.advice"), evidence)
