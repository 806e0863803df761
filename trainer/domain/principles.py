"""Stable principle identifiers (the catalog with names and advice lives in catalog.py)."""

from __future__ import annotations

PRINCIPLE_IDS: tuple[str, ...] = (
    "empathy",
    "facts",
    "honesty_unknowns",
    "action",
    "follow_up",
    "no_stonewalling",
    "respect",
    "key_messages",
    "concise",
    "privacy",
    "bridging",
    "timeliness",
    "delivery",
)
