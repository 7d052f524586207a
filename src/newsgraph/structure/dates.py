"""Publication dates from the strings pages and scrapers leave behind."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def parse_date(raw: str | None, *, languages: tuple[str, ...] = ("de", "en")) -> str | None:
    """ISO date or date-time for a date string, or None when it is not a date.

    Numeric dates are read day-first (``19.12.2022``), as German and most European outlets write.
    """
    if not raw:
        return None
    raw = raw.strip()
    if _ISO.match(raw):
        try:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return raw[:10]
        return _iso(parsed, raw)
    import dateparser  # type: ignore[import-untyped]  # slow import: only when needed

    parsed = dateparser.parse(
        raw.replace("Uhr", "").strip(" ,"),
        languages=list(languages),
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        return None
    return _iso(parsed, raw)


def _iso(parsed: datetime, raw: str) -> str:
    has_time = bool(re.search(r"\d{1,2}[:.]\d{2}(?!\d)(?![.]\d)", raw.split(" ", 1)[-1])) and (
        ":" in raw or "Uhr" in raw or "T" in raw
    )
    if has_time:
        return parsed.replace(microsecond=0).isoformat()
    return parsed.date().isoformat()


def plausible_published(iso: str | None, *, earliest_year: int = 1990) -> bool:
    """Whether an ISO date can be a publication date: not in the far future (a typo such as
    ``30.9.3015`` in an agency tag, ``9999-12-31`` in page metadata) and not before
    ``earliest_year`` (pages hold ``0001-01-01``; the web era starts about 1990)."""
    if not iso or not _ISO.match(iso):
        return False
    return earliest_year <= int(iso[:4]) <= date.today().year + 1


def text_date(raw: str | None) -> str | None:
    """:func:`parse_date` for a date the article's own text gives (a sign-off, a date line, a
    byline), or None when it cannot be the publication date (printed archives reach back
    to about 1800)."""
    iso = parse_date(raw)
    return iso if plausible_published(iso, earliest_year=1800) else None


def normalise_published(value: str | date | datetime | None) -> str | None:
    """Accept a date from the CLI or metadata and return it as ISO text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return parse_date(value)
