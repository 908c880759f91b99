# English dates as the Initiative writes them, day first ("12 September 2017"), like its event
# ranges ("22–24 May 2019"), rather than Django's American "Sept. 12, 2017".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
# A time with a date (platform posts, messages): the same day-first date and a 24-hour time,
# as in French and Spanish, never Django's American "12/04/2026 8:19 p.m.".
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
