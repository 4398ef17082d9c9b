"""Danish dates the way Danish public sites write them: "tirsdag 8. december 2026 kl. 19.00".

Only what differs from Django's own `da` formats; the rest (month and day names, the "."
thousands separator) comes from Django.
"""

DATE_FORMAT = "l j. F Y"
SHORT_DATE_FORMAT = "j. b Y"
TIME_FORMAT = "H.i"
DATETIME_FORMAT = r"l j. F Y \k\l. H.i"
SHORT_DATETIME_FORMAT = r"j. b Y \k\l. H.i"
MONTH_DAY_FORMAT = "j. F"
THOUSAND_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3
