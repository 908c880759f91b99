"""The Events section and the meetings of the client's presentation, from
`site/content/events.json`: the 2017 meetings and the priority meetings of 2018 and 2019,
translated into French and Spanish from `site/content/translations/<lang>/events.po`.

Each row keeps the seed's wording under "seed" for the record; the fields hold what it means
(e.g. "Allemagne" is stored as Germany, "Inner Mongolia - China" as the region Inner Mongolia
in China, "TBC" places and dates as flags, never as made-up values).
"""

import datetime

from wagtail.models import Locale

from home.models import HomePage
from home.topic_loading import ensure_terms
from sitewide.content_loading import (
    ensure_child,
    loader,
    read_content,
    synchronise_trees,
    translate_all,
)

from .dates import Precision
from .models import EventCategory, EventIndexPage, EventPage


def event_fields(row, table, categories):
    category = row.get("category", table.get("category"))
    return {
        "title": row["title"],
        "intro": row.get("intro", table["intro"]),
        "body": row.get("body", []),
        "start_date": datetime.date.fromisoformat(row["start"]),
        "end_date": datetime.date.fromisoformat(row["end"]) if row.get("end") else None,
        "date_precision": row.get("precision", Precision.DAY),
        "dates_tbc": row.get("tbc", False),
        "city": row.get("city", ""),
        "place_tbc": row.get("place_tbc", False),
        "region": row.get("region", ""),
        "country": row.get("country", ""),
        "location_note": row.get("location_note", ""),
        "category": categories[category] if category else None,
    }


@loader(after=["home"])
def load(log):
    content = read_content("events.json")
    home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    log("Events")
    categories = ensure_terms(EventCategory, content["categories"], "category", log)
    index, _ = ensure_child(home, EventIndexPage, "events", log, **content["index"])
    events = [
        ensure_child(index, EventPage, row["slug"], log, **event_fields(row, table, categories))[0]
        for table in content["tables"]
        for row in table["events"]
    ]
    synchronise_trees()
    translate_all([*categories.values(), index, *events], "events", log)
