"""The long selects (sitewide/widgets.py) give what Django's own would: the same options, the
same choice selected, the same attributes, everything escaped."""

import pytest
from bs4 import BeautifulSoup
from django import forms

from sitewide.widgets import LongSelect, LongSelectMultiple

CHOICES = [("", "All"), ("FR", "France"), ("CI", "Côte d'Ivoire"), ("X", '<b>"bold"</b> & co')]


def parsed(html):
    select = BeautifulSoup(html, "html.parser").select_one("select")
    options = [
        (o["value"], o.get_text(), o.has_attr("selected")) for o in select.find_all("option")
    ]
    return select.attrs, options


@pytest.mark.parametrize(
    ("ours", "django", "value"),
    [
        (LongSelect, forms.Select, "CI"),
        (LongSelect, forms.Select, ""),
        (LongSelectMultiple, forms.SelectMultiple, ["FR", "X"]),
    ],
)
def test_a_long_select_is_the_same_as_djangos(ours, django, value):
    attrs = {"id": "id_country", "aria-describedby": "help", "size": 6}

    mine = ours(choices=CHOICES).render("country", value, attrs)
    theirs = django(choices=CHOICES).render("country", value, attrs)

    assert parsed(mine) == parsed(theirs)
    assert "<b>" not in mine
