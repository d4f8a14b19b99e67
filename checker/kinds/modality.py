"""modality: one outlet reports a decision, another that it is only being considered; a plan
against a done deed; a temporary pause against a permanent stop."""

from __future__ import annotations

import math

from checker.claims import PREPOSITIONS
from checker.extract.entities import name_key
from checker.extract.hedges import interval
from checker.extract.modality import main_clause
from checker.kinds._shared import Components, background, subjects_differ
from checker.kinds.base import Context, Rule, confidence_of, finding
from checker.lexicon import lexicon, per_pack, stopwords
from checker.parse.model import verb_lemmas
from checker.records import Claim, Finding, Quantity, Verdict
from checker.referents.status import proposed
from checker.stems import content_stems

FIELDS = ("subject", "camps", "a_source", "a_modality", "b_source", "b_modality")
PARAMS = {
    "min_score": 35.0,
    "common_min_score": 50.0,
    "conflicting": [
        ["considering", "decided"],
        ["considering", "done"],
        ["considering", "plans"],
        ["plans", "done"],
    ],
    "conflicting_aspects": [["temporary", "permanent"]],
}


_PLAN_DONE = frozenset(("plans", "done"))
COMMON = "~"  # the pool of claims whose subjects are head nouns


def _same_act(a: Claim, b: Claim) -> bool:
    """The main clauses share content words besides names and their subjects' head nouns:
    "plans to expand the drive to 30 districts" / "has been expanded to all 30 districts",
    not "is considering ..." / "has sanctioned ...". Two words, or one when both claims have
    the same head noun for a subject ("the stadium will be closed" / "has been closed")."""

    def words(c: Claim) -> set[str]:
        names = {w for e in c.entities for w in content_stems(e)}
        stems = set(content_stems(main_clause(c.text)))
        stems -= names | set(content_stems(c.subject or ""))
        return {w for w in stems if not w[0].isdigit()}

    needed = 1 if a.subject == b.subject else 2
    return len(words(a) & words(b)) >= needed


def _main_span(claim: Claim) -> tuple[int, int]:
    """Where the claim's main clause stands in the article: before its subordinate clause
    ("has fined it £20m, despite ..."), or after one the sentence opens with ("Before the
    ban, India intended to export 10 million tonnes")."""
    text = claim.text.replace("’", "'")
    main = main_clause(text)
    at = len(text) - len(main) if text.endswith(main) and main != text[: len(main)] else 0
    return claim.start + at, claim.start + at + len(main)


def _in_main(claim: Claim, q: Quantity) -> bool:
    lo, hi = _main_span(claim)
    return lo <= q.start < hi


def _main(claim: Claim) -> list[Quantity]:
    """The claim's figures in its main clause, whose verb its modality is read from ("has
    fined it £20m, despite saying it would apply £90m": the £90m is not what was done)."""
    lo, hi = _main_span(claim)  # once per claim, not once per figure
    return [q for q in claim.quantities if lo <= q.start < hi]


def _figures_differ(a: Claim, b: Claim) -> bool:
    """Both claims count something, and never the same thing ("310,000 doses had been given" /
    "1.2 million girls will be given") nor the same number of one thing, or both give amounts
    in one currency and none agree
    ("proposed a £30m fine" / "levied a £183m fine"): two facts, whatever their modality."""
    ma = [q for q in _main(a) if q.dimension == "money" and q.currency]
    mb = [q for q in _main(b) if q.dimension == "money" and q.currency]
    if {q.currency for q in ma} & {q.currency for q in mb}:
        # One amount in both is the same fact, whatever else each sentence counts.
        return not any(
            x.currency == y.currency and abs(x.value - y.value) <= 0.1 * max(x.value, y.value)
            for x in ma
            for y in mb
        )
    ca = [q for q in _main(a) if q.unit and q.dimension != "money"]
    cb = [q for q in _main(b) if q.unit and q.dimension != "money"]
    ua, ub = {q.unit for q in ca}, {q.unit for q in cb}
    if ua & ub:
        # "had aimed to collect 45 samples" / "collected 31 samples": a target and an outcome;
        # counts read as their hedges say ("21 routes" is no "23 routes"; "about 20" may be)
        return not any(
            x.unit == y.unit and interval(x).overlaps(interval(y)) for x in ca for y in cb
        )
    return bool(ua and ub)


@per_pack
def _acts() -> dict[str, int]:
    """Verb stem -> the group of near-synonyms it belongs to (rules/lexicon/modality.yaml)."""
    return {_verb_stem(w): i for i, group in enumerate(lexicon("modality")["acts"]) for w in group}


def _verb_stem(word: str) -> str:
    """'paused', 'pausing', 'pauses' and 'pause' alike; 'stopped' and 'stop'."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w.removesuffix("e")


# Verbs that keep their object's act from happening (general English): "banned exports",
# "halted the sale", "blocked the merger" are no exporting, selling or merging.
_STOPPING = frozenset(
    _verb_stem(w)
    for w in (
        "ban",
        "bar",
        "block",
        "halt",
        "stop",
        "suspend",
        "cancel",
        "prevent",
        "prohibit",
        "forbid",
        "reject",
        "veto",
        "postpone",
        "delay",
        "scrap",
        "abandon",
        "oppose",
    )
)


def _one_act(a: Claim, b: Claim) -> bool:
    """A plan and a done deed clash only when they are the same act: the same verb or one of
    its near-synonyms ("will pause" / "have paused", "plans to leave" / "has withdrawn"), or
    one's verb is the other's object ("proposed to fine" / "levied a fine"). "Will deny
    requests" and "have suspended processing" are two statements that may both be true."""
    if not a.act or not b.act or {a.act[0].lower(), b.act[0].lower()} & stopwords():
        return False  # "will have the option" read as "the option ...": no act to compare
    va, vb = _verb_stem(a.act[0]), _verb_stem(b.act[0])
    acts = _acts()
    if va == vb or (va in acts and acts[va] == acts.get(vb)):
        return True
    if verb_lemmas(a.act[0]) & verb_lemmas(b.act[0]):
        return True  # "will rebuild the schools" / "has rebuilt the schools": one verb
    in_b, in_a = va in {_verb_stem(w) for w in b.act[1:]}, vb in {_verb_stem(w) for w in a.act[1:]}
    return (in_b and vb not in _STOPPING) or (in_a and va not in _STOPPING)


def _same_object(a: Claim, b: Claim) -> bool:
    """The acts have one object, whatever their verbs ("suspended their strike" / "called off
    the strike"): evidence that a pause and a stop speak of one thing, though no proof that a
    plan and a deed are one act ("plans to raise levies" / "announced new levies"). Words
    after a preposition are no object ("go to the Ammann Foundation")."""
    oa, ob = (content_stems(" ".join(_object(c.act)))[:1] for c in (a, b))
    return bool(oa) and oa == ob


def _object(act: tuple[str, ...]) -> tuple[str, ...]:
    return () if len(act) > 1 and act[1] in PREPOSITIONS else act[1:]


def _undergoes(c: Claim) -> bool:
    """The claim's subject undergoes the act and nobody named does it ("has been fined")."""
    return c.passive and not c.actor


def _amount_level(ctx: Context, claim: Claim, q: Quantity) -> str | None:
    """The amount's own cue, else the claim's modality when the amount stands in the main
    clause ("fined it £20m, despite saying it would apply a £183m fine": only £20m is done),
    and not in a relative clause of its own ("was expected to beat the record of Stan, which
    sold for $32m")."""
    if proposed(claim, q):
        return "plans"
    inside = _in_main(claim, q)
    aside = any(f.frame.aside for f in ctx.facts.get(claim.id, ()) if f.quantity == q)
    return claim.modality if inside and not aside else None


def _amount_key(q: Quantity) -> tuple[str, float]:
    digits = 2 - math.floor(math.log10(abs(q.value))) if q.value else 0
    return (q.currency or "", round(q.value, digits))


def _amount_pairs(ctx: Context, group) -> list[tuple[Claim, Claim, str, str, str]]:
    """Claims of two outlets that give one amount (same currency, three significant digits),
    one as a plan or proposal and the other as done: "intended to fine it £5m" / "fined it
    £5m". The amount is the referent, so a claim that tells the background qualifies."""
    buckets: dict[tuple[str, float], list[tuple[Claim, str, Quantity]]] = {}
    for c in ctx.claims:
        for q in c.quantities:
            if q.dimension == "money" and q.currency and q.value:
                level = _amount_level(ctx, c, q)
                if level in _PLAN_DONE:
                    buckets.setdefault(_amount_key(q), []).append((c, level, q))
    out = []
    for _, items in sorted(buckets.items()):
        shown = items[0][2].text  # one amount, one finding, however each outlet writes it
        for i, (a, la, qa) in enumerate(items):
            for b, lb, qb in items[i + 1 :]:
                if la == lb or not ctx.outlets(b) - ctx.outlets(a) or subjects_differ(a, b):
                    continue
                explicit = proposed(a, qa) or proposed(b, qb)
                if explicit or _one_act(a, b):
                    out.append((a, b, la, lb, shown))
    return out


def _restated(ctx: Context, camp: list[Claim], label: str, clash: str, group) -> list[Claim]:
    """Other sentences in which the camp's outlets say the same of the same subject: the
    fact-checker sees every place an outlet reports the plan (or the deed), not one."""
    held = {c.id for c in camp}
    out = []
    for c in list(camp):
        for other in ctx.claims_in(c.source):
            value = other.modality if clash == "level" else other.aspect
            if other.id in held or value != label or group(other) != group(c):
                continue
            # Head nouns ("the dockworkers", "the union") must also share what is done.
            same_subject = other.subject == c.subject or (
                group(c) == COMMON and _same_act(other, c)
            )
            if same_subject and _one_act(other, c):
                held.add(other.id)
                out.append(other)
    return out


def run(ctx: Context, rule: Rule) -> list[Finding]:
    levels = {frozenset(p) for p in rule.param("conflicting", PARAMS["conflicting"])}
    aspects = {
        frozenset(p) for p in rule.param("conflicting_aspects", PARAMS["conflicting_aspects"])
    }
    # Clashing claims about one subject form components: an airline that "has closed" its base
    # in one outlet and "plans to close" it in three gives one finding with two camps.
    linked = Components()
    claims: dict[str, Claim] = {}
    labels: dict[tuple[str, str, str], str] = {}  # node -> the modality or aspect it has

    def group(c: Claim) -> str:
        # who acts: in the passive, the agent the tree finds ("recalled by Acme",
        # checker/actors.py), not the subject that undergoes the act
        who = c.actor if c.passive and c.actor else c.subject
        if background(ctx, c) or not who:
            return ""
        # Head nouns ("the ministry", "the state") name the same body in many ways: they
        # share one pool, where a pair must also share what is done (see _same_act).
        return COMMON if who.startswith("the ") else name_key(who)

    common_min = float(rule.param("common_min_score", 50.0))
    pairs = ctx.mutual_best(
        "current-subject", group, rule.param("min_score", 35.0), loose=lambda g: g == COMMON
    )
    for pair in pairs:
        a, b = pair.a, pair.b
        if group(a) == COMMON and (pair.score < common_min or not _same_act(a, b)):
            continue
        if _figures_differ(a, b):
            continue
        subject = group(a)
        act_clash = frozenset((a.modality, b.modality)) == _PLAN_DONE
        for clash, la, lb, table in (
            ("level", a.modality, b.modality, levels),
            ("aspect", a.aspect, b.aspect, aspects),
        ):
            voice = _undergoes(a) != _undergoes(b)
            others = group(a) == COMMON and a.subject != b.subject
            if clash == "level" and (act_clash or voice or others) and not _one_act(a, b):
                # A plan and a deed must be one act; and whatever the levels, a subject that
                # acts ("would study the ruling") and one that undergoes an act ("has been
                # fined") are two facts unless the act is the same; so are two bodies named
                # by other head nouns ("the investigators planned", "the concertgoers lifted")
                continue
            if la and lb and frozenset((la, lb)) in table:
                claims[a.id], claims[b.id] = a, b
                na, nb = (subject, clash, a.id), (subject, clash, b.id)
                labels[na], labels[nb] = la, lb
                linked.link(na, nb)
    for a, b, la, lb, amount in _amount_pairs(ctx, group):
        claims[a.id], claims[b.id] = a, b
        na, nb = (amount, "amount", a.id), (amount, "amount", b.id)
        labels[na], labels[nb] = la, lb
        linked.link(na, nb)
    # Split subjects ("Microsoft and Zoom decided") cite the same sentences: one finding for
    # all subjects whose evidence is the same.
    merged: dict[tuple, tuple[list[str], dict[str, list[Claim]]]] = {}
    named: set[tuple] = set()  # findings whose subject is a name or an amount, not a head noun
    for nodes in linked.groups():
        clash = nodes[0][1]
        camps: dict[str, list[Claim]] = {}
        for node in sorted(nodes):
            camps.setdefault(labels[node], []).append(claims[node[2]])
        if clash != "amount":
            for label, cs in camps.items():
                cs.extend(_restated(ctx, cs, label, clash, group))
        spans = tuple(
            sorted(
                (label, tuple(sorted((c.source, c.start) for c in cs)))
                for label, cs in camps.items()
            )
        )
        entry = merged.setdefault(spans, ([], camps))
        if nodes[0][0] != COMMON:
            named.add(spans)
        # Head nouns of one pool may differ ("the government" / "the state"): name them all.
        if clash == "amount":
            subject = f"the amount {nodes[0][0]}"
        else:
            subject = " / ".join(sorted({claims[cid].subject or "" for _, _, cid in nodes}))
        if subject not in entry[0]:
            entry[0].append(subject)
    out = []
    for spans, (subjects, camps) in sorted(merged.items()):
        ordered = sorted(
            camps.items(), key=lambda kv: (len(ctx.sources_of(kv[1]).split(", ")), kv[0])
        )
        described = [f"{ctx.sources_of(cs)} '{label}'" for label, cs in ordered]
        (la, ca), (lb, cb) = ordered[0], ordered[-1]
        cited = [c for _, cs in ordered for c in cs]
        # the tree names one actor for every claim, and the claims do one act
        actors = {c.actor for c in cited}
        one_actor = len(actors) == 1 and None not in actors
        one_thing = all(_one_act(x, y) or _same_object(x, y) for x in ca for y in cb)
        matched = int(one_actor) + int(one_thing)
        if not matched and all(ctx.worded_apart(x, y) for x in ca for y in cb):
            continue  # a name and nothing else in common: two statements about it
        if not matched and spans not in named:
            # a head noun for a subject, no actor the tree names for all, no act they share:
            # only the wording pairs them ("police are examining footage" / "police released
            # footage"); one named body ("Zoom") or one amount is a referent of its own
            continue
        out.append(
            finding(
                rule,
                Verdict.CONFLICT,
                cited,
                {"subjects": sorted(subjects), "camps": described},
                subject=" and ".join(sorted(subjects)),
                camps="; ".join(described),
                a_source=ctx.sources_of(ca),
                a_modality=la,
                b_source=ctx.sources_of(cb),
                b_modality=lb,
                confidence=confidence_of(matched, 2),
            )
        )
    return out
