"""A figure's value: digit strings ("1.200", "2,5", "3.150.000") and whether a figure said
with a qualifier ("khoảng 40", "hơn 30", "hàng chục") agrees with a fact-sheet value."""

from __future__ import annotations

import math
import re


def parse_digits(text: str) -> float | None:
    """'37' → 37; '1.200' / '1,200' → 1200; '2,5' / '2.5' → 2.5; '3.150.000' → 3150000.

    None when the digits are not one figure, or one too large for a float (a row of
    hundreds of digits is not a figure anybody says).
    """
    value = _parse(text)
    return value if value is not None and math.isfinite(value) else None


def _parse(text: str) -> float | None:
    parts = re.split(r"[.,]", text)
    seps = re.findall(r"[.,]", text)
    try:
        if len(parts) == 1:
            return float(int(parts[0]))
        if len(parts) > 2:
            if len(set(seps)) == 1 and all(len(p) == 3 for p in parts[1:]):
                return float(int("".join(parts)))
            if len(set(seps)) == 2 and seps[-1] != seps[0]:
                return float(f"{''.join(parts[:-1])}.{parts[-1]}")
            return None
        if len(parts[1]) == 3 and parts[0] != "0":
            return float(int(parts[0] + parts[1]))
        return float(f"{parts[0]}.{parts[1]}")
    except (ValueError, OverflowError):  # not digits; more than a float holds
        return None


def value_matches(value: float, approx: str | None, target: float) -> bool:
    """Does a number said with qualifier *approx* agree with the fact-sheet *target*?"""
    if approx == "about":
        return abs(value - target) <= max(1.0, 0.1 * abs(target))
    if approx == "over":
        return value <= target <= value * 1.5 + 1
    if approx == "under":
        return value * 0.8 - 1 <= target <= value
    if approx == "order":  # "hàng chục" (tens of): from the value up to five times it
        return value <= target < value * 5
    return abs(value - target) <= 1e-6 * max(1.0, abs(target))
