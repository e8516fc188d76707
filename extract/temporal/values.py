"""TIMEX3 value arithmetic: choosing a year by tense, weekdays, ISO weeks, fiscal years, durations."""
from __future__ import annotations

import datetime as dt
from calendar import monthrange

from dateutil.relativedelta import relativedelta

__all__ = [
    "direction",
    "pick_day",
    "pick_month_year",
    "pick_weekday",
    "pick_day_of_month",
    "iso_day",
    "iso_week",
    "iso_month",
    "fy_start",
    "fy_value",
    "fmt_num",
    "duration_value",
    "shift",
    "valid_day",
]


def direction(tense: str | None, det: int | None) -> tuple[int, bool]:
    """(direction, strict): -1 past, +1 future, 0 nearest. A determiner (पिछले/अगले) is strict."""
    if det:
        return det, True
    if tense == "past":
        return -1, False
    if tense in ("future", "present"):
        return 1, False
    return 0, False


#: (near, far) in days: a tense-chosen day farther than ``far`` yields to one within ``near`` days
NEAR_OVERRIDE = (45, 240)


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= monthrange(y, m)[1]


def _choose(cands: list, ref, key, dirn: int, strict: bool, prefer):
    """Pick among candidate values by direction relative to ``ref`` (key maps to a comparable)."""
    r = key(ref)
    if dirn < 0:
        ok = [c for c in cands if (key(c) < r if strict else key(c) <= r)]
        return max(ok, key=key) if ok else None
    if dirn > 0:
        ok = [c for c in cands if (key(c) > r if strict else key(c) >= r)]
        return min(ok, key=key) if ok else None
    return min(cands, key=lambda c: (abs(key(c) - r), prefer(c)))


def pick_day(m: int, d: int, ref: dt.date, dirn: int, strict: bool) -> dt.date | None:
    """The date with month ``m`` and day ``d`` in the year chosen by direction around ``ref``."""
    cands = [dt.date(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1) if valid_day(y, m, d)]
    if not cands:
        return None
    key = lambda c: c.toordinal()  # noqa: E731
    got = _choose(cands, ref, key, dirn, strict, lambda c: abs(c.year - ref.year))
    if dirn and not strict:
        # the tense reading puts the day most of a year away while it lies within weeks on the other
        # side: the tense belongs to another event (अगली सुनवाई 3 अक्टूबर को तय की है)
        near = _choose(cands, ref, key, 0, False, lambda c: abs(c.year - ref.year))
        if got is None or (abs((got - ref).days) > NEAR_OVERRIDE[1] and abs((near - ref).days) <= NEAR_OVERRIDE[0]):
            return near
    return got


def pick_month_year(m: int, ref: dt.date, dirn: int, strict: bool) -> int:
    """Year of month ``m`` chosen by direction around ``ref``'s month (nearest: same year on ties)."""
    cands = [(y, m) for y in (ref.year - 1, ref.year, ref.year + 1)]
    key = lambda c: c[0] * 12 + c[1]  # noqa: E731
    r = (ref.year, ref.month)
    got = _choose(cands, r, key, dirn, strict, lambda c: abs(c[0] - ref.year))
    return (got or (ref.year, m))[0]


def pick_weekday(wd: int, ref: dt.date, dirn: int, strict: bool) -> dt.date:
    """The day with ISO weekday ``wd`` nearest to ``ref`` in the given direction (nearest: ties -> past)."""
    cands = [ref + dt.timedelta(days=k) for k in range(-7, 8) if (ref + dt.timedelta(days=k)).isoweekday() == wd]
    got = _choose(cands, ref, lambda c: c.toordinal(), dirn, strict, lambda c: 0 if c <= ref else 1)
    return got or ref


def pick_day_of_month(d: int, ref: dt.date, dirn: int, strict: bool) -> dt.date | None:
    """``15 तारीख``: day ``d`` of this, the previous or the next month."""
    cands = []
    for k in (-1, 0, 1):
        base = ref + relativedelta(months=k)
        if valid_day(base.year, base.month, d):
            cands.append(dt.date(base.year, base.month, d))
    if not cands:
        return None
    return _choose(cands, ref, lambda c: c.toordinal(), dirn, strict, lambda c: abs(c.month - ref.month))


def iso_day(d: dt.date) -> str:
    return d.isoformat()


def iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fy_start(ref: dt.date, first_month: int = 4) -> int:
    """Calendar year in which the fiscal year containing ``ref`` starts."""
    return ref.year if ref.month >= first_month else ref.year - 1


def fy_value(y1: int, first_month: int = 4) -> str:
    start = dt.date(y1, first_month, 1)
    end = start + relativedelta(years=1) - dt.timedelta(days=1)
    return f"{start.isoformat()}/{end.isoformat()}"


def fmt_num(n) -> str:
    if n == "X" or n is None:
        return "X"
    n = float(n)
    return str(int(n)) if n == int(n) else f"{n:g}"


#: the next smaller TIMEX3 duration unit for a fractional amount: (timex, is_time) -> (timex, is_time, factor)
_SMALLER = {
    ("CE", False): ("Y", False, 100),
    ("DE", False): ("Y", False, 10),
    ("Y", False): ("M", False, 12),
    ("Q", False): ("M", False, 3),
    ("M", False): ("D", False, 30),
    ("W", False): ("D", False, 7),
    ("D", False): ("H", True, 24),
    ("H", True): ("M", True, 60),
    ("M", True): ("S", True, 60),
}


def duration_value(n, timex: str, is_time: bool, factor: int = 1) -> str:
    """TIMEX3 duration of ``n`` units. TIMEX3 prefers integral amounts, so a fractional amount moves to
    the next smaller unit: calendar units as a whole (डेढ़ साल = P18M, आधा दिन = PT12H, आधा महीना =
    P15D), clock units as hours + minutes (आधा घंटा = PT30M, ढाई घंटे = PT2H30M, डेढ़ मिनट = PT1M30S)."""
    if n == "X" or n is None:
        return ("PT" if is_time else "P") + fmt_num(n) + timex
    n = float(n) * factor
    while n != int(n) and (timex, is_time) in _SMALLER:
        if is_time:  # clock units: whole part + the remainder in the next unit (PT2H30M)
            sub, _t, f = _SMALLER[(timex, is_time)]
            whole = int(n)
            rest = round((n - whole) * f, 6)
            if rest == int(rest) or (sub, True) not in _SMALLER:
                head = f"{whole}{timex}" if whole else ""
                return "PT" + head + fmt_num(rest) + sub
            return "PT" + (f"{whole}{timex}" if whole else "") + duration_value(rest, sub, True)[2:]
        timex, is_time, f = _SMALLER[(timex, is_time)]
        n = round(n * f, 6)
    return ("PT" if is_time else "P") + fmt_num(n) + timex


def shift(ref: dt.date, unit: str, n: float) -> tuple[str, str] | None:
    """(value, granularity) of ``ref`` moved by ``n`` units (day, week, fortnight, month, quarter, year,
    decade, century); fractional amounts move by the next smaller unit."""
    if unit == "day":
        return iso_day(ref + dt.timedelta(days=round(n))), "day"
    if unit in ("week", "fortnight"):
        days = n * (14 if unit == "fortnight" else 7)
        if days != int(days):
            return iso_day(ref + dt.timedelta(days=round(days))), "day"
        return iso_week(ref + dt.timedelta(days=int(days))), "week"
    if unit == "month":
        if n != int(n):
            return iso_day(ref + dt.timedelta(days=round(n * 30))), "day"
        d = ref + relativedelta(months=int(n))
        return iso_month(d.year, d.month), "month"
    if unit == "quarter":
        q = (ref.month - 1) // 3 + int(n)
        y = ref.year + q // 4
        return f"{y:04d}-Q{q % 4 + 1}", "quarter"
    if unit == "year":
        if n != int(n):
            d = ref + relativedelta(months=round(n * 12))
            return iso_month(d.year, d.month), "month"
        return f"{ref.year + int(n):04d}", "year"
    if unit == "decade":
        return f"{ref.year // 10 + int(n):03d}", "decade"
    if unit == "century":
        return f"{ref.year // 100 + int(n):02d}", "century"
    return None
