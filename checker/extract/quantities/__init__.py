"""Numbers in a sentence with what they count: counts, money, percentages, durations, measures.

Conventions every downstream rule can rely on:

- `unit`: the counted noun, singular and lower-case ("81 patients" -> "patient"; "people" ->
  "person"); "money" for money (the currency is in `currency`); "percent", "percentage point" or
  "basis point" for percentages; the canonical measure unit of rules/lexicon/numbers.yaml for
  measures ("year", "month", "km", "kg"); "" when nothing counted follows a bare number.
- `dimension`: "count", "money", "percent", "age", or a measure's dimension: "duration",
  "distance", "mass", "area", "volume", "speed", "temperature", "power", "energy", "data",
  "magnitude". "23 years ago" is a duration; "a 13-year-old", "aged 45", "Lee, 45," are ages.
- `approx`: the qualifier as written, lower-case ("about", "up to", "more than", "or more");
  symbols are spelled out ("~" -> "about", "200+" -> "or more"); both ends of a range ("10 to 15
  people", "between 5 and 7 million") get "between"; None when the number is exact.
- `text`: the exact slice of the sentence from the currency or number to the unit, without the
  qualifier before it ("€2.4 million", "81 patients", "40 million monthly listeners").

Never a quantity: years and calendar dates (dates.calendar_spans), times of day, ordinals,
phone numbers, product and model names ("Office 365", "G7", "Covid-19", "7Eleven"), labels
("page 5", "Article 23"), sizes ("300 x 250"), scores ("3-1"), "24/7", list markers at the
start of a line, and number words that count nothing ("the two met").
"""

from checker.extract.quantities.reader import find_quantities
from checker.extract.quantities.units import (
    ambiguity_note,
    currency_ambiguity,
    symbol_currencies,
    to_base,
)

__all__ = [
    "ambiguity_note",
    "currency_ambiguity",
    "find_quantities",
    "symbol_currencies",
    "to_base",
]
