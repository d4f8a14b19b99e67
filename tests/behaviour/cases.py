"""The behavioural cases: tiny stories of two or three articles, built from templates.

Each capability has a builder that makes one case from a domain's vocabulary and a seeded
random generator; `all_cases()` calls every builder for every domain `PER_DOMAIN` times, each
with its own seed, so the same cases come out on every run and every machine.

A case says what a fact-checker needs, never what the tool prints:
- must fire: some `conflict` finding cites, from each side of the disagreement, a claim in
  the sentence that holds that side's version of the fact (and, for two figures in one
  sentence, each pair of figures is named together by some conflict finding);
- must stay quiet: no `conflict` finding at all.

Every figure is checked against FORMAT.md's reading of figures (`forms.Fig.interval`) when the
case is built: a case that would not be a clear conflict (or a clear agreement) under that
policy is a bug in the generator and fails loudly here, before the tool ever sees it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from random import Random
from typing import TypeVar

from . import forms
from .forms import Fig
from .vocab import DOMAINS, Act, Domain, Event, Figure, Person, Saying

T = TypeVar("T")

PER_DOMAIN = 3  # cases per capability and domain: 12 domains give 36 cases a capability

OUTLETS = (
    "ashford-ledger", "bellmoor-gazette", "cinderford-times", "dovecote-news",
    "eastmark-wire", "fernhill-post", "glenharbour-herald", "highcross-daily",
    "ironbridge-record", "juniper-observer", "kestrel-chronicle", "lowfield-bulletin",
)


@dataclass(frozen=True)
class Text:
    """One outlet's article, kept as sentences so the sentences under test have known spans."""

    outlet: str
    sentences: tuple[str, ...]
    keys: tuple[int, ...]  # indexes of the sentences holding the facts under test

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    def span(self, i: int) -> tuple[int, int]:
        start = sum(len(s) + 1 for s in self.sentences[:i])
        return start, start + len(self.sentences[i])

    def key_spans(self) -> list[tuple[int, int]]:
        return [self.span(i) for i in self.keys]


@dataclass(frozen=True)
class Case:
    capability: str
    domain: str
    index: int
    published: date
    texts: tuple[Text, ...]
    # Must fire: the outlets on each side of the disagreement; a conflict finding must cite a
    # key sentence of at least one outlet of every side. Empty: must stay quiet.
    sides: tuple[tuple[str, ...], ...] = ()
    # Pairs of figures (as written) that some conflict finding must name together.
    figures: tuple[tuple[str, str], ...] = ()
    note: str = ""  # what differs, or what must not be taken for a difference

    @property
    def name(self) -> str:
        return f"{self.capability}/{self.domain}/{self.index}"

    @property
    def fires(self) -> bool:
        return bool(self.sides)


@dataclass(frozen=True)
class Capability:
    name: str
    fires: bool  # True: must fire; False: must stay quiet
    about: str  # one line for the table
    build: Callable[[Kit], Case]


# ------------------------------------------------------------------ building blocks


@dataclass
class Kit:
    """What a builder needs for one case: the domain, a seeded generator, outlets, a date."""

    capability: str
    domain: Domain
    index: int
    rng: Random
    published: date
    outlets: list[str]
    used_fillers: set[str] = field(default_factory=set)
    percent_style: str = ""  # one way of writing "per cent" a case, chosen on first use

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def third(self) -> bool:
        """Whether this case gets a third outlet (about one case in five)."""
        return self.rng.random() < 0.2

    def weekday(self, back: int | None = None) -> tuple[str, date]:
        return forms.weekday_before(self.published, back or self.rng.randint(1, 5))

    def fillers(self, k: int) -> list[str]:
        # Each outlet gets its own neutral sentences while the domain has unused ones left.
        free = [f for f in self.domain.fillers if f not in self.used_fillers]
        chosen = self.rng.sample(free if len(free) >= k else list(self.domain.fillers), k)
        self.used_fillers.update(chosen)
        return chosen

    def text(self, outlet: str, keys: list[str], fillers: int | None = None) -> Text:
        """An article: the key sentences and one or two neutral ones, 2-4 sentences in all."""
        if fillers is None:
            fillers = 1 if len(keys) >= 2 else self.rng.choice((1, 2))
        extra = self.fillers(fillers)
        if self.rng.random() < 0.3:  # sometimes the article opens with the background
            sentences = [extra[0], *keys, *extra[1:]]
            first = 1
        else:
            sentences, first = [*keys, *extra], 0
        assert 2 <= len(sentences) <= 4, sentences
        return Text(outlet, tuple(sentences), tuple(range(first, first + len(keys))))

    def case(self, texts: list[Text], sides: tuple[tuple[str, ...], ...] = (),
             figures: tuple[tuple[str, str], ...] = (), note: str = "") -> Case:
        return Case(self.capability, self.domain.name, self.index, self.published,
                    tuple(texts), sides, figures, note)


def sentence(text: str) -> str:
    """Tidy a sentence assembled from parts: single spaces, capital first letter, one stop."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([,.:])", r"\1", text)
    text = text.replace(",,", ",")
    for i, ch in enumerate(text):
        if ch.isalnum():
            text = text[:i] + ch.upper() + text[i + 1 :]
            break
    return text if text[-1] in ".\"”" else text + "."


# ------------------------------------------------------------------ figures in sentences

ACTIVE = (0, 1, 2, 6)  # forms that name the holder as the subject
PASSIVE = (3, 4, 7)
ALL_FORMS = (0, 1, 2, 3, 4, 5, 6, 7)
REWORDED = (8, 9, 5)  # another verb, or the figure at the end of the sentence


def figure_sentence(f: Figure, form: int, n: str, place: str, when: str = "",
                    holder: str | None = None, named: bool = False) -> str:
    """One of ten wordings of a figure fact. `holder` puts another party in the holder's slot;
    `named` keeps the holder's name where a pronoun would do (two holders in one story)."""

    def fill(t: str) -> str:
        if holder and f.holder:
            t = t.replace(f.holder, holder)
        return t.replace("{n}", n).replace("{place}", place)

    who = fill(holder if holder and not f.holder else f.who)
    by = fill(f.by)
    vp, passive, reword = fill(f.vp), fill(f.passive), fill(f.reword)
    pp = fill(f.pp or f.vp)
    if form == 0:
        s = f"{who} {vp} {when}"
    elif form == 1:
        s = f"{who} {vp} {when}, {by} said"
    elif form == 2:
        s = f"{when}, {who} {vp}" if when else f"{who} {vp}, according to {by}"
    elif form == 3:
        s = f"{passive} {when}, according to {by}"
    elif form == 4:
        s = f"according to {by}, {passive} {when}"
    elif form == 5:
        measure = fill(f.measure)
        s = f"{measure} {when}, {by} said" if "{n}" in f.measure else \
            f"{measure} {when} was {n}, {by} said"
    elif form == 6:
        # "the regulator said the energy regulator had ..." reads as two bodies: say "it"
        same = not named and by.split()[-1].lower() in who.lower().split()
        s = f"{by} said {'it' if same else who} had {pp} {when}"
    elif form == 7:
        s = f"{passive} {when}"
    elif form == 8:
        s = f"{who} {reword} {when}"
    elif form == 9:
        s = f"{when}, {who} {reword}, {by} said" if when else f"{who} {reword}, {by} said"
    else:
        raise AssertionError(form)
    return sentence(s)


def count_fig(value: int, style: str = "digits", hedge: str = "") -> Fig:
    return Fig(float(value), hedge=hedge, style=style)


def percent_fig(value: float, kit: Kit, decimals: int = 0, hedge: str = "") -> Fig:
    if not kit.percent_style:
        kit.percent_style = kit.pick(("%", "%", " per cent", " percent"))
    return Fig(value, hedge=hedge, decimals=decimals, kind="percent",
               percent_style=kit.percent_style)


def money_style(kit: Kit, currency: str) -> str:
    return kit.pick(("symbol", "symbol", "name")) if currency in forms.NAME else "symbol"


def draw(kit: Kit, lo: float, hi: float) -> float:
    """A value in [lo, hi], evenly spread on a log scale (figures span orders of magnitude)."""
    return lo * (hi / lo) ** kit.rng.random()


def exact_count(kit: Kit, lo: float, hi: float) -> int:
    """A count written exactly (at most one trailing zero, so read as exact)."""
    while True:
        n = round(draw(kit, lo, hi))
        if n >= 2 and n % 100:
            return n


def typos(n: int) -> list[int]:
    """Counts a careless outlet writes for n: adjacent digits swapped, one digit changed."""
    digits = str(n)
    out: set[int] = set()
    for i in range(len(digits) - 1):
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        out.add(int(swapped))
    for i, d in enumerate(digits):
        for nd in "0123456789":
            if nd != d and not (i == 0 and nd == "0"):
                out.add(int(digits[:i] + nd + digits[i + 1 :]))
    return sorted(m for m in out if m != n)


def differing_count(kit: Kit, n: int, style: str = "digits") -> int:
    """Another count for the same thing: a typo, clearly disjoint under FORMAT.md."""
    a = count_fig(n, style)
    options = [m for m in typos(n)
               if m >= 2 and 1.08 <= max(m, n) / min(m, n) <= 2.5
               and not forms.overlap(a, count_fig(m, style), wide=True)]
    if not options:
        options = [n + max(3, n // 4)]
    return kit.pick(options)


def figure_value(kit: Kit, f: Figure) -> Fig:
    """A figure for a frame, written as outlets write that kind of figure."""
    if f.kind == "count":
        return count_fig(exact_count(kit, f.lo, f.hi))
    if f.kind == "percent":
        if kit.rng.random() < 0.25:
            return percent_fig(round(draw(kit, f.lo, f.hi), 1), kit, decimals=1)
        return percent_fig(exact_count(kit, max(f.lo, 2), f.hi), kit)
    amount = forms.nice_amount(f.lo, f.hi, kit.rng.random())
    return forms.money(amount, f.currency, money_style(kit, f.currency))


def differing_value(kit: Kit, f: Figure, a: Fig) -> Fig:
    """Another value for the same figure, disjoint from `a` under FORMAT.md."""
    if f.kind == "count":
        return count_fig(differing_count(kit, round(a.value)))
    if f.kind == "percent":
        scale = 10**a.decimals
        whole = round(a.value * scale)
        options = [m for m in typos(whole)
                   if 1.1 <= max(m, whole) / min(m, whole) <= 2.5 and m / scale < 100]
        value = kit.pick(options) / scale if options else a.value + 7
        b = forms.replace_fig(a, value=value)
        assert not forms.overlap(a, b, wide=True), (a, b)
        return b
    size = {"million": 1e6, "billion": 1e9}.get(a.scale, 1.0)
    digits = f"{a.value / size:.{a.decimals}f}"
    candidates = []
    for i, ch in enumerate(digits):
        if ch.isdigit():
            for nd in "123456789":
                alt = digits[:i] + nd + digits[i + 1 :]
                candidates.append(float(alt) * size)
    options = [v for v in candidates
               if 1.15 <= max(v, a.value) / min(v, a.value) <= 3
               and not forms.overlap(a, forms.replace_fig(a, value=v), wide=True)]
    return forms.replace_fig(a, value=kit.pick(options))


def places(kit: Kit, k: int = 1) -> list[str]:
    return kit.rng.sample(list(kit.domain.places), k)


def sides_of(texts: list[Text], first: int) -> tuple[tuple[str, ...], ...]:
    """Sides of a disagreement: the first `first` texts against the rest."""
    return (tuple(t.outlet for t in texts[:first]), tuple(t.outlet for t in texts[first:]))


# ------------------------------------------------------------------ must fire


def fire_figure(kit: Kit, kind: str) -> Case:
    """Two outlets give different figures of one kind for one fact, in varied wordings."""
    f = kit.pick(kit.domain.of_kind(kind))
    a = figure_value(kit, f)
    b = differing_value(kit, f, a)
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed and kit.rng.random() < 0.7 else ""
    fa, fb, fc = (kit.pick(ALL_FORMS) for _ in range(3))
    texts = [kit.text(kit.outlets[0], [figure_sentence(f, fa, a.text(), place, when)]),
             kit.text(kit.outlets[1], [figure_sentence(f, fb, b.text(), place, when)])]
    if kit.third():  # a third outlet agrees with the first, in its own words
        texts.insert(1, kit.text(kit.outlets[2], [figure_sentence(f, fc, a.text(), place, when)]))
    return kit.case(texts, sides_of(texts, len(texts) - 1), note=f"{a.text()} vs {b.text()}")


def fire_money(kit: Kit) -> Case:
    """A different amount of money; now and then in another currency, converted wrongly."""
    if kit.rng.random() >= 0.25:
        return fire_figure(kit, "money")
    f = kit.pick(kit.domain.of_kind("money"))
    a = figure_value(kit, f)
    other = kit.pick([c for c in ("EUR", "GBP", "USD") if c != f.currency])
    rate = forms.convert(1.0, f.currency, other, kit.published)
    wrong = forms.three_figures(a.value * rate * kit.pick((0.6, 0.7, 1.4, 1.6, 1.8)))
    b = forms.money(wrong, other, money_style(kit, other))
    assert not forms.overlap(a, b, 1 / rate, wide=True), (a, b)
    place = places(kit)[0]
    form = kit.pick(ALL_FORMS)
    texts = [kit.text(kit.outlets[0], [figure_sentence(f, form, a.text(), place)]),
             kit.text(kit.outlets[1], [figure_sentence(f, kit.pick(ALL_FORMS), b.text(), place)])]
    return kit.case(texts, sides_of(texts, 1),
                    note=f"{a.text()} vs {b.text()} (rate {rate:.4f} on {kit.published})")


def fire_date(kit: Kit) -> Case:
    """One event given two dates."""
    e = kit.pick(kit.domain.events)
    back = kit.rng.randint(2, 20)
    day = kit.published - timedelta(days=back)
    other = day + timedelta(days=kit.pick((-3, -2, -1, 1)))
    if back <= 5 and kit.rng.random() < 0.4:  # within the week, outlets write the weekday
        wa = forms.weekday_before(kit.published, back)[0]
        wb = forms.weekday_before(kit.published, (kit.published - other).days)[0]
    else:
        style = kit.rng.randrange(3)
        wa, wb = forms.written_date(day, style), forms.written_date(other, kit.rng.randrange(3))
    texts = [kit.text(kit.outlets[0], [event_sentence(e, kit.rng.randrange(4), wa)]),
             kit.text(kit.outlets[1], [event_sentence(e, kit.rng.randrange(4), wb)])]
    return kit.case(texts, sides_of(texts, 1), note=f"{wa} vs {wb}")


def event_sentence(e: Event, form: int, when: str) -> str:
    if form == 0:
        return sentence(f"{e.who} {e.vp} {when}")
    if form == 1:
        return sentence(f"{when}, {e.who} {e.vp}")
    if form == 2:
        return sentence(f"{e.passive} {when}, {e.by} said")
    return sentence(f"according to {e.by}, {e.passive} {when}")


def fire_clock(kit: Kit) -> Case:
    """One event given two clock times on the same day."""
    e = kit.pick(kit.domain.events)
    day = kit.weekday()[0]
    minutes = kit.rng.randrange(6 * 60, 22 * 60, 5)
    other = minutes + kit.pick((-120, -60, 60, 120, 180, -25, 35))
    ta = forms.clock(minutes, kit.rng.randrange(4))
    tb = forms.clock(other, kit.rng.randrange(4))
    texts = [kit.text(kit.outlets[0], [event_sentence(e, kit.rng.randrange(4), f"at {ta} {day}")]),
             kit.text(kit.outlets[1], [event_sentence(e, kit.rng.randrange(4), f"at {tb} {day}")])]
    return kit.case(texts, sides_of(texts, 1), note=f"{ta} vs {tb}")


def fire_duration(kit: Kit) -> Case:
    """One duration given two lengths."""
    s = kit.pick(kit.domain.spans)
    n = kit.rng.randint(s.lo, s.hi)
    m = kit.pick([k for k in range(max(1, s.lo - 4), s.hi + 5)
                  if k != n and 1.2 <= max(k, n) / min(k, n) <= 3])
    da = forms.duration(n, s.unit, kit.rng.random() < 0.5)
    db = forms.duration(m, s.unit, kit.rng.random() < 0.5)
    texts = [kit.text(kit.outlets[0], [sentence(kit.pick(s.forms).replace("{d}", da))]),
             kit.text(kit.outlets[1], [sentence(kit.pick(s.forms).replace("{d}", db))])]
    if kit.third():
        texts.insert(1, kit.text(kit.outlets[2],
                                 [sentence(kit.pick(s.forms).replace("{d}", da))]))
    return kit.case(texts, sides_of(texts, len(texts) - 1), note=f"{da} vs {db}")


def fire_unit(kit: Kit) -> Case:
    """The same figure in two units: "12 kilometres" against "12 miles"."""
    x = kit.pick(kit.domain.extents)
    metric, imperial, _ = forms.UNITS[x.dimension]
    v = forms.grouped(round(draw(kit, x.lo, x.hi)))
    qa, qb = f"{v} {metric}", f"{v} {imperial}"
    if kit.rng.random() < 0.5:
        qa, qb = qb, qa
    texts = [kit.text(kit.outlets[0], [sentence(kit.pick(x.forms).replace("{q}", qa))]),
             kit.text(kit.outlets[1], [sentence(kit.pick(x.forms).replace("{q}", qb))])]
    return kit.case(texts, sides_of(texts, 1), note=f"{qa} vs {qb}")


# Hedge pairs whose intervals are disjoint under FORMAT.md: (first, second, second/first).
DISJOINT_HEDGES = (
    ("more than", "nearly", 0.6), ("nearly", "more than", 1.5), ("about", "more than", 1.4),
    ("about", "nearly", 0.7), ("at least", "almost", 0.75), ("more than", "about", 0.6),
    ("as many as", "more than", 1.6), ("some", "at least", 1.5),
)


def round2(x: float) -> int:
    """x to two significant figures."""
    digits = len(str(int(x)))
    return int(round(x, 2 - digits))


def roundish(x: float) -> int:
    """x as a hedged figure is written: "nearly 300", "more than 20", "about 1,500"."""
    for limit, step in ((100, 5), (1000, 50), (10000, 100)):
        if x < limit:
            return max(step, int(round(x / step) * step))
    return round2(x)


def fire_hedge(kit: Kit) -> Case:
    """Hedged figures whose intervals cannot overlap: "more than 500" against "nearly 300"."""
    f = kit.pick(kit.domain.of_kind("count"))
    h1, h2, ratio = kit.pick(DISJOINT_HEDGES)
    x = roundish(draw(kit, max(f.lo, 20), f.hi / 1.6))
    y = roundish(x * ratio)
    a, b = count_fig(x, hedge=h1), count_fig(y, hedge=h2)
    assert not forms.overlap(a, b, wide=True), (a, b)
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    texts = [kit.text(kit.outlets[0], [figure_sentence(f, kit.pick(ALL_FORMS), a.text(), place,
                                                       when)]),
             kit.text(kit.outlets[1], [figure_sentence(f, kit.pick(ALL_FORMS), b.text(), place,
                                                       when)])]
    return kit.case(texts, sides_of(texts, 1), note=f"{a.text()} vs {b.text()}")


QUOTE_FORMS = 5  # forms 0-4 name the speaker in full; 5 and 6 use the surname


def quote_sentence(q: str, p: Person, form: int) -> str:
    if form == 0:
        return f'"{q}," said {p.full}, the {p.role}.'
    if form == 1:
        return f'{p.full}, the {p.role}, said: "{q}."'
    if form == 2:
        return f'"{q}," {p.full} told reporters.'
    if form == 3:
        return f'The {p.role}, {p.full}, said: "{q}."'
    if form == 4:
        return f'"{q}," the {p.role}, {p.full}, said.'
    if form == 5:
        return f'"{q}," said {p.last}, the {p.role}.'
    if form == 6:
        return f'"{q}," {p.title} {p.last}, the {p.role}, said.'
    raise AssertionError(form)


def swapped(s: Saying) -> str:
    old, new = s.swap
    assert len(re.findall(rf"\b{re.escape(old)}\b", s.words)) == 1, s
    return re.sub(rf"\b{re.escape(old)}\b", new, s.words)


def fire_quote_word(kit: Kit) -> Case:
    """One word changed inside a quotation by the same speaker."""
    s = kit.pick(kit.domain.sayings)
    p = kit.domain.people[s.speaker]
    wrong = swapped(s)
    texts = [kit.text(kit.outlets[0], [quote_sentence(s.words, p, kit.rng.randrange(QUOTE_FORMS))]),
             kit.text(kit.outlets[1], [quote_sentence(wrong, p, kit.rng.randrange(QUOTE_FORMS))])]
    if kit.third():
        texts.insert(1, kit.text(kit.outlets[2],
                                 [quote_sentence(s.words, p, kit.rng.randrange(QUOTE_FORMS))]))
    return kit.case(texts, sides_of(texts, len(texts) - 1), note=" vs ".join(s.swap))


def fire_quote_speaker(kit: Kit) -> Case:
    """The same words put in the mouths of two different people."""
    s = kit.pick(kit.domain.sayings)
    p, q = kit.domain.people[s.speaker], kit.domain.people[s.other]
    texts = [kit.text(kit.outlets[0], [quote_sentence(s.words, p, kit.rng.randrange(QUOTE_FORMS))]),
             kit.text(kit.outlets[1], [quote_sentence(s.words, q, kit.rng.randrange(QUOTE_FORMS))])]
    return kit.case(texts, sides_of(texts, 1), note=f"{p.full} vs {q.full}")


def visit_sentence(name: str, p: Person, place: str, when: str, form: int) -> str:
    if form == 0:
        return sentence(f"{name}, the {p.role}, visited {place} {when}")
    return sentence(f"the {p.role}, {name}, visited {place} {when}")


def fire_name_spelling(kit: Kit) -> Case:
    """One person's surname spelled two ways for the same deed or quotation."""
    p = kit.pick(kit.domain.people)
    wrong = Person(p.first, p.misspelt, p.role, p.title, p.misspelt)
    if kit.rng.random() < 0.5:
        sayings = [s for s in kit.domain.sayings if s.speaker == kit.domain.people.index(p)]
        words = sayings[0].words if sayings else kit.domain.sayings[0].words
        ka = quote_sentence(words, p, kit.rng.randrange(QUOTE_FORMS))
        kb = quote_sentence(words, wrong, kit.rng.randrange(QUOTE_FORMS))
    else:
        place, when = places(kit)[0], kit.weekday()[0]
        ka = visit_sentence(p.full, p, place, when, kit.rng.randrange(2))
        kb = visit_sentence(wrong.full, p, place, when, kit.rng.randrange(2))
    texts = [kit.text(kit.outlets[0], [ka]), kit.text(kit.outlets[1], [kb])]
    if kit.third():
        texts.insert(1, kit.text(kit.outlets[2], [ka.replace('"', "\u201c", 1)
                                                   .replace('"', "\u201d", 1)]))
    return kit.case(texts, sides_of(texts, len(texts) - 1), note=f"{p.last} vs {p.misspelt}")


def done_sentence(a: Act, form: int, when: str) -> str:
    if form == 0:
        return sentence(f"{a.who} {a.past} {a.obj} {when}")
    if form == 1:
        return sentence(f"{a.who} has {a.pp} {a.obj}")
    if form == 2:
        return sentence(f"{a.obj} was {a.pp} by {a.who} {when}")
    return sentence(f"{when}, {a.who} {a.past} {a.obj}")


def plan_sentence(a: Act, form: int) -> str:
    if form == 0:
        return sentence(f"{a.who} plans to {a.base} {a.obj}")
    if form == 1:
        return sentence(f"{a.who} will {a.base} {a.obj} next month")
    if form == 2:
        return sentence(f"{a.who} intends to {a.base} {a.obj}")
    if form == 3:
        return sentence(f"{a.who} is preparing to {a.base} {a.obj}")
    return sentence(f"{a.obj} is to be {a.pp} by {a.who}")


def fire_plan(kit: Kit) -> Case:
    """A plan reported as a done deed."""
    a = kit.pick(kit.domain.acts)
    done = done_sentence(a, kit.rng.randrange(4), kit.weekday()[0])
    plan = plan_sentence(a, kit.rng.randrange(5))
    texts = [kit.text(kit.outlets[0], [done]), kit.text(kit.outlets[1], [plan])]
    if kit.rng.random() < 0.5:
        texts.reverse()
    return kit.case(texts, sides_of(texts, 1), note="done vs planned")


# (affirmed, negated) forms with the same tense.
NEGATIONS = (
    ("{who} {past} {obj} {when}", "{who} did not {base} {obj} {when}"),
    ("{who} has {pp} {obj}", "{who} has not {pp} {obj}"),
    ("{who} {past} {obj} {when}", "{who} didn't {base} {obj} {when}"),
    ("{obj} was {pp} by {who} {when}", "{obj} was not {pp} by {who} {when}"),
    ("{who} {past} {obj}", "{who} never {past} {obj}"),
)


def act_form(template: str, a: Act, when: str) -> str:
    return sentence(template.format(who=a.who, past=a.past, base=a.base, pp=a.pp, obj=a.obj,
                                    when=when))


def fire_negation(kit: Kit) -> Case:
    """A deed affirmed by one outlet and negated by the other."""
    a = kit.pick(kit.domain.acts)
    yes, no = kit.pick(NEGATIONS)
    when = kit.weekday()[0]
    texts = [kit.text(kit.outlets[0], [act_form(yes, a, when)]),
             kit.text(kit.outlets[1], [act_form(no, a, when)])]
    if kit.third():
        texts.insert(1, kit.text(kit.outlets[2], [act_form(yes, a, when)]))
    return kit.case(texts, sides_of(texts, len(texts) - 1), note="affirmed vs negated")


def fire_two_figures(kit: Kit) -> Case:
    """Two figures in one sentence, both different: both must be reported."""
    p = kit.pick(kit.domain.pairs)
    a1 = exact_count(kit, *p.a)
    b1 = exact_count(kit, *p.b)
    a2 = differing_count(kit, a1)
    b2 = differing_count(kit, b1)
    figs = [forms.grouped(v) for v in (a1, b1, a2, b2)]
    assert len(set(figs)) == 4, figs
    ta, tb = kit.pick(p.forms), kit.pick(p.forms)
    texts = [kit.text(kit.outlets[0], [sentence(ta.format(a=figs[0], b=figs[1]))]),
             kit.text(kit.outlets[1], [sentence(tb.format(a=figs[2], b=figs[3]))])]
    return kit.case(texts, sides_of(texts, 1), figures=((figs[0], figs[2]), (figs[1], figs[3])),
                    note=f"{figs[0]} vs {figs[2]} and {figs[1]} vs {figs[3]}")


# ------------------------------------------------------------------ must stay quiet


def quiet_pair(kit: Kit, ka: list[str], kb: list[str], note: str,
               kc: list[str] | None = None) -> Case:
    texts = [kit.text(kit.outlets[0], ka), kit.text(kit.outlets[1], kb)]
    if kc is not None:
        texts.append(kit.text(kit.outlets[2], kc))
    return kit.case(texts, note=note)


def quiet_reworded(kit: Kit) -> Case:
    """The same figure in other words: another verb, or the figure at the end."""
    f = kit.pick(kit.domain.figures)
    v = figure_value(kit, f).text()
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    ka = figure_sentence(f, kit.pick((0, 1, 2)), v, place, when)
    kb = figure_sentence(f, kit.pick(REWORDED), v, place, when)
    kc = [figure_sentence(f, kit.pick(REWORDED), v, place, when)] if kit.third() else None
    return quiet_pair(kit, [ka], [kb], f"{v} reworded", kc)


# Each wording and its mirror: the time or the source moved from the end to the front.
MIRROR = {0: 2, 2: 0, 3: 4, 4: 3, 1: 1, 7: 7}


def quiet_reordered(kit: Kit) -> Case:
    """Two facts in the other order, with their adverbials moved to the other end."""
    f = kit.pick(kit.domain.figures)
    v = figure_value(kit, f).text()
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    form = kit.pick(tuple(MIRROR))
    e = kit.pick(kit.domain.events)
    ewhen = kit.weekday()[0]
    eform = kit.rng.randrange(2)
    ka = [figure_sentence(f, form, v, place, when), event_sentence(e, eform, ewhen)]
    kb = [event_sentence(e, 1 - eform, ewhen), figure_sentence(f, MIRROR[form], v, place, when)]
    return quiet_pair(kit, ka, kb, f"{v}; {e.vp} {ewhen}")


def quiet_passive(kit: Kit) -> Case:
    """The same fact in the active and in the passive voice."""
    choice = kit.rng.randrange(3)
    if choice == 0:  # a deed
        a = kit.pick(kit.domain.acts)
        when = kit.weekday()[0]
        ka = done_sentence(a, kit.pick((0, 3)), when)
        kb = done_sentence(a, 2, when)
        return quiet_pair(kit, [ka], [kb], f"{a.who} {a.past} {a.obj}")
    if choice == 1:  # a dated event
        e = kit.pick(kit.domain.events)
        when = kit.weekday()[0]
        return quiet_pair(kit, [event_sentence(e, kit.rng.randrange(2), when)],
                          [event_sentence(e, kit.pick((2, 3)), when)], e.vp)
    f = kit.pick(kit.domain.figures)
    v = figure_value(kit, f).text()
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    ka = figure_sentence(f, kit.pick(ACTIVE), v, place, when)
    kb = figure_sentence(f, kit.pick(PASSIVE), v, place, when)
    return quiet_pair(kit, [ka], [kb], f"{v}, active vs passive")


def quiet_number_format(kit: Kit) -> Case:
    """One figure written differently: separators, number words, "2.5 million"."""
    kind = kit.pick(("count", "count", "count", "money", "percent"))
    f = kit.pick(kit.domain.of_kind(kind))
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    if kind == "count":
        lo, hi = int(f.lo), int(f.hi)
        ways = []
        if lo < 100:
            ways.append("small")
        if lo <= 9900 and hi >= 1100:
            ways.append("hundreds")
        if hi >= 1000:
            ways.append("plain")
        # "twelve hundred" is the rarest form to meet, so it gets the most cases
        way = kit.pick([w for w in ways for _ in range(2 if w == "hundreds" else 1)]
                       or ["plain"])
        if way == "small":
            n = kit.rng.randint(max(lo, 2), min(hi, 99))
            texts = [forms.words(n), str(n)]
        elif way == "hundreds":
            n = kit.pick([k for k in range(max(lo, 1100), min(hi, 9900) + 1, 100) if k % 1000]
                         or [1200])
            texts = [forms.grouped(n), str(n), forms.hundreds_words(n)]
        else:
            n = exact_count(kit, max(lo, 1000), hi)
            texts = [forms.grouped(n), str(n)]  # nobody spells out 4,576 in words
    elif kind == "money":
        a = figure_value(kit, f)
        plain = forms.replace_fig(a, scale="", decimals=0)
        texts = [a.text(), plain.text(), forms.replace_fig(a, money_style="code").text()]
        if f.currency in forms.NAME:
            texts.append(forms.replace_fig(a, money_style="name").text())
    else:
        n = exact_count(kit, max(f.lo, 2), min(f.hi, 99))
        texts = [f"{n}%", f"{n} per cent", f"{forms.words(n)} per cent", f"{n} percent"]
    ta, tb = kit.rng.sample(sorted(set(texts)), 2)
    form = kit.pick(ALL_FORMS)
    ka = figure_sentence(f, form, ta, place, when)
    kb = figure_sentence(f, kit.pick(ALL_FORMS), tb, place, when)
    return quiet_pair(kit, [ka], [kb], f"{ta} = {tb}")


def quiet_unit_conversion(kit: Kit) -> Case:
    """A measure converted into another unit, to the precision outlets use."""
    x = kit.pick(kit.domain.extents)
    metric, imperial, factor = forms.UNITS[x.dimension]
    v = round(draw(kit, x.lo, x.hi))
    a = Fig(float(v))
    converted = v * factor
    if converted < 100:
        b = Fig(round(converted, 1), decimals=1)
    else:
        b = Fig(float(round2(converted)), hedge=kit.pick(("about", "some", "around")))
    assert forms.overlap(a, b, 1 / factor), (a, b)
    qa, qb = f"{a.text()} {metric}", f"{b.text()} {imperial}"
    if kit.rng.random() < 0.4:
        qa, qb = qb, qa
    ka = sentence(kit.pick(x.forms).replace("{q}", qa))
    kb = sentence(kit.pick(x.forms).replace("{q}", qb))
    return quiet_pair(kit, [ka], [kb], f"{qa} = {qb}")


def quiet_currency(kit: Kit) -> Case:
    """An amount converted into another currency at the ECB rate of the article's date."""
    f = kit.pick(kit.domain.of_kind("money"))
    a = figure_value(kit, f)
    other = kit.pick([c for c in ("EUR", "GBP", "USD") if c != f.currency])
    exact = forms.convert(a.value, f.currency, other, kit.published)
    b = forms.money(forms.three_figures(exact), other, money_style(kit, other))
    assert abs(b.value - exact) / exact <= 0.01, (a, b, exact)
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    ka = figure_sentence(f, kit.pick(ALL_FORMS), a.text(), place, when)
    kb = figure_sentence(f, kit.pick(ALL_FORMS), b.text(), place, when)
    return quiet_pair(kit, [ka], [kb], f"{a.text()} = {b.text()} on {kit.published}")


def rounded_pair(kit: Kit, f: Figure) -> tuple[Fig, Fig]:
    """An exact figure and the same figure rounded, as FORMAT.md lets a reader hear them."""
    if f.kind == "money":
        amount = draw(kit, max(f.lo, 1.2e6), max(f.hi, 2e6))
        style = money_style(kit, f.currency)
        a = forms.scaled_money(amount, f.currency, 3, style)
        if a.value % 10 ** (len(str(int(a.value))) - 2) == 0:  # already two figures
            a = forms.replace_fig(a, value=a.value * 1.004)
            a = forms.scaled_money(a.value, f.currency, 3, style)
        b = forms.scaled_money(a.value, f.currency, 2, style)
        if not b.decimals:  # "25 million" could be read as exact to the million: hedge it
            b = forms.replace_fig(b, hedge=kit.pick(("about", "around", "some")))
        elif kit.rng.random() < 0.5:
            b = forms.replace_fig(b, hedge=kit.pick(("about", "around")))
        return a, b
    if f.kind == "percent":
        v = round(draw(kit, max(f.lo, 3), f.hi), 1)
        if v == round(v):
            v += 0.3
        a = percent_fig(v, kit, decimals=1)
        r = round(v)
        hedge = "nearly" if r > v else "more than"
        return a, percent_fig(float(r), kit, hedge=kit.pick((hedge, "about")))
    n = exact_count(kit, max(f.lo, 30), f.hi)
    r = roundish(n)
    if r == n:
        n += 3
    hedge = kit.pick(("about", "around", "some", "nearly" if r > n else "more than"))
    return count_fig(n), count_fig(r, hedge=hedge)


def quiet_rounded(kit: Kit) -> Case:
    """An exact figure and the same figure rounded ("2.46 million" / "about 2.5 million")."""
    f = kit.pick(kit.domain.figures)
    a, b = rounded_pair(kit, f)
    assert forms.overlap(a, b), (a, b)
    assert a.text() != b.text()
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    ka = figure_sentence(f, kit.pick(ALL_FORMS), a.text(), place, when)
    kb = figure_sentence(f, kit.pick(ALL_FORMS), b.text(), place, when)
    return quiet_pair(kit, [ka], [kb], f"{a.text()} ~ {b.text()}")


# Hedged pairs that overlap under FORMAT.md: (first, second, second/first); "" is exact.
OVERLAPPING_HEDGES = (
    ("more than", "about", 1.04), ("nearly", "about", 0.96), ("at least", "more than", 1.0),
    ("some", "nearly", 1.0), ("about", "almost", 1.0), ("", "more than", 0.95),
    ("", "nearly", 1.04), ("as many as", "about", 1.0), ("more than", "at least", 1.02),
)


def quiet_hedge(kit: Kit) -> Case:
    """Hedged figures whose intervals overlap ("more than 500" / "about 520")."""
    f = kit.pick(kit.domain.of_kind("count"))
    h1, h2, ratio = kit.pick(OVERLAPPING_HEDGES)
    lo = max(f.lo, 30)
    for _ in range(100):  # rounding can land a pair on a shared edge: draw again
        x = roundish(draw(kit, lo, f.hi)) if h1 else exact_count(kit, lo, f.hi)  # hedged: round
        y = roundish(x * ratio) if ratio != 1.0 or not h1 else x
        a, b = count_fig(x, hedge=h1), count_fig(y, hedge=h2)
        if forms.overlap(a, b) and a.text() != b.text():
            break
    assert forms.overlap(a, b) and a.text() != b.text(), (a, b)
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    ka = figure_sentence(f, kit.pick(ALL_FORMS), a.text(), place, when)
    kb = figure_sentence(f, kit.pick(ALL_FORMS), b.text(), place, when)
    return quiet_pair(kit, [ka], [kb], f"{a.text()} ~ {b.text()}")


def two_values(kit: Kit, f: Figure) -> tuple[Fig, Fig]:
    """Figures of two different things: drawn apart, so neither looks like a typo of the other."""
    a = figure_value(kit, f)
    for _ in range(200):
        b = figure_value(kit, f)
        ratio = max(a.value, b.value) / min(a.value, b.value)
        if 1.3 <= ratio <= 3 and not forms.overlap(a, b, wide=True):
            return a, b
    raise AssertionError(f"no second value for {f.vp}")


def quiet_other_holder(kit: Kit) -> Case:
    """Figures of two different holders (two companies' fines) in one story."""
    f = kit.pick(kit.domain.figures)
    a, b = two_values(kit, f)
    place = places(kit)[0]
    when = kit.weekday()[0] if f.timed else ""
    other = kit.pick(f.others)
    s1 = figure_sentence(f, kit.pick(ACTIVE), a.text(), place, when, named=True)
    s2 = figure_sentence(f, kit.pick(ACTIVE), b.text(), place, when, holder=other, named=True)
    if kit.rng.random() < 0.5:  # each outlet reports one holder
        return quiet_pair(kit, [s1], [s2], f"{f.held_by} {a.text()}, {other} {b.text()}")
    # both report both, in other words and order
    t1 = figure_sentence(f, kit.pick(ACTIVE), a.text(), place, when, named=True)
    t2 = figure_sentence(f, kit.pick(ACTIVE), b.text(), place, when, holder=other, named=True)
    return quiet_pair(kit, [s1, s2], [t2, t1], f"{f.held_by} {a.text()}, {other} {b.text()}")


def quiet_other_place(kit: Kit) -> Case:
    """The same kind of figure for two places."""
    f = kit.pick([g for g in kit.domain.figures if g.local and "{place}" in g.vp + g.who
                  and "{place}" in g.passive])
    a, b = two_values(kit, f)
    p1, p2 = places(kit, 2)
    when = kit.weekday()[0] if f.timed else ""
    s1 = figure_sentence(f, kit.pick(ALL_FORMS), a.text(), p1, when)
    s2 = figure_sentence(f, kit.pick(ALL_FORMS), b.text(), p2, when)
    if kit.rng.random() < 0.5:
        return quiet_pair(kit, [s1], [s2], f"{p1} {a.text()}, {p2} {b.text()}")
    t1 = figure_sentence(f, kit.pick(ALL_FORMS), a.text(), p1, when)
    return quiet_pair(kit, [s1, s2], [t1], f"{p1} {a.text()}, {p2} {b.text()}")


def quiet_other_time(kit: Kit) -> Case:
    """The same kind of figure on two different days."""
    # a one-off fact (a fine, an election result) has no second value on another day
    f = kit.pick([g for g in kit.domain.figures if g.timed and not g.once])
    a, b = two_values(kit, f)
    place = places(kit)[0]
    back1, back2 = kit.rng.sample(range(1, 7), 2)
    if kit.rng.random() < 0.5:
        w1, w2 = kit.weekday(back1)[0], kit.weekday(back2)[0]
    else:
        d1 = kit.published - timedelta(days=back1 + 7 * kit.rng.randint(1, 3))
        d2 = d1 - timedelta(days=kit.rng.randint(5, 40))
        style = kit.rng.randrange(2)
        w1, w2 = forms.written_date(d1, style), forms.written_date(d2, style)
    when_forms = (0, 1, 2, 3, 4, 7)
    s1 = figure_sentence(f, kit.pick(when_forms), a.text(), place, w1)
    s2 = figure_sentence(f, kit.pick(when_forms), b.text(), place, w2)
    if kit.rng.random() < 0.5:
        return quiet_pair(kit, [s1], [s2], f"{a.text()} {w1}, {b.text()} {w2}")
    # one outlet gives both days' figures, the other the later one in its own words
    t1 = figure_sentence(f, kit.pick(when_forms), a.text(), place, w1)
    return quiet_pair(kit, [s1, s2], [t1], f"{a.text()} {w1}, {b.text()} {w2}")


def estimate_sentence(clause: str, counter: str, form: int) -> str:
    if form == 0:
        return sentence(f"{clause}, according to {counter}")
    if form == 1:
        return sentence(f"according to {counter}, {clause}")
    return sentence(f"{counter} said {clause}")


def quiet_other_counter(kit: Kit) -> Case:
    """One figure counted by two bodies: the police's count and the organisers'."""
    e = kit.pick(kit.domain.estimates)
    if e.kind == "percent":
        n1 = kit.rng.randint(int(e.lo), int(e.hi) // 2)
        n2 = min(n1 * 2 + kit.rng.randint(1, 9), 97)
        t1, t2 = f"{n1}%", f"{n2}%"
    else:
        n1 = roundish(draw(kit, e.lo, e.hi / 2.5))
        n2 = roundish(n1 * kit.pick((1.8, 2.2, 2.5, 3.0)))
        hedge = kit.pick(("", "about ", "some "))
        t1, t2 = f"{hedge}{forms.grouped(n1)}", f"{hedge}{forms.grouped(n2)}"
    c1, c2 = e.counters
    if kit.rng.random() < 0.5:
        c1, c2 = c2, c1
        t1, t2 = t2, t1
    s1 = estimate_sentence(e.clause.replace("{n}", t1), c1, kit.rng.randrange(3))
    s2 = estimate_sentence(e.clause.replace("{n}", t2), c2, kit.rng.randrange(3))
    if kit.rng.random() < 0.6:
        return quiet_pair(kit, [s1], [s2], f"{c1}: {t1}; {c2}: {t2}")
    both = sentence(f"{c1} said {e.clause.replace('{n}', t1)}, while {c2} put the figure at {t2}")
    return quiet_pair(kit, [s1], [both], f"{c1}: {t1}; {c2}: {t2}")


def quiet_other_status(kit: Kit) -> Case:
    """A forecast or target against the actual figure."""
    o = kit.pick(kit.domain.outlooks)
    # Targets and forecasts are round; the actual figure falls short of them or beats them.
    factor = kit.pick((0.6, 0.7, 0.8, 1.2, 1.3))
    if o.kind == "money":
        x = forms.nice_amount(o.lo, o.hi, kit.rng.random())
        a = forms.money(x, o.currency)
        b = forms.money(forms.three_figures(x * factor * kit.rng.uniform(0.97, 1.03)),
                        o.currency)
    elif o.kind == "percent":
        x = kit.rng.randint(int(o.lo), int(o.hi))
        x = roundish(x) if x >= 20 else x
        y = min(round(x * factor), 99)
        a, b = percent_fig(float(x), kit), percent_fig(float(y), kit)
    else:
        x = roundish(draw(kit, o.lo, o.hi))
        a = count_fig(x)
        b = count_fig(exact_count(kit, x * factor * 0.97, x * factor * 1.03))
    assert not forms.overlap(a, b, wide=True), (a, b)  # else the test shows nothing
    target = sentence(o.target.replace("{n}", a.text()))
    actual = sentence(o.actual.replace("{n}", b.text()))
    if kit.rng.random() < 0.5:
        return quiet_pair(kit, [actual], [target], f"target {a.text()}, actual {b.text()}")
    return quiet_pair(kit, [actual], [target, actual], f"target {a.text()}, actual {b.text()}")


CONTRACTIONS = (("We will", "We'll"), ("we will", "we'll"), ("do not", "don't"),
                ("cannot", "can't"), ("it is", "it's"), ("will not", "won't"), ("I am", "I'm"),
                ("is not", "isn't"), ("has not", "hasn't"), ("that is", "that's"))
INSTITUTIONS = ("league", "government", "ministry", "council", "museum", "festival", "region",
                "hospital", "jury", "reef", "grid", "reactor", "telescope", "court", "country")


def typography(q: str, choice: int) -> tuple[str, bool]:
    """The quotation with a change of typography only, and whether to use curly marks."""
    changes: list[Callable[[str], str | None]] = [
        lambda s: next((s.replace(a, b, 1) for a, b in CONTRACTIONS if a in s), None),
        lambda s: s.replace(",", "", 1) if "," in s else (
            s.replace(" and ", ", and ", 1) if " and " in s else None),
        lambda s: next((re.sub(rf"\b{w}\b", w.capitalize(), s, count=1)
                        for w in INSTITUTIONS if re.search(rf"\b{w}\b", s)), None),
    ]
    for k in range(len(changes)):
        changed = changes[(choice + k) % len(changes)](q)
        if changed and changed != q:
            return changed, choice % 2 == 0
    return q, True


def curly(s: str) -> str:
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out).replace("'", "\u2019")


def quiet_quote_typography(kit: Kit) -> Case:
    """A quotation with other punctuation, case, contractions or quotation marks."""
    s = kit.pick(kit.domain.sayings)
    p = kit.domain.people[s.speaker]
    q2, use_curly = typography(s.words, kit.rng.randrange(6))
    ka = quote_sentence(s.words, p, kit.rng.randrange(QUOTE_FORMS))
    kb = quote_sentence(q2, p, kit.rng.randrange(QUOTE_FORMS))
    if use_curly:
        kb = curly(kb)
    marks = " in curly quotation marks" if use_curly else ""
    return quiet_pair(kit, [ka], [kb], f"{s.words!r} ~ {q2!r}{marks}")


def quiet_short_name(kit: Kit) -> Case:
    """A person named in full by one outlet and by surname (with role) by the other."""
    s = kit.pick(kit.domain.sayings)
    p = kit.domain.people[s.speaker]
    ka = quote_sentence(s.words, p, kit.rng.randrange(QUOTE_FORMS))
    style = kit.rng.randrange(3)
    if style < 2:
        kb = [quote_sentence(s.words, p, 5 + style)]
    else:  # introduced in full in an earlier sentence, then the surname alone
        place, when = places(kit)[0], kit.weekday()[0]
        kb = [visit_sentence(p.full, p, place, when, 0), f'"{s.words}," {p.last} said.']
    return quiet_pair(kit, [ka], kb, f"{p.full} / {p.last}")


def quiet_date_written(kit: Kit) -> Case:
    """One date written two ways: a weekday and a calendar date, or day and month swapped."""
    e = kit.pick(kit.domain.events)
    back = kit.rng.randint(1, 5)
    weekday, day = forms.weekday_before(kit.published, back)
    styles = kit.rng.sample(range(3), 2)
    wa = forms.written_date(day, styles[0])
    wb = weekday if kit.rng.random() < 0.5 else forms.written_date(day, styles[1])
    return quiet_pair(kit, [event_sentence(e, kit.rng.randrange(4), wa)],
                      [event_sentence(e, kit.rng.randrange(4), wb)], f"{wa} = {wb}")


# ------------------------------------------------------------------ the capabilities

CAPABILITIES: tuple[Capability, ...] = (
    Capability("fire:count", True, "a different count", lambda k: fire_figure(k, "count")),
    Capability("fire:money", True, "a different amount of money", fire_money),
    Capability("fire:percent", True, "a different percentage",
               lambda k: fire_figure(k, "percent")),
    Capability("fire:date", True, "a different date for one event", fire_date),
    Capability("fire:clock-time", True, "a different clock time for one event", fire_clock),
    Capability("fire:duration", True, "a different duration", fire_duration),
    Capability("fire:unit", True, "one figure in two units (12 km / 12 miles)", fire_unit),
    Capability("fire:hedge-disjoint", True, "hedged figures that cannot overlap", fire_hedge),
    Capability("fire:quote-word", True, "one word changed inside a quotation", fire_quote_word),
    Capability("fire:quote-speaker", True, "the same quotation from another speaker",
               fire_quote_speaker),
    Capability("fire:name-spelling", True, "a surname spelled two ways", fire_name_spelling),
    Capability("fire:plan-vs-done", True, "a plan against a done deed", fire_plan),
    Capability("fire:negation", True, "affirmed against negated", fire_negation),
    Capability("fire:two-figures", True, "two figures in one sentence, both different",
               fire_two_figures),
    Capability("quiet:reworded", False, "the same fact in other words", quiet_reworded),
    Capability("quiet:reordered", False, "the same facts in another order", quiet_reordered),
    Capability("quiet:passive", False, "the same fact in the passive voice", quiet_passive),
    Capability("quiet:number-format", False, "separators and number words (1,200 / twelve "
               "hundred)", quiet_number_format),
    Capability("quiet:unit-conversion", False, "a measure converted to another unit",
               quiet_unit_conversion),
    Capability("quiet:currency-conversion", False, "an amount converted at the ECB rate",
               quiet_currency),
    Capability("quiet:rounded", False, "a figure and its rounding", quiet_rounded),
    Capability("quiet:hedge-overlap", False, "hedged figures that overlap", quiet_hedge),
    Capability("quiet:other-holder", False, "figures of different holders", quiet_other_holder),
    Capability("quiet:other-place", False, "figures for different places", quiet_other_place),
    Capability("quiet:other-time", False, "figures for different days", quiet_other_time),
    Capability("quiet:other-counter", False, "one figure by different counters (police / "
               "organisers)", quiet_other_counter),
    Capability("quiet:other-status", False, "a forecast or target against the actual figure",
               quiet_other_status),
    Capability("quiet:quote-typography", False, "punctuation, case or contractions in a quote",
               quiet_quote_typography),
    Capability("quiet:short-name", False, "a person named by surname alone",
               quiet_short_name),
    Capability("quiet:date-written", False, "one date written two ways", quiet_date_written),
)

BY_NAME = {c.name: c for c in CAPABILITIES}


def published_date(rng: Random) -> date:
    """A weekday between 2019 and 2024 with ECB rates for the currencies the cases use."""
    day = date(2019, 1, 7) + timedelta(days=rng.randrange(0, 6 * 365))
    while True:
        if day.weekday() < 5:
            try:
                for code in ("GBP", "USD", "CHF", "SEK"):
                    forms.convert(1.0, "EUR", code, day)
                return day
            except Exception:  # the library's RateNotFoundError: no rate that day
                pass
        day += timedelta(days=1)


def build(capability: Capability, domain: Domain, index: int) -> Case:
    # A string seed is hashed with SHA-512 by `random`: the same cases on every run.
    rng = Random(f"{capability.name}/{domain.name}/{index}")
    published = published_date(rng)
    outlets = rng.sample(list(OUTLETS), 3)
    kit = Kit(capability.name, domain, index, rng, published, outlets)
    return capability.build(kit)


def cases_of(capability: Capability) -> Iterator[Case]:
    for domain in DOMAINS:
        for index in range(PER_DOMAIN):
            yield build(capability, domain, index)


@cache
def all_cases() -> tuple[Case, ...]:
    return tuple(case for cap in CAPABILITIES for case in cases_of(cap))
