"""Dates for people: "2 Mar 2025" (with "08:00 UTC" where the time matters), the ISO value kept for machines."""
from datetime import datetime

from flask import Flask


def human_date(value: str | None, with_time: bool = False) -> str:
    """An ISO 8601 date or date-time as people read it; anything else as it is."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = f"{moment.day} {moment:%b %Y}"
    if not with_time or len(value) <= len("2025-03-02"):
        return day
    offset = moment.utcoffset()
    zone = "" if offset is None else " UTC" if not offset else f" {moment:%z}"
    return f"{day}, {moment:%H:%M}{zone}"


def init_app(app: Flask) -> None:
    app.add_template_filter(human_date)
