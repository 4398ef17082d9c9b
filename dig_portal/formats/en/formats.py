"""English pages: "Tuesday 8 December 2026, 7 p.m." (British order, as the site's English is)."""

DATE_FORMAT = "l j F Y"
SHORT_DATE_FORMAT = "j M Y"
TIME_FORMAT = "P"
DATETIME_FORMAT = "l j F Y, P"
SHORT_DATETIME_FORMAT = "j M Y, P"
MONTH_DAY_FORMAT = "j F"
THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3
