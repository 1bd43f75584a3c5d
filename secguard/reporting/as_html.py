"""The report as one self-contained HTML page: inline CSS, no script, no remote resource.

Every text is escaped; a Content-Security-Policy forbids loading anything, so the
page shows the same whether it is opened offline, mailed or printed.  The same page is
what Qt lays out into the PDF: Qt's rich text reads style attributes far better than
style sheets, so every style is written on its element.
"""

from __future__ import annotations

from html import escape

from secguard.core.checklist import CheckState
from secguard.reporting.words import ReportText

# The window's own state colours, so that the report looks like the overview.
from secguard.ui.badge import STATE_COLOURS

_TEXT = "color:#202124"
_CELL = "padding:6px 8px;border:1px solid #c4c7c5;vertical-align:top"
_HEAD = f"{_CELL};background:#f1f3f4;font-weight:bold;text-align:left"
_TABLE = "border-collapse:collapse;margin-top:8px;margin-bottom:8px"


def _e(text: str) -> str:
    return escape(text, quote=True)


def _facts(text: ReportText) -> str:
    rows = "".join(
        f'<tr><th style="{_HEAD}">{_e(label)}</th><td style="{_CELL}">{_e(value)}</td></tr>'
        for label, value in text.facts
    )
    return f'<table cellspacing="0" cellpadding="0" style="{_TABLE}">{rows}</table>'


def _state_cell(row_state: CheckState, word: str) -> str:
    colour = STATE_COLOURS[row_state]
    # The state in words, in its colour, with a coloured bar: never colour alone.
    style = f"{_CELL};color:{colour};font-weight:bold;border-left:6px solid {colour}"
    return f'<td style="{style}">{_e(word)}</td>'


def _precautions(text: ReportText) -> str:
    number, precaution, state, why, next_step = text.headings
    head = "".join(f'<th style="{_HEAD}">{_e(h)}</th>' for h in (number, state, precaution))
    rows = "".join(
        "<tr>"
        f'<td style="{_CELL};font-weight:bold;text-align:center;font-size:1.3em">'
        f"{row.number}</td>"
        f"{_state_cell(row.state, row.state_word)}"
        f'<td style="{_CELL}"><b>{_e(row.title)}</b><br>'
        f"{_e(why)}: {_e(row.reason)}<br>"
        f"{_e(next_step)}: {_e(row.next_step)}</td>"
        "</tr>"
        for row in text.rows
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="{_TABLE}">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def report_html(text: ReportText, font_family: str = "sans-serif") -> str:
    """``font_family``: a CSS family list (the PDF passes the Japanese font it embeds)."""
    bookmarks = "".join(f"<li>{_e(line)}</li>" for line in text.bookmarks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(text.language)}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(text.title)}</title></head>"
        f'<body style="font-family:{_e(font_family)};{_TEXT};line-height:1.5">'
        f'<h1 style="font-size:1.6em">{_e(text.title)}</h1>'
        f"<p>{_e(text.intro)}</p>"
        f"{_facts(text)}"
        f"{_precautions(text)}"
        f'<h2 style="font-size:1.2em">{_e(text.bookmarks_heading)}</h2>'
        f"<ul>{bookmarks}</ul>"
        f"<p>{_e(text.bookmarks_note)}</p>"
        f'<p style="font-size:0.9em">{_e(text.privacy)}</p>'
        "</body></html>\n"
    )
