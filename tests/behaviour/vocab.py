"""Invented vocabularies for the behavioural cases: one per news domain.

Every name, place, organisation and quotation here is made up for these tests. Templates are
clause fragments: `cases.py` puts them into sentences of varied syntax (active, passive,
fronted, "according to", figure first or last) and fills the slots:

- `{n}` a figure (count, amount of money or percentage, rendered by `forms.py`),
- `{place}` one of the domain's places, `{who}` the holder of the figure.

Verb phrases (`vp`) are in the simple past and follow their subject; `pp` is the same phrase
with the past participle where it differs (for "said it had ..."). A phrase is written in
lower case unless it starts with a name: sentences capitalise their first letter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    role: str  # "regional fire chief": used as "the regional fire chief"
    title: str  # "Ms", "Mr", "Dr": for the short form "Ms Hallowell"
    misspelt: str  # the surname as a careless outlet writes it (not an accepted variant)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Figure:
    """A figure held by someone: a count, an amount of money or a percentage."""

    kind: str  # "count" | "money" | "percent"
    who: str  # the holder, subject of `vp`
    by: str  # who gives the figure ("according to {by}")
    vp: str  # verb phrase after {who}, with {n} and {place}
    passive: str  # the same fact as a passive (or subject-less) clause, with {n}
    reword: str  # `vp` in other words, same fact
    measure: str  # names the quantity: "{measure} was {n}" (or a clause with {n} itself)
    others: tuple[str, ...]  # other holders of the same kind of figure in the same story
    lo: float  # a plausible range for the figure (money in units of `currency`)
    hi: float
    currency: str = ""  # ISO code for money
    pp: str = ""  # `vp` with a past participle, when it differs from the simple past
    # What `others` stand in for, when it is not `who`: the party fined, the player signed.
    holder: str = ""
    # A one-off fact (a fine, a purchase, an election result): it has one value, not one a day.
    once: bool = False
    # The figure exists for each place ("residents evacuated from {place}"), rather than for
    # one event that happened in one place ("the forest fire near {place}").
    local: bool = True

    @property
    def held_by(self) -> str:
        return self.holder or self.who

    @property
    def timed(self) -> bool:
        """Whether "on Tuesday" can follow the clause: not when it already says when."""
        return not any(w in self.vp for w in _TIMES)


# Phrases that already date a clause ("last season"): no weekday is added after them.
_TIMES = ("season", "year", "month", "first half", "weekend", "summer", "heatwave", "derby",
          "after the storm")


@dataclass(frozen=True)
class Event:
    """Something that happened once, at a date and time: dated or timed by the outlets."""

    who: str
    vp: str  # "reopened the Tarrant Road bridge"
    passive: str  # "the Tarrant Road bridge was reopened"
    by: str  # who reports it


@dataclass(frozen=True)
class Span:
    """A duration: `forms` are clauses with {d} ("three days"), all saying the same."""

    forms: tuple[str, ...]
    unit: str  # "day", "hour", "week", "month", "year"
    lo: int
    hi: int


@dataclass(frozen=True)
class Extent:
    """A physical measure: `forms` are clauses with {q} ("12 kilometres")."""

    forms: tuple[str, ...]
    dimension: str  # "length", "area", "height", "mass", "speed"
    lo: float  # in the metric unit
    hi: float


@dataclass(frozen=True)
class Saying:
    """A quotation by one of the domain's people, and a one-word change to it."""

    words: str  # without closing punctuation
    swap: tuple[str, str]  # (word in `words`, the word a careless outlet puts instead)
    speaker: int  # index into the domain's people
    other: int  # another person of the domain, for "the same words, another speaker"


@dataclass(frozen=True)
class Act:
    """A deed that can be reported as done, planned or not done."""

    who: str
    base: str  # "close"
    past: str  # "closed"
    pp: str  # "closed"
    obj: str  # "the Harrow Street depot"


@dataclass(frozen=True)
class Outlook:
    """A forecast or target, and the actual figure: different statuses, never a conflict."""

    kind: str  # "count" | "money" | "percent"
    target: str  # clause with {n}: what was expected or aimed for
    actual: str  # clause with {n}: what happened
    lo: float
    hi: float
    currency: str = ""


@dataclass(frozen=True)
class Estimate:
    """One figure counted by two bodies that disagree in good faith (police and organisers)."""

    kind: str  # "count" | "percent"
    clause: str  # with {n}
    counters: tuple[str, str]
    lo: float
    hi: float


@dataclass(frozen=True)
class Pair:
    """Two figures in one sentence: `forms` are clauses with {a} and {b}."""

    forms: tuple[str, ...]
    a: tuple[int, int]  # ranges
    b: tuple[int, int]


@dataclass(frozen=True)
class Domain:
    name: str
    places: tuple[str, ...]
    people: tuple[Person, ...]
    figures: tuple[Figure, ...]  # counts first, then money, then percentages
    events: tuple[Event, ...]
    spans: tuple[Span, ...]
    extents: tuple[Extent, ...]
    sayings: tuple[Saying, ...]
    acts: tuple[Act, ...]
    outlooks: tuple[Outlook, ...]
    estimates: tuple[Estimate, ...]
    pairs: tuple[Pair, ...]
    fillers: tuple[str, ...]  # neutral sentences: no figure, name, quotation or negation

    def of_kind(self, kind: str) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.kind == kind)


P = Person

DISASTERS = Domain(
    name="disasters",
    places=("Carrowmere", "Dunmere", "Ressington", "Port Avel"),
    people=(
        P("Marguerite", "Hallowell", "regional fire chief", "Ms", "Hallowel"),
        P("Tobias", "Renquist", "emergency services minister", "Mr", "Rennquist"),
        P("Adaeze", "Obiora", "coastguard commander", "Ms", "Obiara"),
        P("Luca", "Ferrante", "mayor of Carrowmere", "Mr", "Ferrente"),
    ),
    figures=(
        Figure(
            "count", "the coastguard", "the regional emergency office",
            "rescued {n} people from flooded homes in {place}",
            "{n} people were rescued from flooded homes in {place}",
            "pulled {n} people to safety from flooded homes in {place}",
            "the number of people rescued from flooded homes in {place}",
            ("volunteer boat crews", "army units"), 30, 480,
        ),
        Figure(
            "count", "the civil defence agency", "the regional governor's office",
            "evacuated {n} residents from {place}",
            "{n} residents were evacuated from {place}",
            "moved {n} residents out of {place}",
            "the number of residents evacuated from {place}",
            ("the county police", "the town council"), 600, 9000,
        ),
        Figure(
            "count", "the fire service", "the interior ministry",
            "sent {n} firefighters to the forest fire near {place}",
            "{n} firefighters were sent to the forest fire near {place}",
            "deployed {n} firefighters to the forest fire near {place}",
            "the number of firefighters sent to the forest fire near {place}",
            ("the neighbouring province", "the national park service"), 40, 700,
            local=False,
        ),
        Figure(
            "money", "the regional government", "the finance office",
            "set aside {n} for flood repairs in {place}",
            "{n} was set aside for flood repairs in {place}",
            "earmarked {n} for flood repairs in {place}",
            "the sum set aside for flood repairs in {place}",
            ("the national treasury", "a private relief fund"), 2e6, 80e6, "EUR",
        ),
        Figure(
            "money", "the state insurer", "the insurers' association",
            "paid {n} to households in {place} after the storm",
            "{n} was paid to households in {place} after the storm",
            "handed {n} to households in {place} after the storm",
            "the sum paid to households in {place} after the storm",
            ("private insurers", "the relief fund"), 1e6, 40e6, "GBP",
        ),
        Figure(
            "percent", "the power company", "the energy regulator",
            "restored electricity to {n} of households in {place}",
            "electricity was restored to {n} of households in {place}",
            "reconnected {n} of households in {place} to the grid",
            "the share of households in {place} with electricity restored",
            ("a rival supplier", "the municipal power board"), 20, 95,
        ),
        Figure(
            "percent", "the storm", "the housing agency",
            "damaged {n} of the homes in {place}",
            "{n} of the homes in {place} were damaged in the storm",
            "left {n} of the homes in {place} damaged",
            "the share of homes in {place} damaged in the storm",
            ("the flood", "the landslide"), 5, 60,
        ),
    ),
    events=(
        Event("the civil defence agency", "lifted the evacuation order for Dunmere",
              "the evacuation order for Dunmere was lifted", "the regional emergency office"),
        Event("engineers", "reopened the Tarrant Road bridge",
              "the Tarrant Road bridge was reopened", "the transport department"),
    ),
    spans=(
        Span(("the evacuation of Ressington lasted {d}",
              "the evacuation of Ressington went on for {d}",
              "Ressington remained evacuated for {d}"), "day", 3, 12),
        Span(("the forest fire near Port Avel burned for {d}",
              "the forest fire near Port Avel raged for {d}"), "day", 4, 15),
    ),
    extents=(
        Extent(("the fire burned {q} of forest near Port Avel",
                "{q} of forest near Port Avel were burned by the fire"), "area", 300, 9000),
        Extent(("the floodwater spread {q} inland from the coast at Carrowmere",
                "the floodwater reached {q} inland from the coast at Carrowmere"), "length", 5, 40),
    ),
    sayings=(
        Saying("We will not reopen the valley road until every bridge has been inspected",
               ("inspected", "repaired"), 0, 1),
        Saying("The water rose faster than anyone in Carrowmere had ever seen",
               ("faster", "higher"), 3, 2),
        Saying("Our crews worked through the night and saved every family they could reach",
               ("saved", "reached"), 2, 0),
    ),
    acts=(
        Act("the regional government", "close", "closed", "closed", "the Harrow Street shelter"),
        Act("the town council", "approve", "approved", "approved", "the new flood barrier"),
        Act("the emergency services minister", "sign", "signed", "signed",
            "the disaster declaration for Carrowmere"),
    ),
    outlooks=(
        Outlook("count", "forecasters had predicted {n} millimetres of rain in Dunmere",
                "{n} millimetres of rain fell in Dunmere", 40, 160),
        Outlook("money", "the regional government had hoped to raise {n} for the relief fund",
                "the relief fund raised {n}", 1e6, 20e6, "EUR"),
    ),
    estimates=(
        Estimate("count", "{n} people were left homeless by the floods in Carrowmere",
                 ("the regional government", "aid agencies"), 800, 6000),
        Estimate("count", "{n} homes in Ressington were damaged by the storm",
                 ("the housing agency", "the residents' association"), 150, 2000),
    ),
    pairs=(
        Pair(("the storm killed {a} people and injured {b} in Port Avel",
              "{a} people were killed and {b} injured by the storm in Port Avel"),
             (4, 40), (50, 400)),
        Pair(("the landslide destroyed {a} houses and damaged {b} near Dunmere",
              "{a} houses were destroyed and {b} damaged by the landslide near Dunmere"),
             (6, 60), (70, 500)),
    ),
    fillers=(
        "Schools in the area stayed closed for the rest of the week.",
        "Residents were urged to follow official advice and stay away from the river banks.",
        "Aid agencies set up shelters in the town hall and in a sports centre.",
        "Forecasters expect calmer weather later in the week.",
        "Volunteers handed out blankets and hot drinks at the shelters.",
    ),
)

COURTS = Domain(
    name="courts",
    places=("Brackwater", "Elsmoor", "Quillon", "Saint Ivory"),
    people=(
        P("Helena", "Vantongeren", "presiding judge", "Ms", "Vantongaren"),
        P("Ignatius", "Mbeki-Laurent", "chief prosecutor", "Mr", "Mbeki-Lorent"),
        P("Rosalind", "Achterberg", "defence lawyer", "Ms", "Achtenberg"),
        P("Casimir", "Ostrowicz", "justice minister", "Mr", "Ostrowitz"),
    ),
    figures=(
        Figure(
            "count", "the prosecution", "the court",
            "called {n} witnesses in the fraud trial in {place}",
            "{n} witnesses were called by the prosecution in the fraud trial in {place}",
            "brought {n} witnesses before the court in the fraud trial in {place}",
            "the number of witnesses the prosecution called in the fraud trial in {place}",
            ("the defence", "the civil claimants"), 12, 140,
            local=False,
        ),
        Figure(
            "count", "the regional court", "the justice ministry",
            "convicted {n} people of rioting in {place}",
            "{n} people were convicted of rioting in {place}",
            "found {n} people guilty of rioting in {place}",
            "the number of people convicted of rioting in {place}",
            ("the appeals court", "the juvenile court"), 15, 260,
        ),
        Figure(
            "count", "the police", "the prosecutor's office",
            "arrested {n} people after the protest outside the courthouse in {place}",
            "{n} people were arrested after the protest outside the courthouse in {place}",
            "detained {n} people after the protest outside the courthouse in {place}",
            "the number of people arrested after the protest outside the courthouse in {place}",
            ("the border police", "the transport police"), 9, 190,
            local=False,
        ),
        Figure(
            "money", "the court", "the court registry",
            "fined the Ardent Logistics group {n} for faking safety inspections",
            "the Ardent Logistics group was fined {n} for faking safety inspections",
            "ordered the Ardent Logistics group to pay {n} for faking safety inspections",
            "the fine imposed on the Ardent Logistics group for faking safety inspections",
            ("the Morrow Freight company", "the Castell Shipping firm"), 150e3, 9e6, "EUR",
            holder="the Ardent Logistics group",
            once=True,
        ),
        Figure(
            "money", "the judge", "court documents",
            "awarded the Quillon tenants {n} in damages",
            "the Quillon tenants were awarded {n} in damages",
            "granted the Quillon tenants {n} in damages",
            "the sum awarded to the Quillon tenants in damages",
            ("the Elsmoor tenants", "the Brackwater residents"), 80e3, 3e6, "GBP",
            holder="the Quillon tenants",
            once=True,
        ),
        Figure(
            "percent", "the appeals court", "the judicial council",
            "overturned {n} of the convictions it reviewed in {place}",
            "{n} of the convictions reviewed in {place} were overturned",
            "quashed {n} of the convictions it reviewed in {place}",
            "the share of convictions overturned on review in {place}",
            ("the supreme court", "the military court"), 4, 40,
        ),
        Figure(
            "percent", "the courts", "the judicial council",
            "settled {n} of civil cases in {place} within a year",
            "{n} of civil cases in {place} were settled within a year",
            "closed {n} of civil cases in {place} within a year",
            "the share of civil cases in {place} settled within a year",
            ("the commercial courts", "the family courts"), 30, 90,
        ),
    ),
    events=(
        Event("the jury", "returned its verdict in the Ardent Logistics trial",
              "the verdict in the Ardent Logistics trial was returned", "the court registry"),
        Event("the regional court", "opened the trial of the former Quillon mayor",
              "the trial of the former Quillon mayor was opened", "the prosecutor's office"),
    ),
    spans=(
        Span(("the judge jailed the former Quillon mayor for {d}",
              "the former Quillon mayor was sentenced to {d} in prison",
              "the former Quillon mayor was given a prison term of {d}"), "year", 2, 14),
        Span(("the fraud trial in Brackwater lasted {d}",
              "the fraud trial in Brackwater ran for {d}"), "week", 3, 20),
    ),
    extents=(
        Extent(("the smuggling tunnel found under the Elsmoor border post ran for {q}",
                "the smuggling tunnel found under the Elsmoor border post was {q} long"),
               "length", 1, 6),
        Extent(("police seized {q} of cannabis from a warehouse in Saint Ivory",
                "{q} of cannabis were seized from a warehouse in Saint Ivory"), "mass", 40, 900),
    ),
    sayings=(
        Saying("The evidence against the defendant was overwhelming and the jury saw it clearly",
               ("overwhelming", "underwhelming"), 1, 0),
        Saying("My client has always maintained his innocence and he will appeal",
               ("appeal", "resign"), 2, 1),
        Saying("Nobody in this country is above the law, whatever office they hold",
               ("office", "wealth"), 3, 0),
    ),
    acts=(
        Act("the justice ministry", "approve", "approved", "approved",
            "the extradition of the Ardent Logistics founder"),
        Act("the regional court", "suspend", "suspended", "suspended",
            "the licence of the Morrow Freight company"),
        Act("the chief prosecutor", "drop", "dropped", "dropped",
            "the bribery case against the former Quillon mayor"),
    ),
    outlooks=(
        Outlook("count", "prosecutors had asked for a sentence of {n} years for the former mayor",
                "the former mayor was jailed for {n} years", 3, 15),
        Outlook("money", "the tenants had sought {n} in damages from the landlord",
                "the court awarded the tenants {n} in damages from the landlord",
                100e3, 2e6, "GBP"),
    ),
    estimates=(
        Estimate("count", "{n} protesters gathered outside the courthouse in Quillon",
                 ("police", "the organisers"), 300, 4000),
        Estimate("count", "{n} cases were waiting to be heard at the Elsmoor court",
                 ("the justice ministry", "the lawyers' association"), 2000, 15000),
    ),
    pairs=(
        Pair(("the court convicted {a} defendants and acquitted {b} in the Brackwater fraud case",
              "{a} defendants were convicted and {b} acquitted in the Brackwater fraud case"),
             (3, 19), (21, 45)),
        Pair(("police searched {a} offices and {b} homes in the Saint Ivory investigation",),
             (5, 30), (32, 90)),
    ),
    fillers=(
        "The hearing was adjourned until the following morning.",
        "Reporters and relatives packed the public gallery.",
        "Both sides are expected to make closing statements later this month.",
        "The courthouse was guarded by extra police officers.",
        "The case has drawn wide attention across the region.",
    ),
)

MARKETS = Domain(
    name="markets",
    places=("Lindqvale", "Harrowgate Quay", "Mersett", "Oldcastle Reach"),
    people=(
        P("Solveig", "Kallistrand", "chief executive of Ostermark Bank", "Ms", "Kalistrand"),
        P("Dmitri", "Halvorsen", "finance director of Brightwell Foods", "Mr", "Halverson"),
        P("Anouk", "Verbruggen", "market analyst", "Ms", "Verbrugen"),
        P("Kwame", "Asante-Boakye", "chairman of Tessaly Motors", "Mr", "Asante-Boayke"),
    ),
    figures=(
        Figure(
            "count", "Brightwell Foods", "the company",
            "cut {n} jobs at its plant in {place}",
            "{n} jobs were cut at the Brightwell Foods plant in {place}",
            "shed {n} jobs at its plant in {place}",
            "the number of jobs cut at the Brightwell Foods plant in {place}",
            ("Tessaly Motors", "Ostermark Bank"), 45, 1900,
        ),
        Figure(
            "count", "Ostermark Bank", "the bank",
            "closed {n} branches in {place} and the surrounding towns",
            "{n} Ostermark Bank branches were closed in {place} and the surrounding towns",
            "shut {n} branches in {place} and the surrounding towns",
            "the number of Ostermark Bank branches closed in {place} and the surrounding towns",
            ("Mersett Savings", "the Lindqvale Credit Union"), 6, 90,
        ),
        Figure(
            "count", "Tessaly Motors", "industry figures",
            "sold {n} electric vans from its depot in {place}",
            "{n} electric vans were sold by Tessaly Motors from its depot in {place}",
            "delivered {n} electric vans to buyers from its depot in {place}",
            "the number of electric vans Tessaly Motors sold from its depot in {place}",
            ("the Oldcastle Van Company", "Kestrel Trucks"), 120, 8000,
        ),
        Figure(
            "money", "Ostermark Bank", "the bank",
            "bought the Mersett Savings group for {n}",
            "the Mersett Savings group was bought by Ostermark Bank for {n}",
            "paid {n} for the Mersett Savings group",
            "the price Ostermark Bank paid for the Mersett Savings group",
            ("the Lindqvale Credit Union", "Harrowgate Quay Insurance"), 50e6, 3e9, "EUR",
            holder="the Mersett Savings group",
            once=True,
        ),
        Figure(
            "money", "Brightwell Foods", "the company",
            "made a profit of {n} in the first half",
            "Brightwell Foods' profit for the first half was {n}",
            "earned {n} in profit in the first half",
            "Brightwell Foods' profit in the first half",
            ("Tessaly Motors", "Ostermark Bank"), 4e6, 400e6, "USD",
        ),
        Figure(
            "percent", "shares in Tessaly Motors", "the exchange",
            "fell {n} in trading in {place}",
            "Tessaly Motors lost {n} of its market value in trading in {place}",
            "dropped {n} in trading in {place}",
            "the fall in Tessaly Motors shares in trading in {place}",
            ("shares in Ostermark Bank", "shares in Brightwell Foods"), 2, 25,
            local=False,
            pp="fallen {n} in trading in {place}",
        ),
        Figure(
            "percent", "Ostermark Bank", "the bank",
            "raised its savings rate to {n} for customers in {place}",
            "the Ostermark Bank savings rate for customers in {place} was raised to {n}",
            "lifted its savings rate to {n} for customers in {place}",
            "the Ostermark Bank savings rate for customers in {place}",
            ("Mersett Savings", "the Lindqvale Credit Union"), 1, 6,
        ),
    ),
    events=(
        Event("Ostermark Bank", "completed its takeover of Mersett Savings",
              "the takeover of Mersett Savings by Ostermark Bank was completed", "the regulator"),
        Event("the exchange", "suspended trading in Tessaly Motors shares",
              "trading in Tessaly Motors shares was suspended", "the market operator"),
    ),
    spans=(
        Span(("the suspension of trading in Tessaly Motors shares lasted {d}",
              "Tessaly Motors shares stayed suspended for {d}"), "hour", 2, 9),
        Span(("Brightwell Foods froze hiring for {d}",
              "the hiring freeze at Brightwell Foods lasted {d}"), "month", 3, 18),
    ),
    extents=(
        Extent(("the new Brightwell Foods warehouse in Mersett covers {q}",
                "the new Brightwell Foods warehouse in Mersett spreads over {q}"), "area", 4, 40),
        Extent(("Tessaly Motors' new test track at Lindqvale is {q} long",
                "Tessaly Motors opened a test track of {q} at Lindqvale"), "length", 3, 20),
    ),
    sayings=(
        Saying("This deal makes us the strongest lender in the region for the next decade",
               ("strongest", "largest"), 0, 3),
        Saying("We expect margins to recover once the price of grain settles",
               ("recover", "collapse"), 1, 2),
        Saying("Investors are worried about debt rather than about demand for the vans",
               ("debt", "delays"), 2, 1),
    ),
    acts=(
        Act("Brightwell Foods", "close", "closed", "closed", "the Oldcastle Reach bakery"),
        Act("the board of Ostermark Bank", "approve", "approved", "approved",
            "the sale of the Ostermark insurance arm"),
        Act("Tessaly Motors", "recall", "recalled", "recalled", "the Harbinger delivery van"),
    ),
    outlooks=(
        Outlook("money", "analysts had expected Ostermark Bank to report a profit of {n}",
                "Ostermark Bank reported a profit of {n}", 20e6, 900e6, "EUR"),
        Outlook("percent", "the company had aimed for sales growth of {n} this year",
                "sales grew {n} this year", 2, 15),
    ),
    estimates=(
        Estimate("count", "{n} small savers lost money when Mersett Savings collapsed",
                 ("regulators", "a savers' action group"), 3000, 20000),
        Estimate("percent", "{n} of Tessaly Motors shareholders backed the pay plan",
                 ("the company", "a shareholder advisory firm"), 20, 80),
    ),
    pairs=(
        Pair(("Ostermark Bank closed {a} branches and cut {b} jobs",
              "{a} branches were closed and {b} jobs cut at Ostermark Bank"), (8, 40), (120, 900)),
        Pair(("Tessaly Motors sold {a} vans and {b} lorries in the quarter",),
             (300, 900), (41, 290)),
    ),
    fillers=(
        "Trading was calm across the rest of the exchange.",
        "The company's annual meeting is due in the spring.",
        "Analysts said the sector had a difficult year.",
        "The bank's headquarters in Lindqvale employs staff from across the region.",
        "Shares in other lenders moved little.",
    ),
)

SPORT = Domain(
    name="sport",
    places=("Kelvingrove Park", "Ashby Marsh", "Tollinghurst", "Wrexford"),
    people=(
        P("Benedetta", "Scardaccione", "head coach of Tollinghurst Rovers", "Ms", "Scardacione"),
        P("Oluwaseun", "Adeyemi", "captain of Wrexford City", "Mr", "Adeyami"),
        P("Ingrid", "Fahlstrom", "league chief executive", "Ms", "Fahlstrem"),
        P("Declan", "Moriarty-Quinn", "Wrexford City manager", "Mr", "Moriarty-Quin"),
    ),
    figures=(
        Figure(
            "count", "Tollinghurst Rovers", "the club",
            "sold {n} season tickets for the new stadium in {place}",
            "{n} season tickets for the new stadium in {place} were sold",
            "signed up {n} season-ticket holders for the new stadium in {place}",
            "the number of season tickets sold for the new stadium in {place}",
            ("Wrexford City", "Ashby Marsh Athletic"), 1200, 24000,
            local=False,
        ),
        Figure(
            "count", "the league", "the league office",
            "handed out {n} yellow cards in matches played in {place} this season",
            "{n} yellow cards were shown in matches played in {place} this season",
            "issued {n} yellow cards in matches played in {place} this season",
            "the number of yellow cards shown in matches played in {place} this season",
            ("the cup competition", "the women's league"), 40, 230,
        ),
        Figure(
            "count", "Wrexford City", "the club",
            "gave {n} free tickets to schools in {place}",
            "{n} free tickets were given to schools in {place}",
            "handed {n} free tickets to schools in {place}",
            "the number of free tickets given to schools in {place}",
            ("Tollinghurst Rovers", "the athletics federation"), 150, 3000,
            pp="given {n} free tickets to schools in {place}",
        ),
        Figure(
            "money", "Wrexford City", "the club",
            "signed the striker Tomasz Brezina for {n}",
            "the striker Tomasz Brezina joined Wrexford City for {n}",
            "paid {n} to sign the striker Tomasz Brezina",
            "the fee Wrexford City paid for the striker Tomasz Brezina",
            ("the defender Ilias Sorensen", "the winger Kofi Mensah-Dale"), 2e6, 60e6, "GBP",
            holder="the striker Tomasz Brezina",
            once=True,
        ),
        Figure(
            "money", "the league", "the league office",
            "fined Tollinghurst Rovers {n} for crowd trouble in {place}",
            "Tollinghurst Rovers were fined {n} for crowd trouble in {place}",
            "ordered Tollinghurst Rovers to pay {n} for crowd trouble in {place}",
            "the fine imposed on Tollinghurst Rovers for crowd trouble in {place}",
            ("Wrexford City", "Ashby Marsh Athletic"), 20e3, 400e3, "EUR",
            holder="Tollinghurst Rovers",
            once=True,
        ),
        Figure(
            "percent", "Wrexford City", "the club",
            "won {n} of its home matches at {place} last season",
            "{n} of Wrexford City's home matches at {place} ended in wins last season",
            "took victory in {n} of its home matches at {place} last season",
            "Wrexford City's share of home wins at {place} last season",
            ("Tollinghurst Rovers", "Ashby Marsh Athletic"), 30, 85,
            local=False,
        ),
        Figure(
            "percent", "the stadium at Tollinghurst", "the club",
            "was {n} full for the derby",
            "{n} of the seats in the stadium at Tollinghurst were filled for the derby",
            "filled {n} of its seats for the derby",
            "the share of seats filled at the stadium at Tollinghurst for the derby",
            ("the stadium at Wrexford", "the ground at Ashby Marsh"), 55, 99,
            pp="been {n} full for the derby",
        ),
    ),
    events=(
        Event("Wrexford City", "sacked its manager",
              "the Wrexford City manager was sacked", "the club"),
        Event("the league", "opened the new stadium at Tollinghurst",
              "the new stadium at Tollinghurst was opened", "the league office"),
    ),
    spans=(
        Span(("the league banned the Ashby Marsh goalkeeper for {d}",
              "the Ashby Marsh goalkeeper was suspended for {d}"), "week", 2, 12),
        Span(("the Tollinghurst Rovers captain will be out injured for {d}",
              "the injury will keep the Tollinghurst Rovers captain out for {d}"), "month", 2, 9),
    ),
    extents=(
        Extent(("the winner of the Wrexford marathon ran the final {q} alone",
                "the winner of the Wrexford marathon was alone over the final {q}"),
               "length", 3, 15),
        Extent(("the new stand at Tollinghurst rises {q} above the pitch",
                "the new stand at Tollinghurst is {q} high"), "height", 18, 60),
    ),
    sayings=(
        Saying("We played with courage tonight and the fans deserved this win",
               ("courage", "caution"), 0, 3),
        Saying("I am proud to lead this team and I will never leave Wrexford",
               ("proud", "tired"), 1, 3),
        Saying("The league will punish any club that cannot control its supporters",
               ("punish", "protect"), 2, 0),
    ),
    acts=(
        Act("Wrexford City", "sign", "signed", "signed", "the goalkeeper Piet Vandersloot"),
        Act("the league", "approve", "approved", "approved", "the move of Ashby Marsh Athletic"),
        Act("the Tollinghurst club", "sell", "sold", "sold", "the Kelvingrove Park training ground"),
    ),
    outlooks=(
        Outlook("count", "the club had set a target of {n} season tickets",
                "the club sold {n} season tickets", 3000, 20000),
        Outlook("percent", "the league had aimed to fill {n} of stadium seats",
                "{n} of stadium seats were filled", 60, 95),
    ),
    estimates=(
        Estimate("count", "{n} fans lined the streets for the victory parade in Wrexford",
                 ("police", "the club"), 8000, 60000),
        Estimate("count", "{n} supporters travelled to the final in Ashby Marsh",
                 ("the club", "the host city"), 2000, 15000),
    ),
    pairs=(
        Pair(("Wrexford City scored {a} goals and conceded {b} this season",
              "{a} goals were scored and {b} conceded by Wrexford City this season"),
             (41, 88), (12, 39)),
        Pair(("the league fined {a} clubs and banned {b} players this season",),
             (3, 9), (11, 40)),
    ),
    fillers=(
        "The match was played in steady rain.",
        "Supporters sang throughout the second half.",
        "The club thanked its fans for their patience.",
        "Both teams return to training later this week.",
        "The stadium's new floodlights were switched on for the first time.",
    ),
)

HEALTH = Domain(
    name="health",
    places=("Saltmarsh", "Greyhaven", "Corriebrook", "New Tallis"),
    people=(
        P("Farida", "Qureshi-Holm", "health minister", "Dr", "Qureshi-Hollm"),
        P("Auberon", "Tazewell", "chief medical officer", "Dr", "Tazwell"),
        P("Yevgenia", "Poliakova", "head of the nurses' union", "Ms", "Poliakowa"),
        P("Rasmus", "Eklundh", "director of Greyhaven General Hospital", "Mr", "Eklund"),
    ),
    figures=(
        Figure(
            "count", "the health agency", "the regional health office",
            "recorded {n} cases of measles in {place}",
            "{n} cases of measles were recorded in {place}",
            "confirmed {n} measles cases in {place}",
            "the number of measles cases recorded in {place}",
            ("the children's hospital", "the university clinic"), 14, 380,
        ),
        Figure(
            "count", "Greyhaven General Hospital", "the hospital",
            "treated {n} patients for heat exhaustion in {place}",
            "{n} patients were treated for heat exhaustion in {place}",
            "cared for {n} patients with heat exhaustion in {place}",
            "the number of patients treated for heat exhaustion in {place}",
            ("the Saltmarsh clinic", "field hospitals"), 25, 600,
        ),
        Figure(
            "count", "the health ministry", "the ministry",
            "hired {n} nurses for hospitals in {place}",
            "{n} nurses were hired for hospitals in {place}",
            "recruited {n} nurses for hospitals in {place}",
            "the number of nurses hired for hospitals in {place}",
            ("private clinics", "the army medical corps"), 60, 2400,
        ),
        Figure(
            "money", "the health ministry", "the ministry",
            "spent {n} on new ambulances for {place}",
            "{n} was spent on new ambulances for {place}",
            "paid {n} for new ambulances for {place}",
            "the sum spent on new ambulances for {place}",
            ("the regional council", "a charity"), 1e6, 30e6, "GBP",
            once=True,
        ),
        Figure(
            "money", "the regulator", "the regulator",
            "fined the Pellworth drug company {n} over misleading labels",
            "the Pellworth drug company was fined {n} over misleading labels",
            "ordered the Pellworth drug company to pay {n} over misleading labels",
            "the fine imposed on the Pellworth drug company over misleading labels",
            ("the Marisco pharmacy chain", "the Dunlin vitamins firm"), 200e3, 12e6, "CHF",
            holder="the Pellworth drug company",
            once=True,
        ),
        Figure(
            "percent", "the vaccination campaign", "the health agency",
            "reached {n} of children in {place}",
            "{n} of children in {place} were reached by the vaccination campaign",
            "covered {n} of children in {place}",
            "the share of children in {place} reached by the vaccination campaign",
            ("the school screening programme", "the dental programme"), 40, 97,
        ),
        Figure(
            "percent", "waiting times at Greyhaven General Hospital", "the hospital",
            "rose {n} over the year",
            "the hospital's waiting times grew {n} over the year",
            "went up {n} over the year",
            "the rise in waiting times at Greyhaven General Hospital over the year",
            ("waiting times at the Saltmarsh clinic", "waiting times for dental care"), 3, 40,
            pp="risen {n} over the year",
        ),
    ),
    events=(
        Event("the health agency", "declared the measles outbreak in Saltmarsh over",
              "the measles outbreak in Saltmarsh was declared over", "the regional health office"),
        Event("the health minister", "opened the new maternity wing at Greyhaven General Hospital",
              "the new maternity wing at Greyhaven General Hospital was opened", "the hospital"),
    ),
    spans=(
        Span(("the nurses' strike at Greyhaven General Hospital lasted {d}",
              "nurses at Greyhaven General Hospital stayed on strike for {d}"), "day", 2, 14),
        Span(("patients in Corriebrook waited {d} for a routine operation",
              "the wait for a routine operation in Corriebrook was {d}"), "week", 6, 40),
    ),
    extents=(
        Extent(("the new hospital campus at New Tallis covers {q}",
                "the new hospital campus at New Tallis spreads over {q}"), "area", 6, 30),
        Extent(("the air ambulance flew the patient {q} to Greyhaven",
                "the patient was flown {q} to Greyhaven by air ambulance"), "length", 40, 300),
    ),
    sayings=(
        Saying("Every child in this region deserves the same protection against measles",
               ("protection", "treatment"), 0, 1),
        Saying("The hospital is safe, but the staff are exhausted after a long winter",
               ("exhausted", "exasperated"), 3, 2),
        Saying("Nurses are leaving faster than the ministry can replace them",
               ("leaving", "retiring"), 2, 0),
    ),
    acts=(
        Act("the health ministry", "close", "closed", "closed", "the Corriebrook maternity unit"),
        Act("the regulator", "approve", "approved", "approved", "the new malaria vaccine"),
        Act("the hospital board", "renew", "renewed", "renewed", "the night-cleaning contract"),
    ),
    outlooks=(
        Outlook("percent", "the ministry had aimed to vaccinate {n} of adults by the summer",
                "{n} of adults had been vaccinated by the summer", 50, 95),
        Outlook("count", "the ministry had promised {n} new hospital beds for Saltmarsh",
                "Saltmarsh received {n} new hospital beds", 80, 900),
    ),
    estimates=(
        Estimate("count", "{n} patients were waiting for surgery in Greyhaven",
                 ("the health ministry", "the doctors' association"), 4000, 30000),
        Estimate("percent", "{n} of nurses in New Tallis joined the walkout",
                 ("the hospital management", "the nurses' union"), 15, 85),
    ),
    pairs=(
        Pair(("the hospital admitted {a} patients and discharged {b} over the weekend",
              "{a} patients were admitted and {b} discharged over the weekend"),
             (120, 400), (41, 110)),
        Pair(("the health agency tested {a} people and found {b} cases in Corriebrook",),
             (500, 3000), (12, 90)),
    ),
    fillers=(
        "Visitors were asked to wear masks on the wards.",
        "The hospital's emergency department remained open throughout.",
        "Health officials urged parents to check their children's records.",
        "Pharmacies in the region extended their opening hours.",
        "Staff were praised for their work during a busy season.",
    ),
)

ELECTIONS = Domain(
    name="elections",
    places=("Northfold", "Aberlyn", "Cresswick", "Marrowdale"),
    people=(
        P("Cordelia", "Abernathy-Sole", "leader of the Civic Alliance", "Ms", "Abernathy-Soul"),
        P("Emeka", "Okonjo-Vance", "head of the electoral commission", "Mr", "Okonjo-Vanse"),
        P("Hedwig", "Lindemann", "leader of the Rural Party", "Ms", "Lindeman"),
        P("Pascal", "Duvernoy", "incumbent governor", "Mr", "Duvernay"),
    ),
    figures=(
        Figure(
            "count", "the Civic Alliance", "the electoral commission",
            "won {n} seats on the regional assembly in {place}",
            "{n} seats on the regional assembly in {place} went to the Civic Alliance",
            "took {n} seats on the regional assembly in {place}",
            "the number of seats the Civic Alliance won on the regional assembly in {place}",
            ("the Rural Party", "the Green League"), 5, 48,
            once=True,
        ),
        Figure(
            "count", "the electoral commission", "the commission",
            "opened {n} polling stations in {place}",
            "{n} polling stations were opened in {place}",
            "set up {n} polling stations in {place}",
            "the number of polling stations opened in {place}",
            ("the city council", "the army"), 30, 900,
        ),
        Figure(
            "count", "the commission", "the electoral commission",
            "rejected {n} postal ballots in {place}",
            "{n} postal ballots were rejected in {place}",
            "threw out {n} postal ballots in {place}",
            "the number of postal ballots rejected in {place}",
            ("the county returning officer", "the city returning officer"), 120, 4800,
        ),
        Figure(
            "money", "the Civic Alliance", "campaign filings",
            "spent {n} on its campaign in {place}",
            "{n} was spent by the Civic Alliance on its campaign in {place}",
            "put {n} into its campaign in {place}",
            "the sum the Civic Alliance spent on its campaign in {place}",
            ("the Rural Party", "the Green League"), 200e3, 9e6, "EUR",
            once=True,
        ),
        Figure(
            "money", "the electoral commission", "the commission",
            "fined the Rural Party {n} for late campaign accounts",
            "the Rural Party was fined {n} for late campaign accounts",
            "ordered the Rural Party to pay {n} for late campaign accounts",
            "the fine imposed on the Rural Party for late campaign accounts",
            ("the Civic Alliance", "the Green League"), 5e3, 200e3, "SEK",
            holder="the Rural Party",
            once=True,
        ),
        Figure(
            "percent", "the Civic Alliance", "the electoral commission",
            "won {n} of the vote in {place}",
            "{n} of the vote in {place} went to the Civic Alliance",
            "took {n} of the votes cast in {place}",
            "the Civic Alliance's share of the vote in {place}",
            ("the Rural Party", "the Green League"), 12, 55,
            once=True,
        ),
        Figure(
            "percent", "Pascal Duvernoy", "the electoral commission",
            "won {n} of the vote in the governor's race in {place}",
            "{n} of the vote in the governor's race in {place} went to Pascal Duvernoy",
            "took {n} of the votes in the governor's race in {place}",
            "Pascal Duvernoy's share of the vote in the governor's race in {place}",
            ("Hedwig Lindemann", "the Green League candidate"), 30, 65,
            once=True,
        ),
    ),
    events=(
        Event("the electoral commission", "announced the final results in Northfold",
              "the final results in Northfold were announced", "the commission"),
        Event("Pascal Duvernoy", "conceded defeat in the governor's race",
              "defeat in the governor's race was conceded by Pascal Duvernoy",
              "his campaign"),
    ),
    spans=(
        Span(("the recount in Aberlyn took {d}",
              "officials spent {d} on the recount in Aberlyn"), "day", 2, 9),
        Span(("the campaign in Marrowdale lasted {d}",
              "candidates in Marrowdale campaigned for {d}"), "week", 3, 10),
    ),
    extents=(
        Extent(("voters on Cresswick island travelled {q} to reach a polling station",
                "the nearest polling station was {q} away for voters on Cresswick island"),
               "length", 8, 45),
        Extent(("the new electoral district of Northfold covers {q}",
                "the new electoral district of Northfold spreads over {q}"), "area", 900, 12000),
    ),
    sayings=(
        Saying("Tonight the people of Northfold chose hope over fear",
               ("hope", "change"), 0, 2),
        Saying("Every valid ballot will be counted, however long it takes",
               ("valid", "postal"), 1, 3),
        Saying("We accept the result and we will hold the new government to account",
               ("accept", "respect"), 3, 0),
    ),
    acts=(
        Act("the electoral commission", "certify", "certified", "certified",
            "the result in Cresswick"),
        Act("the regional assembly", "approve", "approved", "approved",
            "the new electoral map"),
        Act("the Civic Alliance", "sign", "signed", "signed",
            "a coalition deal with the Rural Party"),
    ),
    outlooks=(
        Outlook("percent", "the final opinion poll had put the Civic Alliance on {n}",
                "the Civic Alliance won {n} of the vote", 15, 50),
        Outlook("percent", "the commission had hoped for a turnout of {n}",
                "turnout was {n}", 45, 80),
    ),
    estimates=(
        Estimate("percent", "turnout in Marrowdale was {n}",
                 ("the electoral commission", "independent observers"), 35, 75),
        Estimate("count", "{n} people attended the final Civic Alliance rally in Aberlyn",
                 ("police", "the party"), 2000, 25000),
    ),
    pairs=(
        Pair(("the Civic Alliance won {a} seats and lost {b} in the assembly election",
              "{a} seats were won and {b} lost by the Civic Alliance in the assembly election"),
             (21, 44), (3, 19)),
        Pair(("the commission counted {a} ballots and rejected {b} in Cresswick",),
             (12000, 90000), (210, 1900)),
    ),
    fillers=(
        "Queues formed outside several polling stations early in the day.",
        "Observers described the vote as calm.",
        "The new assembly is due to meet next month.",
        "Campaigning focused on housing and public transport.",
        "Party workers gathered at a hotel to watch the results.",
    ),
)

SCIENCE = Domain(
    name="science",
    places=("Skerry Holm", "Vellanby", "the Orrin Basin", "Cape Tamsin"),
    people=(
        P("Theodora", "Blackwood-Ngata", "lead author of the study", "Dr", "Blackwood-Nagata"),
        P("Jun", "Takeshima-Roe", "director of the Vellanby observatory", "Dr", "Takeshima-Rowe"),
        P("Marisol", "Echeverria", "marine biologist", "Dr", "Echevarria"),
        P("Oskar", "Lindgaard", "head of the space agency", "Mr", "Lindgard"),
    ),
    figures=(
        Figure(
            "count", "the survey team", "the research institute",
            "counted {n} puffin nests around {place}",
            "{n} puffin nests were counted around {place}",
            "recorded {n} puffin nests around {place}",
            "the number of puffin nests counted around {place}",
            ("a rival survey", "volunteer birdwatchers"), 140, 2900,
        ),
        Figure(
            "count", "the observatory", "the observatory",
            "catalogued {n} new asteroids from its telescope at {place}",
            "{n} new asteroids were catalogued from the telescope at {place}",
            "logged {n} new asteroids from its telescope at {place}",
            "the number of new asteroids catalogued from the telescope at {place}",
            ("the university telescope", "amateur astronomers"), 12, 460,
            local=False,
        ),
        Figure(
            "count", "the research vessel", "the expedition",
            "collected {n} sediment samples near {place}",
            "{n} sediment samples were collected near {place}",
            "gathered {n} sediment samples near {place}",
            "the number of sediment samples collected near {place}",
            ("the second vessel", "the drilling platform"), 30, 700,
        ),
        Figure(
            "money", "the science council", "the council",
            "awarded the Vellanby observatory {n} for a new telescope",
            "the Vellanby observatory was awarded {n} for a new telescope",
            "granted the Vellanby observatory {n} for a new telescope",
            "the grant to the Vellanby observatory for a new telescope",
            ("the university observatory", "the Cape Tamsin radio station"), 500e3, 40e6, "EUR",
            holder="the Vellanby observatory",
            once=True,
        ),
        Figure(
            "money", "the space agency", "the agency",
            "spent {n} on the lunar lander",
            "{n} was spent on the lunar lander",
            "invested {n} in the lunar lander",
            "the sum spent on the lunar lander",
            ("the weather satellite", "the Mars rover"), 20e6, 900e6, "USD",
            holder="the lunar lander",
            once=True,
        ),
        Figure(
            "percent", "the coral off {place}", "the marine institute",
            "lost {n} of its cover in the heatwave",
            "{n} of the coral cover off {place} was lost in the heatwave",
            "shed {n} of its cover in the heatwave",
            "the share of coral cover off {place} lost in the heatwave",
            ("the seagrass in the bay", "the kelp forest"), 8, 60,
        ),
        Figure(
            "percent", "the new vaccine", "the study",
            "protected {n} of the volunteers in the trial at {place}",
            "{n} of the volunteers in the trial at {place} were protected by the new vaccine",
            "shielded {n} of the volunteers in the trial at {place}",
            "the share of volunteers in the trial at {place} protected by the new vaccine",
            ("the older vaccine", "the placebo"), 50, 96,
            local=False,
            once=True,
        ),
    ),
    events=(
        Event("the space agency", "launched the Halcyon weather satellite",
              "the Halcyon weather satellite was launched", "the agency"),
        Event("the research vessel", "reached the edge of the ice shelf",
              "the edge of the ice shelf was reached by the research vessel", "the expedition"),
    ),
    spans=(
        Span(("the Halcyon satellite mission will last {d}",
              "the Halcyon satellite mission is planned to run for {d}"), "year", 3, 15),
        Span(("the expedition to the Orrin Basin lasted {d}",
              "the expedition to the Orrin Basin went on for {d}"), "week", 3, 16),
    ),
    extents=(
        Extent(("the research vessel drilled {q} into the sea floor in the Orrin Basin",
                "the drill reached {q} below the sea floor in the Orrin Basin"), "height", 120, 900),
        Extent(("the meteorite found near Vellanby weighs {q}",
                "the meteorite found near Vellanby has a mass of {q}"), "mass", 8, 90),
    ),
    sayings=(
        Saying("These results show the reef can recover if the water cools in time",
               ("recover", "survive"), 2, 0),
        Saying("The telescope will let us see asteroids that were invisible until now",
               ("invisible", "ignored"), 1, 3),
        Saying("Our data suggest the ice shelf is thinning from below",
               ("suggest", "prove"), 0, 2),
    ),
    acts=(
        Act("the science council", "approve", "approved", "approved",
            "funding for the deep drilling project"),
        Act("the space agency", "cancel", "cancelled", "cancelled", "the second lunar lander"),
        Act("the research institute", "publish", "published", "published",
            "the Skerry Holm seabird survey"),
    ),
    outlooks=(
        Outlook("count", "the mission had aimed to collect {n} rock samples",
                "the rover collected {n} rock samples", 20, 90),
        Outlook("money", "the space agency had budgeted {n} for the lander",
                "the lander cost {n}", 100e6, 900e6, "USD"),
    ),
    estimates=(
        Estimate("count", "{n} seals were stranded on the beaches at Cape Tamsin",
                 ("the wildlife service", "a volunteer rescue group"), 40, 400),
        Estimate("count", "{n} researchers lost their jobs in the cuts at the marine institute",
                 ("the institute", "the staff union"), 20, 240),
    ),
    pairs=(
        Pair(("the survey counted {a} nests and {b} chicks on Skerry Holm",
              "{a} nests and {b} chicks were counted on Skerry Holm"), (320, 900), (41, 290)),
        Pair(("the observatory tracked {a} comets and {b} asteroids last year",),
             (3, 19), (24, 160)),
    ),
    fillers=(
        "The findings were published in a peer-reviewed journal.",
        "Other researchers called the work careful and important.",
        "The team plans to return to the site next year.",
        "The data will be shared with laboratories abroad.",
        "The project brought together scientists from several universities.",
    ),
)

LABOUR = Domain(
    name="labour",
    places=("Pellham Docks", "Stourmouth", "Garrowby", "Wenlow Vale"),
    people=(
        P("Rhiannon", "Castellanos", "general secretary of the dockers' union", "Ms",
          "Castellanoes"),
        P("Gideon", "Mabuza-Hart", "labour minister", "Mr", "Mabuza-Heart"),
        P("Svetlana", "Orlovskaya", "chief executive of Pellham Ports", "Ms", "Orlovksaya"),
        P("Ambrose", "Kilbride", "chief negotiator for the employers", "Mr", "Killbride"),
    ),
    figures=(
        Figure(
            "count", "the dockers' union", "the union",
            "balloted {n} members at {place}",
            "{n} union members were balloted at {place}",
            "polled {n} of its members at {place}",
            "the number of union members balloted at {place}",
            ("the drivers' union", "the clerks' union"), 300, 6000,
        ),
        Figure(
            "count", "Pellham Ports", "the company",
            "laid off {n} workers at {place}",
            "{n} workers were laid off at {place}",
            "let go {n} workers at {place}",
            "the number of workers laid off at {place}",
            ("the Stourmouth shipyard", "the Garrowby steelworks"), 40, 1600,
        ),
        Figure(
            "count", "the labour inspectorate", "the labour ministry",
            "carried out {n} safety inspections at {place}",
            "{n} safety inspections were carried out at {place}",
            "made {n} safety inspections at {place}",
            "the number of safety inspections carried out at {place}",
            ("the port authority", "the fire service"), 20, 300,
        ),
        Figure(
            "money", "Pellham Ports", "the company",
            "offered its workers a bonus of {n} each",
            "the Pellham Ports workers were offered a bonus of {n} each",
            "put a bonus of {n} each on the table for its workers",
            "the bonus Pellham Ports offered each of its workers",
            ("the Stourmouth shipyard", "the Garrowby steelworks"), 800, 6000, "GBP",
            once=True,
        ),
        Figure(
            "money", "the labour inspectorate", "the inspectorate",
            "fined the Garrowby steelworks {n} over unpaid overtime",
            "the Garrowby steelworks was fined {n} over unpaid overtime",
            "ordered the Garrowby steelworks to pay {n} over unpaid overtime",
            "the fine imposed on the Garrowby steelworks over unpaid overtime",
            ("Pellham Ports", "the Stourmouth shipyard"), 40e3, 2e6, "EUR",
            holder="the Garrowby steelworks",
            once=True,
        ),
        Figure(
            "percent", "the dockers", "the union",
            "voted {n} in favour of strike action at {place}",
            "{n} of the dockers at {place} voted for strike action",
            "backed strike action by {n} at {place}",
            "the share of dockers at {place} who voted for strike action",
            ("the crane drivers", "the clerks"), 55, 95,
        ),
        Figure(
            "percent", "Pellham Ports", "the company",
            "raised wages by {n} for staff at {place}",
            "wages for staff at {place} were raised by {n}",
            "increased pay by {n} for staff at {place}",
            "the pay rise for staff at {place}",
            ("the Stourmouth shipyard", "the Garrowby steelworks"), 2, 12,
        ),
    ),
    events=(
        Event("the dockers' union", "called off the strike at Pellham Docks",
              "the strike at Pellham Docks was called off", "the union"),
        Event("the dockers", "walked out at Stourmouth",
              "a walkout was staged by the dockers at Stourmouth", "the union"),
    ),
    spans=(
        Span(("the strike at Pellham Docks lasted {d}",
              "dockers at Pellham Docks stayed out for {d}",
              "the dockers' walkout at Pellham Docks went on for {d}"), "day", 2, 21),
        Span(("the pay deal at the Garrowby steelworks will run for {d}",
              "the Garrowby steelworks pay deal covers {d}"), "month", 12, 36),
    ),
    extents=(
        Extent(("the picket line at Pellham Docks stretched {q} along the quay",
                "pickets lined {q} of the quay at Pellham Docks"), "length", 1, 4),
        Extent(("the new container yard at Stourmouth covers {q}",
                "the new container yard at Stourmouth spreads over {q}"), "area", 12, 80),
    ),
    sayings=(
        Saying("Our members will not accept a pay cut dressed up as a bonus",
               ("accept", "swallow"), 0, 1),
        Saying("The offer on the table is fair and it is final",
               ("fair", "generous"), 2, 3),
        Saying("Nobody should lose a day's pay for raising a safety concern",
               ("safety", "pay"), 1, 0),
    ),
    acts=(
        Act("the union", "accept", "accepted", "accepted", "the new pay offer"),
        Act("Pellham Ports", "close", "closed", "closed", "the Garrowby container terminal"),
        Act("the labour ministry", "approve", "approved", "approved",
            "the new minimum wage for port workers"),
    ),
    outlooks=(
        Outlook("percent", "the union had demanded a pay rise of {n}",
                "the dockers accepted a pay rise of {n}", 4, 15),
        Outlook("count", "the company had planned to hire {n} apprentices this year",
                "the company hired {n} apprentices this year", 40, 400),
    ),
    estimates=(
        Estimate("percent", "{n} of teachers in Wenlow Vale joined the strike",
                 ("the education ministry", "the teachers' union"), 15, 85),
        Estimate("count", "{n} workers joined the march through Stourmouth",
                 ("police", "the union"), 1500, 20000),
    ),
    pairs=(
        Pair(("Pellham Ports hired {a} dockers and laid off {b} clerks",
              "{a} dockers were hired and {b} clerks laid off by Pellham Ports"),
             (41, 190), (210, 600)),
        Pair(("the inspectorate found {a} safety breaches at {b} sites",),
             (120, 400), (12, 90)),
    ),
    fillers=(
        "Talks between the two sides are continuing.",
        "Ships waited at anchor outside the harbour.",
        "The dispute began over shift patterns.",
        "Pickets gathered at the main gate at dawn.",
        "Local businesses said they hoped for a quick settlement.",
    ),
)

TRANSPORT = Domain(
    name="transport",
    places=("Halverston", "Mirefield Junction", "Coldharbour", "Eastwick Sands"),
    people=(
        P("Philippa", "Adebanjo-Reeve", "transport minister", "Ms", "Adebanjo-Reave"),
        P("Magnus", "Trevelyan-Shaw", "chief executive of Meridian Rail", "Mr",
          "Trevellyan-Shaw"),
        P("Consuela", "Ibarguen", "head of the passengers' association", "Ms", "Ibarguin"),
        P("Fergus", "Carrabine", "air accident investigator", "Mr", "Carrabin"),
    ),
    figures=(
        Figure(
            "count", "Meridian Rail", "the operator",
            "cancelled {n} trains out of {place}",
            "{n} trains out of {place} were cancelled",
            "scrapped {n} trains out of {place}",
            "the number of trains cancelled out of {place}",
            ("Northway Trains", "the Seaboard Express line"), 20, 340,
        ),
        Figure(
            "count", "the airport", "the airport operator",
            "handled {n} flights at {place} over the holiday weekend",
            "{n} flights were handled at {place} over the holiday weekend",
            "dealt with {n} flights at {place} over the holiday weekend",
            "the number of flights handled at {place} over the holiday weekend",
            ("the private jet terminal", "the cargo terminal"), 300, 4200,
        ),
        Figure(
            "count", "the highways agency", "the agency",
            "repaired {n} potholes on the main road into {place}",
            "{n} potholes were repaired on the main road into {place}",
            "filled {n} potholes on the main road into {place}",
            "the number of potholes repaired on the main road into {place}",
            ("the county council", "a private contractor"), 60, 1900,
        ),
        Figure(
            "money", "the transport ministry", "the ministry",
            "spent {n} on the new tram line in {place}",
            "{n} was spent on the new tram line in {place}",
            "invested {n} in the new tram line in {place}",
            "the sum spent on the new tram line in {place}",
            ("the city council", "Meridian Rail"), 20e6, 900e6, "EUR",
            local=False,
            once=True,
        ),
        Figure(
            "money", "the rail regulator", "the regulator",
            "fined Meridian Rail {n} over late trains",
            "Meridian Rail was fined {n} over late trains",
            "ordered Meridian Rail to pay {n} over late trains",
            "the fine imposed on Meridian Rail over late trains",
            ("Northway Trains", "the Seaboard Express line"), 200e3, 9e6, "GBP",
            holder="Meridian Rail",
            once=True,
        ),
        Figure(
            "percent", "Meridian Rail", "the regulator",
            "ran {n} of its trains on time out of {place}",
            "{n} of Meridian Rail trains out of {place} ran on time",
            "kept {n} of its trains on time out of {place}",
            "the share of Meridian Rail trains out of {place} that ran on time",
            ("Northway Trains", "the Seaboard Express line"), 55, 96,
            pp="run {n} of its trains on time out of {place}",
        ),
        Figure(
            "percent", "passenger numbers at {place}", "the airport operator",
            "rose {n} in the summer",
            "the airport at {place} saw passenger numbers rise {n} in the summer",
            "grew {n} in the summer",
            "the rise in passenger numbers at {place} in the summer",
            ("freight volumes at the port", "ferry bookings"), 3, 30,
            pp="risen {n} in the summer",
        ),
    ),
    events=(
        Event("Meridian Rail", "reopened the line between Halverston and Coldharbour",
              "the line between Halverston and Coldharbour was reopened", "the operator"),
        Event("the night train from Coldharbour", "derailed near Mirefield Junction",
              "the night train from Coldharbour came off the rails near Mirefield Junction",
              "the rail accident branch"),
    ),
    spans=(
        Span(("the line between Halverston and Coldharbour was closed for {d}",
              "the closure of the line between Halverston and Coldharbour lasted {d}"),
             "day", 3, 20),
        Span(("passengers on the stranded train waited {d} for help",
              "the stranded train sat on the track for {d} before help arrived"), "hour", 2, 9),
    ),
    extents=(
        Extent(("the new tram line in Halverston runs for {q}",
                "the new tram line in Halverston is {q} long"), "length", 6, 30),
        Extent(("the queue of lorries at Eastwick Sands stretched {q}",
                "lorries queued for {q} outside the port at Eastwick Sands"), "length", 5, 40),
    ),
    sayings=(
        Saying("Passengers have been let down for too long and that ends today",
               ("ends", "continues"), 0, 1),
        Saying("The track was inspected last month and no fault was found",
               ("inspected", "replaced"), 1, 3),
        Saying("People were stuck for hours without water or any information",
               ("water", "heating"), 2, 0),
    ),
    acts=(
        Act("the transport ministry", "approve", "approved", "approved",
            "the extension of the tram line to Eastwick Sands"),
        Act("Meridian Rail", "scrap", "scrapped", "scrapped", "the night service to Coldharbour"),
        Act("the city council", "close", "closed", "closed", "the old bus station in Halverston"),
    ),
    outlooks=(
        Outlook("percent", "the operator had promised that {n} of trains would run on time",
                "{n} of trains ran on time", 80, 97),
        Outlook("count", "the airport had forecast {n} flights over the weekend",
                "the airport handled {n} flights over the weekend", 400, 3000),
    ),
    estimates=(
        Estimate("count", "{n} passengers were stranded at Halverston airport",
                 ("the airport operator", "a passengers' group"), 900, 9000),
        Estimate("count", "{n} cyclists joined the protest ride through Coldharbour",
                 ("police", "the organisers"), 600, 6000),
    ),
    pairs=(
        Pair(("Meridian Rail cancelled {a} trains and delayed {b} on Monday",
              "{a} trains were cancelled and {b} delayed by Meridian Rail on Monday"),
             (14, 70), (120, 600)),
        Pair(("the airport handled {a} flights and {b} cargo planes at the weekend",),
             (600, 1500), (41, 190)),
    ),
    fillers=(
        "Replacement buses ran between the stations.",
        "Passengers were advised to check timetables before travelling.",
        "Engineers worked on the line overnight.",
        "The operator apologised for the disruption.",
        "Station staff handed out water to waiting passengers.",
    ),
)

CULTURE = Domain(
    name="culture",
    places=("Montclaire", "Farrowby", "Lisle Harbour", "Carrick Vane"),
    people=(
        P("Octavia", "Rennardson", "director of the Montclaire Museum", "Ms", "Renardson"),
        P("Bartholomew", "Achebe-Lyle", "festival director", "Mr", "Achebe-Lisle"),
        P("Xiomara", "Quintanilla-Roig", "curator", "Ms", "Quintanila-Roig"),
        P("Anselm", "Grunewald", "culture minister", "Mr", "Grunwald"),
    ),
    figures=(
        Figure(
            "count", "the Montclaire Museum", "the museum",
            "welcomed {n} visitors to its new wing in {place}",
            "{n} visitors came to the museum's new wing in {place}",
            "drew {n} visitors to its new wing in {place}",
            "the number of visitors to the museum's new wing in {place}",
            ("the Farrowby Gallery", "the maritime museum"), 4100, 92000,
            local=False,
        ),
        Figure(
            "count", "the film festival", "the organisers",
            "screened {n} films in {place}",
            "{n} films were screened at the festival in {place}",
            "showed {n} films in {place}",
            "the number of films screened at the festival in {place}",
            ("the short-film fringe", "the documentary week"), 40, 380,
            local=False,
        ),
        Figure(
            "count", "the city library", "the library",
            "lent {n} books to readers in {place} last month",
            "{n} books were lent to readers in {place} last month",
            "loaned {n} books to readers in {place} last month",
            "the number of books lent to readers in {place} last month",
            ("the mobile library", "the university library"), 900, 24000,
        ),
        Figure(
            "money", "a painting by Elsbeth Voorhees", "the auction house",
            "sold for {n} at auction in {place}",
            "the painting by Elsbeth Voorhees fetched {n} at auction in {place}",
            "went for {n} at auction in {place}",
            "the price paid for the painting by Elsbeth Voorhees at auction in {place}",
            ("a sculpture by Tamsin Orde", "a tapestry from Farrowby"), 300e3, 30e6, "USD",
            local=False,
            once=True,
        ),
        Figure(
            "money", "the culture ministry", "the ministry",
            "gave the Lisle Harbour theatre {n} for repairs",
            "the Lisle Harbour theatre was given {n} for repairs",
            "granted the Lisle Harbour theatre {n} for repairs",
            "the grant to the Lisle Harbour theatre for repairs",
            ("the Montclaire opera house", "the Farrowby music school"), 200e3, 12e6, "EUR",
            holder="the Lisle Harbour theatre",
            once=True,
            pp="given the Lisle Harbour theatre {n} for repairs",
        ),
        Figure(
            "percent", "ticket sales at the festival", "the organisers",
            "rose {n} on the year before",
            "the festival sold {n} more tickets than the year before",
            "grew {n} on the year before",
            "the rise in ticket sales at the festival on the year before",
            ("ticket sales at the opera house", "sales of season passes"), 4, 40,
            pp="risen {n} on the year before",
        ),
        Figure(
            "percent", "the Montclaire Museum", "the museum",
            "put {n} of its collection on display in {place}",
            "{n} of the Montclaire Museum collection was put on display in {place}",
            "showed {n} of its collection in {place}",
            "the share of the Montclaire Museum collection on display in {place}",
            ("the Farrowby Gallery", "the maritime museum"), 3, 30,
        ),
    ),
    events=(
        Event("the Montclaire Museum", "reopened after its renovation",
              "the Montclaire Museum was reopened after its renovation", "the museum"),
        Event("the auction house", "sold the painting by Elsbeth Voorhees",
              "the painting by Elsbeth Voorhees was sold", "the auction house"),
    ),
    spans=(
        Span(("the renovation of the Montclaire Museum took {d}",
              "the Montclaire Museum was closed for renovation for {d}"), "month", 6, 30),
        Span(("the film festival in Lisle Harbour runs for {d}",
              "the film festival in Lisle Harbour lasts {d}"), "day", 5, 14),
    ),
    extents=(
        Extent(("the new exhibition hall in Montclaire covers {q}",
                "the new exhibition hall in Montclaire spreads over {q}"), "area", 1, 6),
        Extent(("the restored statue in Farrowby stands {q} tall",
                "the restored statue in Farrowby is {q} high"), "height", 4, 30),
    ),
    sayings=(
        Saying("This painting has not been seen in public for almost a century",
               ("public", "Europe"), 2, 0),
        Saying("The festival belongs to the whole town, not just to the critics",
               ("town", "region"), 1, 3),
        Saying("The museum is for everyone and entry will stay free",
               ("free", "cheap"), 0, 3),
    ),
    acts=(
        Act("the culture ministry", "approve", "approved", "approved",
            "the sale of the Farrowby tapestry"),
        Act("the Montclaire Museum", "return", "returned", "returned",
            "the Carrick Vane bronze mask"),
        Act("the city council", "close", "closed", "closed", "the Lisle Harbour theatre"),
    ),
    outlooks=(
        Outlook("money", "the auction house had estimated the painting would fetch {n}",
                "the painting sold for {n}", 400e3, 9e6, "USD"),
        Outlook("count", "the organisers had hoped to sell {n} tickets",
                "the festival sold {n} tickets", 8000, 60000),
    ),
    estimates=(
        Estimate("count", "{n} people attended the open-air concert in Farrowby",
                 ("police", "the organisers"), 3000, 40000),
        Estimate("count", "{n} people visited the book fair in Carrick Vane",
                 ("the organisers", "the town council"), 2000, 20000),
    ),
    pairs=(
        Pair(("the museum lent {a} paintings and {b} sculptures to the exhibition",
              "{a} paintings and {b} sculptures were lent to the exhibition by the museum"),
             (41, 120), (6, 38)),
        Pair(("the festival sold {a} tickets and gave away {b}",), (3000, 9000), (120, 900)),
    ),
    fillers=(
        "The building's glass roof was restored during the works.",
        "Critics praised the new lighting in the galleries.",
        "The programme includes talks and workshops for children.",
        "Local cafes reported a busy weekend.",
        "Volunteers guided visitors around the site.",
    ),
)

ENERGY = Domain(
    name="energy",
    places=("Gorsemoor", "Tidewell", "Kinsale Flats", "Ravensholt"),
    people=(
        P("Ottilie", "Braithwaite", "energy minister", "Ms", "Brathwaite"),
        P("Ruslan", "Kuznetsov-Pryce", "chief executive of Northgrid", "Mr", "Kuznetsov-Price"),
        P("Amara", "Nwachukwu", "chief engineer of the Tidewell plant", "Dr", "Nwachukwo"),
        P("Lorcan", "Delahunty", "head of the energy regulator", "Mr", "Delahunt"),
    ),
    figures=(
        Figure(
            "count", "Northgrid", "the utility",
            "cut power to {n} homes in {place}",
            "{n} homes in {place} lost power",
            "left {n} homes in {place} without power",
            "the number of homes in {place} that lost power",
            ("the Tidewell co-operative", "Ravensholt Electric"), 900, 48000,
        ),
        Figure(
            "count", "the wind farm developer", "the planning office",
            "installed {n} turbines off {place}",
            "{n} turbines were installed off {place}",
            "put up {n} turbines off {place}",
            "the number of turbines installed off {place}",
            ("a rival developer", "the state energy company"), 12, 140,
        ),
        Figure(
            "count", "the energy regulator", "the regulator",
            "received {n} complaints about bills in {place}",
            "{n} complaints about bills in {place} were received",
            "logged {n} complaints about bills in {place}",
            "the number of complaints about bills in {place}",
            ("the consumer council", "the ombudsman"), 240, 9000,
        ),
        Figure(
            "money", "Northgrid", "the utility",
            "spent {n} on new power lines to {place}",
            "{n} was spent on new power lines to {place}",
            "invested {n} in new power lines to {place}",
            "the sum spent on new power lines to {place}",
            ("Ravensholt Electric", "the state energy company"), 10e6, 600e6, "GBP",
            once=True,
        ),
        Figure(
            "money", "the energy regulator", "the regulator",
            "fined Northgrid {n} over the blackout in {place}",
            "Northgrid was fined {n} over the blackout in {place}",
            "ordered Northgrid to pay {n} over the blackout in {place}",
            "the fine imposed on Northgrid over the blackout in {place}",
            ("Ravensholt Electric", "the Tidewell co-operative"), 500e3, 30e6, "EUR",
            holder="Northgrid",
            local=False,
            once=True,
        ),
        Figure(
            "percent", "wind farms", "the grid operator",
            "supplied {n} of the electricity used in {place} last year",
            "{n} of the electricity used in {place} last year came from wind farms",
            "provided {n} of the electricity used in {place} last year",
            "the share of electricity used in {place} last year that came from wind farms",
            ("solar panels", "the gas plant"), 10, 60,
        ),
        Figure(
            "percent", "Northgrid", "the utility",
            "raised its tariffs by {n} for customers in {place}",
            "tariffs for Northgrid customers in {place} rose by {n}",
            "put up its tariffs by {n} for customers in {place}",
            "the rise in Northgrid tariffs for customers in {place}",
            ("Ravensholt Electric", "the Tidewell co-operative"), 3, 30,
        ),
    ),
    events=(
        Event("the Tidewell plant", "shut down its second reactor",
              "the second reactor at the Tidewell plant was shut down", "the plant operator"),
        Event("Northgrid", "restored power to Gorsemoor",
              "power was restored to Gorsemoor", "the utility"),
    ),
    spans=(
        Span(("the blackout in Gorsemoor lasted {d}",
              "homes in Gorsemoor were without power for {d}"), "hour", 3, 20),
        Span(("the second reactor at Tidewell will be offline for {d}",
              "the outage at the second reactor at Tidewell will last {d}"), "week", 2, 14),
    ),
    extents=(
        Extent(("the new power line to Kinsale Flats runs for {q}",
                "the new power line to Kinsale Flats is {q} long"), "length", 20, 140),
        Extent(("the solar farm at Ravensholt covers {q}",
                "the solar farm at Ravensholt spreads over {q}"), "area", 40, 600),
    ),
    sayings=(
        Saying("The grid held up, but it was closer to failing than we would like",
               ("failing", "overloading"), 1, 0),
        Saying("Households should not pay for the mistakes of the power companies",
               ("mistakes", "profits"), 3, 0),
        Saying("The reactor is safe and there was never any risk to the public",
               ("safe", "stable"), 2, 1),
    ),
    acts=(
        Act("the energy ministry", "approve", "approved", "approved",
            "the wind farm off Kinsale Flats"),
        Act("Northgrid", "close", "closed", "closed", "the Ravensholt coal plant"),
        Act("the regulator", "cap", "capped", "capped", "the household energy tariff"),
    ),
    outlooks=(
        Outlook("percent", "the government's target was for wind to supply {n} of electricity",
                "wind supplied {n} of electricity", 20, 60),
        Outlook("money", "Northgrid had budgeted {n} for the new power line",
                "the new power line cost {n}", 40e6, 500e6, "GBP"),
    ),
    estimates=(
        Estimate("count", "{n} homes in Tidewell were without heating during the cold snap",
                 ("the utility", "the regional council"), 1500, 20000),
        Estimate("count", "{n} people marched against the new pipeline in Ravensholt",
                 ("police", "the organisers"), 800, 9000),
    ),
    pairs=(
        Pair(("the storm cut power to {a} homes and {b} businesses in Gorsemoor",
              "{a} homes and {b} businesses in Gorsemoor lost power in the storm"),
             (2100, 9800), (120, 900)),
        Pair(("the developer installed {a} turbines and {b} substations off Tidewell",),
             (21, 90), (2, 9)),
    ),
    fillers=(
        "Engineers worked through the night to repair damaged lines.",
        "The regulator said it would publish a full report.",
        "Customers were asked to report faults online.",
        "The utility set up a helpline for elderly customers.",
        "Wholesale prices moved little during the week.",
    ),
)

AGRICULTURE = Domain(
    name="agriculture",
    places=("Barrowfield", "Upper Tansley", "Millbeck", "Hadley Fen"),
    people=(
        P("Guinevere", "Pennington-Ruiz", "agriculture minister", "Ms", "Penington-Ruiz"),
        P("Thaddeus", "Okwuosa", "president of the farmers' union", "Mr", "Okwousa"),
        P("Mireille", "Vautrin-Obeng", "chief vet", "Dr", "Vautrin-Obang"),
        P("Hamish", "Dunleavy", "head of the grain co-operative", "Mr", "Dunleavey"),
    ),
    figures=(
        Figure(
            "count", "the vets", "the agriculture ministry",
            "culled {n} sheep on farms near {place}",
            "{n} sheep were culled on farms near {place}",
            "destroyed {n} sheep on farms near {place}",
            "the number of sheep culled on farms near {place}",
            ("the farmers themselves", "the army"), 300, 9400,
        ),
        Figure(
            "count", "the grain co-operative", "the co-operative",
            "bought {n} tonnes of wheat from farmers around {place}",
            "{n} tonnes of wheat were bought from farmers around {place}",
            "purchased {n} tonnes of wheat from farmers around {place}",
            "the wheat bought from farmers around {place} came to {n} tonnes",
            ("the state granary", "a private trader"), 1200, 48000,
        ),
        Figure(
            "count", "the ministry", "the agriculture ministry",
            "inspected {n} farms around {place} for bird flu",
            "{n} farms around {place} were inspected for bird flu",
            "checked {n} farms around {place} for bird flu",
            "the number of farms around {place} inspected for bird flu",
            ("the regional vets", "the food agency"), 20, 460,
        ),
        Figure(
            "money", "the government", "the agriculture ministry",
            "paid farmers in {place} {n} in drought relief",
            "farmers in {place} were paid {n} in drought relief",
            "gave farmers in {place} {n} in drought relief",
            "the drought relief paid to farmers in {place}",
            ("the regional council", "a farmers' charity"), 1e6, 60e6, "EUR",
        ),
        Figure(
            "money", "the food agency", "the agency",
            "fined the Hadley Fen dairy {n} for mislabelling its cheese",
            "the Hadley Fen dairy was fined {n} for mislabelling its cheese",
            "ordered the Hadley Fen dairy to pay {n} for mislabelling its cheese",
            "the fine imposed on the Hadley Fen dairy for mislabelling its cheese",
            ("the Millbeck creamery", "the Upper Tansley cheesemakers"), 10e3, 500e3, "GBP",
            holder="the Hadley Fen dairy",
            once=True,
        ),
        Figure(
            "percent", "the drought", "the farmers' union",
            "destroyed {n} of the barley crop around {place} this summer",
            "{n} of the barley crop around {place} was destroyed by the drought this summer",
            "wiped out {n} of the barley crop around {place} this summer",
            "the share of the barley crop around {place} destroyed by the drought this summer",
            ("the hailstorm", "the late frost"), 10, 70,
        ),
        Figure(
            "percent", "milk prices paid to farmers in {place}", "the dairy board",
            "fell {n} over the year",
            "farmers in {place} saw the price of their milk fall {n} over the year",
            "dropped {n} over the year",
            "the fall in milk prices paid to farmers in {place} over the year",
            ("wheat prices", "wool prices"), 3, 30,
            pp="fallen {n} over the year",
        ),
    ),
    events=(
        Event("the chief vet", "confirmed the outbreak of bird flu in Millbeck",
              "the outbreak of bird flu in Millbeck was confirmed", "the agriculture ministry"),
        Event("farmers", "began the barley harvest around Barrowfield",
              "the barley harvest around Barrowfield began", "the farmers' union"),
    ),
    spans=(
        Span(("the ban on moving livestock around Millbeck lasted {d}",
              "livestock around Millbeck could not be moved for {d}"), "week", 2, 12),
        Span(("the drought in Upper Tansley lasted {d}",
              "the drought in Upper Tansley went on for {d}"), "week", 5, 20),
    ),
    extents=(
        Extent(("the wildfire destroyed {q} of farmland near Hadley Fen",
                "{q} of farmland near Hadley Fen were destroyed by the wildfire"),
               "area", 200, 5000),
        Extent(("the record pumpkin grown in Millbeck weighed {q}",
                "the record pumpkin grown in Millbeck had a weight of {q}"), "mass", 300, 900),
    ),
    sayings=(
        Saying("Without rain in the next month, many family farms will simply not survive",
               ("family", "dairy"), 1, 0),
        Saying("We acted quickly and the virus has not spread beyond Millbeck",
               ("quickly", "firmly"), 2, 0),
        Saying("Farmers need a fair price for their milk, not another subsidy",
               ("milk", "grain"), 1, 3),
    ),
    acts=(
        Act("the agriculture ministry", "approve", "approved", "approved",
            "the drought relief scheme"),
        Act("the food agency", "lift", "lifted", "lifted", "the ban on moving livestock"),
        Act("the grain co-operative", "close", "closed", "closed", "the Upper Tansley grain silo"),
    ),
    outlooks=(
        Outlook("count", "the ministry had forecast a wheat harvest of {n} tonnes",
                "farmers harvested {n} tonnes of wheat", 120000, 900000),
        Outlook("money", "the farmers' union had asked for {n} in drought relief",
                "the government paid {n} in drought relief", 20e6, 300e6, "EUR"),
    ),
    estimates=(
        Estimate("count", "{n} tractors took part in the protest in Barrowfield",
                 ("police", "the farmers' union"), 300, 3000),
        Estimate("count", "{n} farms around Hadley Fen were hit by the floods",
                 ("the agriculture ministry", "the farmers' union"), 60, 900),
    ),
    pairs=(
        Pair(("the co-operative sold {a} tonnes of barley and {b} tonnes of oats",
              "{a} tonnes of barley and {b} tonnes of oats were sold by the co-operative"),
             (1200, 9000), (210, 1100)),
        Pair(("vets culled {a} chickens and {b} ducks near Millbeck",),
             (4100, 20000), (310, 3900)),
    ),
    fillers=(
        "Farmers said the weather had been unusual all year.",
        "The agriculture show in the county town went ahead as planned.",
        "Vets visited farms across the district.",
        "Prices at the local market held steady.",
        "Farmers' groups met officials to discuss the season.",
    ),
)

DOMAINS: tuple[Domain, ...] = (
    DISASTERS, COURTS, MARKETS, SPORT, HEALTH, ELECTIONS, SCIENCE, LABOUR, TRANSPORT,
    CULTURE, ENERGY, AGRICULTURE,
)
