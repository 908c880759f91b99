"""The launch checklist: what the Executive Secretariat still has to enter or confirm.

Each section owns its checks, in a `launch_checklist` module that registers them here
(`@check(order)`); the editorial app shows them on the dashboard and under Reports. A check
looks at the data, so an item ticks itself off once it is filled in, and comes back if it is
emptied again.
"""

from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules

_checks = []


@dataclass
class Item:
    label: str  # what the Secretariat enters or confirms
    done: bool
    url: str  # the admin page where it is filled in
    detail: str = ""  # what is still missing, or what was found


def check(order):
    """Register a function returning the `Item`s of one subject; `order` sorts the subjects."""

    def register(func):
        if func not in [f for _o, f in _checks]:
            _checks.append((order, func))
        return func

    return register


def items():
    autodiscover_modules("launch_checklist")
    return [item for _order, func in sorted(_checks, key=lambda c: c[0]) for item in func()]
