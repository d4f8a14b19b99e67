"""Dates in a sentence as inclusive intervals, relative ones resolved against the article date.

Every mention is an interval `first..last` (a day has first == last; "June 2020" is June 1..30;
"last week" is Monday..Sunday of the previous ISO week). Conventions:

- A day or month without a year takes the year of the article; when that puts it more than two
  months after the article, the year before ("in December" in a February article). Such
  mentions are `relative=True`, because they depend on the article's date; `basis` says so.
- A weekday ("on Tuesday") is the most recent one on or before the article date, since news
  reports the past; when the sentence speaks of the future before it ("will", "is due to",
  "plans to") it is the next one on or after. "last"/"next" Tuesday exclude the article date.
- "N days ago" is a day; "N weeks ago" the ISO week holding that day; "N months ago" that
  calendar month; "N years ago" that calendar year. "the past two days" runs back from the
  article date; "within days" and "in the coming weeks" run forward from the day after it.
- Parts: early = days 1-10 of a month (January-April of a year), mid = 11-20 (May-August),
  late = 21-end (September-December); "the end of" is the last 10 days or December.
- Without an article date, every relative mention has first = last = None and
  basis "unresolved: the article has no date".

`calendar_spans(text)` gives the spans of calendar dates and years (absolute or yearless), which
`quantities` never reads as amounts ("30 June", "2019", "the 1990s").

The patterns: absolute.py (written on the calendar), relative.py (to the article date), clock.py
(times of day); patterns.py what they are made of, days.py their arithmetic, scan.py the reader.
later.py reads "four days later" from the date before it in the article, once the dates are
read in their sentences (checker/events.py).
"""

from checker.extract.dates.scan import calendar_spans, find_dates

__all__ = ["calendar_spans", "find_dates"]
