"""The briefing of a scenario: role, situation, fact sheet, confidential items, key messages."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTextBrowser

from trainer.ui.labels import category_label, difficulty_label, hours_label, language_label, style_label

if TYPE_CHECKING:
    from trainer.domain.scenario import Scenario


def _list(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _num(value: float) -> str:
    return f"{value:g}"


class BriefingView(QTextBrowser):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setObjectName("briefing")
        self.scenario: Scenario | None = None
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.scenario = None
        self.setHtml(
            "<p style='color:#666'>"
            + escape(
                self.tr(
                    "Choose a scenario to read its briefing: your role, the situation, "
                    "the facts you may give and what must stay confidential."
                )
            )
            + "</p>"
        )

    def show_scenario(self, s: Scenario) -> None:
        self.scenario = s
        b = s.briefing
        meta = (
            category_label(s.category),
            difficulty_label(s.difficulty),
            language_label(s.language),
            self.tr("about %1 min").replace("%1", str(s.estimated_minutes)),
        )
        parts = [
            f"<h2>{escape(s.title)}</h2>",
            f"<p><i>{escape(s.summary)}</i></p>",
            "<p>" + " · ".join(escape(x) for x in meta) + "</p>",
            _h3(self.tr("Your role")) + f"<p><b>{escape(b.role)}</b>, {escape(b.organisation)}</p>",
            _h3(self.tr("The situation")) + f"<p>{escape(b.situation)}</p>",
            _label(self.tr("When it happened:")) + escape(hours_label(b.hours_since_incident)) + "</p>",
        ]
        if b.information_deadline:
            d = b.information_deadline
            deadline = self.tr("initial information within %1 hours").replace("%1", _num(d.hours))
            parts.append(
                "<p style='background:#fff4d6;padding:4px'><b>"
                + escape(self.tr("Information deadline:"))
                + f"</b> {escape(deadline)} — {escape(d.basis)}</p>"
            )
        parts.append(_h3(self.tr("You are authorised to say")) + _list(b.authorised_to_say))
        if b.not_authorised:
            parts.append(_h3(self.tr("Not yours to say")) + _list(b.not_authorised))
        confirmed = escape(self.tr("confirmed"))
        unconfirmed = escape(self.tr("NOT confirmed — do not assert"))
        rows = []
        for f in s.facts:
            number = f" <b>{_num(f.number)} {escape(f.unit or '')}</b>" if f.number is not None else ""
            status = (
                f"<span style='color:#1b7f3b'>{confirmed}</span>"
                if f.confirmed
                else f"<span style='color:#b34700'>{unconfirmed}</span>"
            )
            rows.append(f"<tr><td>{escape(f.text)}{number}</td><td>{status}</td></tr>")
        parts.append(
            _h3(self.tr("Fact sheet"))
            + "<table border='0' cellspacing='0' cellpadding='4' width='100%'>"
            + "".join(rows)
            + "</table>"
        )
        if s.confidential:
            parts.append(_h3(self.tr("Confidential — never disclose")) + _list([c.text for c in s.confidential]))
        parts.append(
            _h3(self.tr("Key messages"))
            + "<ol>"
            + "".join(f"<li>{escape(k.text)}</li>" for k in s.key_messages)
            + "</ol>"
        )
        journalists = [f"{j.name} — {j.outlet} ({style_label(j.style)})" for j in s.journalists]
        parts.append(_h3(self.tr("Journalists")) + _list(journalists))
        count = self.tr("%1 questions, including follow-ups that depend on your answers.")
        parts.append("<p style='color:#666'>" + escape(count.replace("%1", str(len(s.questions)))) + "</p>")
        self.setHtml("".join(parts))


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _label(text: str) -> str:
    return f"<p><b>{escape(text)}</b> "
