"""Event dates as people write them, in the reader's language, at the precision known.

The seed gives dates such as "24th & 25th March", "February 2020 (TBC)" or "2020 (TBC)": an
event may be known to the day, the month or only the year, and may await confirmation. Nothing
here ever shows a day or a month that is not known.
"""

import datetime

from django.db import models
from django.utils.dates import MONTHS
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _


class Precision(models.TextChoices):
    DAY = "day", gettext_lazy("Day")
    MONTH = "month", gettext_lazy("Month")
    YEAR = "year", gettext_lazy("Year")


def normalise_start(start, precision):
    """The first day of the period known, so that sorting and year filters work."""
    if precision == Precision.MONTH:
        return start.replace(day=1)
    if precision == Precision.YEAR:
        return start.replace(month=1, day=1)
    return start


def last_day(start, end, precision):
    """The last day the event may still be running: its end, or the end of its month or year."""
    if precision == Precision.YEAR:
        return datetime.date(start.year, 12, 31)
    if precision == Precision.MONTH:
        next_month = start.replace(day=28) + datetime.timedelta(days=4)
        return next_month - datetime.timedelta(days=next_month.day)
    return end or start


def _day(value):
    # French writes the first of the month as an ordinal: "1er février".
    if value.day == 1 and (get_language() or "").startswith("fr"):
        return "1er"
    return str(value.day)


def _full(day, value):
    return _("%(day)s %(month)s %(year)s") % {
        "day": day,
        "month": MONTHS[value.month],
        "year": value.year,
    }


def _day_month(value):
    return _("%(day)s %(month)s") % {"day": _day(value), "month": MONTHS[value.month]}


def format_event_dates(start, end=None, precision=Precision.DAY, tbc=False, passed=False):
    """E.g. "24–25 March 2017", "24-25 mars 2017", "febrero de 2020 (por confirmar)".

    Dates still to be confirmed once their time is `passed` were never confirmed: they say
    so rather than promise a confirmation to come."""
    if precision == Precision.YEAR:
        text = str(start.year)
    elif precision == Precision.MONTH:
        text = _("%(month)s %(year)s") % {"month": MONTHS[start.month], "year": start.year}
    elif end is None or end <= start:
        text = _full(_day(start), start)
    elif (start.year, start.month) == (end.year, end.month):
        days = _("%(first)s–%(last)s") % {"first": _day(start), "last": _day(end)}
        text = _full(days, end)
    elif start.year == end.year:
        text = _("%(start)s – %(end)s") % {"start": _day_month(start), "end": _full(_day(end), end)}
    else:
        text = _("%(start)s – %(end)s") % {
            "start": _full(_day(start), start),
            "end": _full(_day(end), end),
        }
    if tbc and passed:
        text = _("%(dates)s (date not confirmed)") % {"dates": text}
    elif tbc:
        text = _("%(dates)s (TBC)") % {"dates": text}
    return text


def iso_date(value, precision):
    """The date at the precision known, in ISO 8601 ("2017-03-24", "2020-02", "2020")."""
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
