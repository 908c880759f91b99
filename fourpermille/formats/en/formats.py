# English dates as the Initiative writes them, day first ("12 September 2017"), like its event
# ranges ("22–24 May 2019"), rather than Django's American "Sept. 12, 2017".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
