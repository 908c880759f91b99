import datetime

import pytest
from django.utils import translation

from events.dates import Precision, format_event_dates, iso_date, last_day

D = datetime.date


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # The seed's "24th & 25th March" (2017).
        (
            (D(2017, 3, 24), D(2017, 3, 25)),
            {"en": "24–25 March 2017", "fr": "24–25 mars 2017", "es": "24–25 de marzo de 2017"},
        ),
        (
            (D(2017, 6, 28),),
            {"en": "28 June 2017", "fr": "28 juin 2017", "es": "28 de junio de 2017"},
        ),
        (
            (D(2018, 2, 1), D(2018, 2, 2)),
            {"en": "1–2 February 2018", "fr": "1er–2 février 2018", "es": "1–2 de febrero de 2018"},
        ),
        (
            (D(2017, 6, 29), D(2017, 7, 2)),
            {
                "en": "29 June – 2 July 2017",
                "fr": "29 juin - 2 juillet 2017",
                "es": "29 de junio - 2 de julio de 2017",
            },
        ),
        (
            (D(2019, 12, 30), D(2020, 1, 2)),
            {
                "en": "30 December 2019 – 2 January 2020",
                "fr": "30 décembre 2019 - 2 janvier 2020",
                "es": "30 de diciembre de 2019 - 2 de enero de 2020",
            },
        ),
        # "9th & 10th December (TBC)": the day is known but not confirmed.
        (
            (D(2019, 12, 9), D(2019, 12, 10), Precision.DAY, True),
            {
                "en": "9–10 December 2019 (TBC)",
                "fr": "9–10 décembre 2019 (à confirmer)",
                "es": "9–10 de diciembre de 2019 (por confirmar)",
            },
        ),
        # "February 2020 (TBC)" and "2020 (TBC)": no day, and no month for the second.
        (
            (D(2020, 2, 1), None, Precision.MONTH, True),
            {
                "en": "February 2020 (TBC)",
                "fr": "février 2020 (à confirmer)",
                "es": "febrero de 2020 (por confirmar)",
            },
        ),
        (
            (D(2020, 1, 1), None, Precision.YEAR, True),
            {"en": "2020 (TBC)", "fr": "2020 (à confirmer)", "es": "2020 (por confirmar)"},
        ),
    ],
)
def test_dates_read_naturally_in_each_language(args, expected):
    for language, text in expected.items():
        with translation.override(language):
            assert format_event_dates(*args) == text


def test_dates_to_be_confirmed_that_have_passed_say_they_were_never_confirmed():
    for language, text in {
        "en": "9–10 December 2019 (date not confirmed)",
        "fr": "9–10 décembre 2019 (date non confirmée)",
        "es": "9–10 de diciembre de 2019 (fecha no confirmada)",
    }.items():
        with translation.override(language):
            assert (
                format_event_dates(D(2019, 12, 9), D(2019, 12, 10), tbc=True, passed=True) == text
            )
    with translation.override("en"):
        # A confirmed date stays as it is once passed.
        assert format_event_dates(D(2019, 12, 9), passed=True) == "9 December 2019"


def test_imprecise_dates_keep_their_precision():
    assert iso_date(D(2020, 2, 1), Precision.MONTH) == "2020-02"
    assert iso_date(D(2020, 1, 1), Precision.YEAR) == "2020"
    assert iso_date(D(2017, 3, 24), Precision.DAY) == "2017-03-24"
    # An event known only by its month may run until the month's last day.
    assert last_day(D(2020, 2, 1), None, Precision.MONTH) == D(2020, 2, 29)
    assert last_day(D(2020, 1, 1), None, Precision.YEAR) == D(2020, 12, 31)
    assert last_day(D(2017, 3, 24), D(2017, 3, 25), Precision.DAY) == D(2017, 3, 25)
