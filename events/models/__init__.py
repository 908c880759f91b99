"""Models of the events app: the category taxonomy and the page types."""

from events.choices import Attendance, Status

from .categories import EventCategory
from .pages import EventIndexPage, EventPage

__all__ = ["Attendance", "EventCategory", "EventIndexPage", "EventPage", "Status"]
