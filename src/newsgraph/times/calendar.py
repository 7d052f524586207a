"""Date arithmetic for TIMEX3-like values."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def iso(d: date) -> str:
    return d.isoformat()


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def shift(anchor: date, amount: float, unit: str) -> str | None:
    """The value ``amount`` units away from ``anchor``, at the unit's granularity."""
    n = round(amount)
    if unit == "D":
        return iso(anchor + timedelta(days=n))
    if unit == "W":
        return iso_week(anchor + timedelta(weeks=n))
    if unit == "WE":
        return iso_week(anchor + timedelta(weeks=n)) + "-WE"
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return month_value(y, m)
    if unit == "Q":
        q = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * n) // 10:03d}"
    if unit == "CE":  # session 19: "im vergangenen Jahrhundert" → 19 (the 1900s)
        return f"{(anchor.year + 100 * n) // 100:02d}"
    return None


def weekday_date(anchor: date, weekday: str, direction: int) -> date:
    """The date of ``weekday`` relative to ``anchor``.

    direction 0: the latest such day on or before the anchor; 1: on or after it;
    -1: strictly before; 2: strictly after.
    """
    target = WEEKDAYS.index(weekday)
    diff = (anchor.weekday() - target) % 7
    if direction == 0:
        return anchor - timedelta(days=diff)
    if direction == -1:
        return anchor - timedelta(days=diff or 7)
    ahead = (target - anchor.weekday()) % 7
    if direction == 1:
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=ahead or 7)


def valid_date(year: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12):
        return False
    if year <= 0:
        return 1 <= day <= 31
    return 1 <= day <= calendar.monthrange(year, month)[1]


def duration_value(amount: float, unit: str) -> str:
    """``P3Y``, ``P2W``, ``PT36H``, ``PT6H30M`` …"""
    time_units = {"H": "H", "MIN": "M", "S": "S"}
    if unit in time_units:
        if unit == "H" and amount != int(amount):
            hours = int(amount)
            minutes = round((amount - hours) * 60)
            return f"PT{hours}H{minutes}M"
        return f"PT{_num(amount)}{time_units[unit]}"
    return f"P{_num(amount)}{unit}"


def _num(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(spec: str, year: int) -> date | None:
    """The date of a holiday spec in a year: ``12-25`` (fixed) or ``EASTER+49`` (movable)."""
    if spec.startswith("EASTER"):
        return easter_sunday(year) + timedelta(days=int(spec[6:] or 0))
    month, _, day = spec.partition("-")
    if not (month.isdigit() and day.isdigit()) or not valid_date(year, int(month), int(day)):
        return None
    return date(year, int(month), int(day))
