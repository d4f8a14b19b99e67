"""The slots end to end: invented two-outlet stories through checker.pipeline.analyse.

What a fact-checker relies on: a changed day or hour of one act is a conflict whether the act is
told in the active or the passive; two figures of one sentence that both differ are two
findings; a quoted label is nobody's words; one quotation given to two speakers is a conflict; a
plan reported as done (by an agent in the passive) is a conflict. And what must stay quiet: two
counters' figures, another holder's, another place's, another time's, another act's date. Every
quiet story has a control beside it, the same story with the slot made one, which must fire: a
quiet test that could never fire proves nothing.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from slot_support import conflicts, describe, finding_text, story

from checker.kinds import negation
from checker.records import Finding, Report, Verdict

A, B = "alpha", "beta"


@cache
def report(a: str, b: str) -> Report:
    return story({A: a, B: b})


def _names(f: Finding, *figures: str) -> bool:
    text = finding_text(f)
    return all(x in text for x in figures)


def _attributions(r: Report) -> list[Finding]:
    """The report's conflicts of the attribution rule: one quotation, two speakers."""
    return [f for f in conflicts(r) if f.rule == "attribution"]


def _cites_both(f: Finding) -> bool:
    return {c.source for c in f.claims} >= {A, B}


# ---------------------------------------------------------------- must fire
# (id, outlet A, outlet B, rule, what the finding must name from each side)

FIRE = [
    ("transport-one-road-two-numbers",
     "The truck was travelling west on Route 461 and the bus north on Route 41, police said.",
     "The truck was travelling west on Route 416 and the bus north on Route 41, police said.",
     "number", ("Route 461", "Route 416")),
    ("transport-an-act-and-its-idiom-clock",
     "The night express derailed near Dunmore Junction at 5.05pm on Thursday.",
     "The night express came off the rails near Dunmore Junction at 4.05pm on Thursday.",
     "date", ("5.05pm", "4.05pm")),
    ("aviation-one-relaunch-dated-in-two-years",
     "The Castor airline relaunched in 2021.",
     "The company relaunched in April last year.",
     "date", ("2021", "April last year")),
    ("shipping-a-size-beside-a-search-is-no-running-count",
     "The Kessel bridge fell into the river after a 948-foot cargo ship named Vessa struck it.",
     "Investigators will retrieve the voyage recorder on board the Vessa, a 984-foot cargo ship "
     "that struck the Kessel bridge.",
     "number", ("948-foot", "984-foot")),
    ("energy-one-share-said-two-ways",
     "Wind farms supplied 27% of the electricity used in Varna last year.",
     "24% of the electricity used in Varna last year came from wind farms, the regulator said.",
     "number", ("27%", "24%")),
    ("shipping-a-size-in-an-apposition-is-no-plan",
     "Investigators plan to board the Vessa, a 948-foot cargo ship that struck the Kessel bridge "
     "on Tuesday.",
     "The Kessel bridge collapsed after the 984-foot cargo ship Vessa struck it on Tuesday.",
     "number", ("948-foot", "984-foot")),
    ("sport-the-minute-of-one-goal",
     "Jonas Lind restored Kessel's lead in the 108th minute of the cup final.",
     "Jonas Lind restored Kessel's lead in the 109th minute of the cup final.",
     "number", ("108th minute", "109th minute")),
    ("space-an-event-that-occurred-and-one-made",
     "The Orbis-2 landing occurred at 18:03 IST (12:33 GMT) near the lunar south pole.",
     "At 18:08 local time (12:38 GMT), the Orbis-2 lander made a precise landing near the lunar "
     "south pole after a month in orbit.",
     "date", ("12:33", "12:38")),
    ("culture-pieces-of-one-stuff",
     "Thieves stole eight items of jewellery at the Harlow Museum on Sunday.",
     "Thieves stole nine pieces of jewellery at the Harlow Museum on Sunday.",
     "number", ("eight items", "nine pieces")),
    ("sport-race-time",
     "Mara Lindqvist won the Harlow marathon in 2:19:40 on Sunday.",
     "Mara Lindqvist won the Harlow marathon in 2:21:05 on Sunday.",
     "number", ("2:19:40", "2:21:05")),
    ("transport-date-passive-vs-active",
     "The Kessel Bridge was reopened to traffic on 26 December after repairs.",
     "Engineers reopened the Kessel Bridge to traffic on 27 December after repairs.",
     "date", ("26 December", "27 December")),
    ("science-date-passive-vs-active",
     "The Orbis-4 satellite was launched from Kourou on 3 May.",
     "The space agency launched the Orbis-4 satellite from Kourou on 4 May.",
     "date", ("3 May", "4 May")),
    ("courts-weekday-active-vs-passive",
     "The Supreme Court overturned the ban on Monday.",
     "The ban was overturned by the Supreme Court on Tuesday.",
     "date", ("Monday", "Tuesday")),
    ("sport-year-of-one-signing",
     "Castor City signed the striker Jonas Lind in 2016.",
     "Castor City signed the striker Jonas Lind in 2013.",
     "date", ("2016", "2013")),
    ("transport-clock",
     "The Varna express left Dunmore station at 6:40 pm on Tuesday.",
     "The Varna express left Dunmore station at 7:15 pm on Tuesday.",
     "date", ("6:40 pm", "7:15 pm")),
    ("elections-clock",
     "Polls in Ardenne closed at 8pm local time on Sunday.",
     "Polls in Ardenne closed at 10pm local time on Sunday.",
     "date", ("8pm", "10pm")),
    ("labour-clock",
     "Nurses at Arnold Hospital began their strike at 7am on Tuesday.",
     "Nurses at Arnold Hospital began their strike at 9am on Tuesday.",
     "date", ("7am", "9am")),
    ("technology-clock-zone-in-brackets",
     "Orvix services were restored around 7 pm (GMT) on Monday.",
     "Orvix services were restored at around 22:00 GMT on Monday.",
     "date", ("7 pm (GMT)", "22:00 GMT")),
    ("health-quotation-two-speakers",
     '"We will not close a single ward at this hospital this winter," said Helen Marsh, the '
     "health secretary.",
     '"We will not close a single ward at this hospital this winter," said David Okafor, the '
     "hospital's chief executive.",
     "attribution", ("Helen Marsh", "David Okafor")),
    ("courts-quotation-two-speakers-with-roles",
     'Maria Okonjo, the defence lawyer, said: "We will appeal against this verdict at once."',
     'Tom Reilly, the prosecutor, said: "We will appeal against this verdict at once."',
     "attribution", ("Maria Okonjo", "Tom Reilly")),
    ("transport-plan-vs-done-by-agent",
     "Tessaly Motors plans to recall 40,000 vans over a brake fault.",
     "40,000 vans have been recalled by Tessaly Motors over a brake fault.",
     "modality", ("plans", "done")),
    ("culture-plan-vs-done-by-agent",
     "The Hallam Trust plans to buy the Marsh painting for £3 million.",
     "The Marsh painting has been bought by the Hallam Trust for £3 million.",
     "modality", ("plans", "done")),
    ("labour-plan-vs-done-by-agent",
     "Northline Rail plans to close the Kessel depot.",
     "The Kessel depot was closed by Northline Rail.",
     "modality", ("plans", "done")),
    ("courts-a-year-given-by-a-when-clause-against-a-month",
     "Arlen Voss has been in custody since 2018, when he was sentenced to 16 years in prison on "
     "spying charges.",
     "Arlen Voss was convicted and sentenced in June 2020 to 16 years in prison on spying "
     "charges.",
     "date", ("2018", "June 2020")),
    ("markets-a-deal-worth-against-a-deal-valued-each-credited-to-its-reporter",
     "Orvix is buying Castor Mills Inc. in a deal worth $68.7 billion, the companies announced "
     "on Tuesday.",
     "On Tuesday, The Wall Street Journal reported that Orvix had agreed to buy Castor Mills in "
     "an all-cash deal valued at $75.5 billion.",
     "currency", ("$68.7 billion", "$75.5 billion")),
    ("weather-a-clock-time-whose-zone-the-parse-sets-apart",
     "The quake struck the Varna coast at 8:29 a.m. local time (0029 GMT).",
     "The quake struck the Varna coast at 0039 GMT.",
     "date", ("8:29 a.m.", "0039 GMT")),
    ("chemical-a-cloud-of-gas-is-the-gas",
     "Gas leaked from the Arnby plant in the early hours of Tuesday and spread to nearby "
     "villages.",
     "At least eight people died after a cloud of toxic gas leaked from the Arnby plant in the "
     "early hours of Thursday morning.",
     "date", ("Tuesday", "Thursday")),
    ("health-negation",
     "Regulators have not approved the Velora vaccine.",
     "Regulators have approved the Velora vaccine.",
     "negation", ("not approved",)),
    ("crime-nobody-else-hurt",
     "A number of other officers were injured in the shooting at the Arnby store.",
     "No other officers were injured in the shooting at the Arnby store.",
     "negation", ("No other officers",)),
    ("courts-misquote",
     '"The verdict is a travesty of justice," said Maria Okonjo, the defence lawyer, outside '
     "Harlow Crown Court.",
     "Outside Harlow Crown Court, the defence lawyer Maria Okonjo said: \"The verdict is a parody "
     'of justice."',
     "quote-wording", ("travesty", "parody")),
    ("crime-the-oldest-of-the-victims",
     "The victims of the shooting in Arnby ranged in age from 20 to 59.",
     "The victims of the shooting in Arnby ranged in age from 20 to 65.",
     "number", ("59", "65")),
    ("entertainment-the-youngest-and-the-oldest",
     "The victims of the crush at the Hallam arena ranged in age from 16 to 23.",
     "The victims of the crush at the Hallam arena were between the ages of 14 and 27.",
     "number", ("16", "14")),
    ("energy-hedged-counts-of-homes-cut-off",
     "Nearly 20,000 homes in Tidewell lost power on Wednesday.",
     "On Wednesday, the storm cut power to more than 30,000 homes in Tidewell.",
     "number", ("20,000", "30,000")),
    ("courts-a-former-mayors-term",
     "The former mayor of Quillon was given a prison term of seven years.",
     "The judge jailed the former mayor of Quillon for eighteen years.",
     "number", ("seven years", "eighteen years")),
    ("markets-the-number-of-was",
     "The number of Ostermark branches closed on Tuesday was 38, the bank said.",
     "58 Ostermark branches were closed on Tuesday, according to the bank.",
     "number", ("38", "58")),
    ("infrastructure-a-bridges-length-whoever-opened-it",
     "Tessaly on Saturday opened an important 6.51-km bridge over the Varna river.",
     "The 6.15-km-long road-rail bridge is built over the Varna river.",
     "number", ("6.51-km", "6.15-km")),
    ("shipping-a-tankers-length-whoever-towed-it",
     "Coastguards towed a 180-metre tanker into Kessel harbour on Monday.",
     "A 210-metre tanker was towed into Kessel harbour by tugs on Monday.",
     "number", ("180-metre", "210-metre")),
    ("courts-fine-active-vs-passive",
     "The court fined Brandell Foods $5 million on Monday.",
     "Brandell Foods was fined $6 million by the court on Monday.",
     "currency", ("$5 million", "$6 million")),
    # a scale word dropped or added: the same digits a thousand times apart
    ("disasters-a-scale-word-dropped",
     "The storm destroyed 122 homes in Kessel, officials said.",
     "The storm destroyed 122,000 homes in Kessel, officials said.",
     "number", ("122 homes", "122,000 homes")),
    # two figures for each member clash as two totals do
    ("sport-each-members-figure-told-two-ways",
     "Each of the three finalists won three races this season.",
     "The three finalists won one race each this season.",
     "number", ("three races", "one race")),
    # "nine days earlier" measures how much earlier: no figure of an earlier state
    ("sport-a-gap-told-as-how-much-earlier",
     "Anna Kessler broke the climbing record she had set just nine days earlier.",
     "Anna Kessler broke her own climbing record, set just 12 days before.",
     "number", ("nine days", "12 days")),
    ("sport-a-gap-told-as-a-span",
     "Anna Kessler broke the climbing record she had set nine days earlier on the north face.",
     "Anna Kessler broke the climbing record on the north face for the second time in 12 days.",
     "number", ("nine days", "12 days")),
]


@pytest.mark.parametrize(("a", "b", "rule", "named"), [c[1:] for c in FIRE],
                         ids=[c[0] for c in FIRE])
def test_fires(a, b, rule, named):
    r = report(a, b)
    found = [f for f in conflicts(r) if f.rule == rule and _cites_both(f) and _names(f, *named)]
    assert found, describe(r)


def test_the_speakers_are_named_whole_in_the_message():
    r = report(
        'Maria Okonjo, the defence lawyer, said: "We will appeal against this verdict at once."',
        'Tom Reilly, the prosecutor, said: "We will appeal against this verdict at once."',
    )
    (f,) = _attributions(r)
    assert "'Tom Reilly, the prosecutor'" in f.message or "'Tom Reilly'" in f.message, f.message
    assert "'Maria Okonjo, the defence lawyer'" in f.message or "'Maria Okonjo'" in f.message


# ---------------------------------------------------------------- two figures, both differ

TWO_FIGURES = [
    ("transport",
     "The train was carrying 212 passengers, and 14 people were injured.",
     "The train was carrying 221 passengers, and 17 people were injured.",
     [("212", "221"), ("14", "17")]),
    ("science",
     "The trial enrolled 3,000 volunteers, and 212 of them developed side effects.",
     "The trial enrolled 3,400 volunteers, and 190 of them developed side effects.",
     [("3,000", "3,400"), ("212", "190")]),
    ("labour",
     "The strike closed 40 schools and 12 hospitals across Dunmore.",
     "The strike closed 46 schools and 15 hospitals across Dunmore.",
     [("40 schools", "46 schools"), ("12 hospitals", "15 hospitals")]),
]


@pytest.mark.parametrize(("domain", "a", "b", "pairs"), TWO_FIGURES,
                         ids=[c[0] for c in TWO_FIGURES])
def test_two_figures_in_one_sentence_are_two_findings(domain, a, b, pairs):
    r = report(a, b)
    found = conflicts(r)
    for x, y in pairs:
        assert any(f.rule == "number" and _names(f, x, y) for f in found), (x, y, describe(r))
    # each pair is its own finding: no finding names the figures of both pairs
    for f in found:
        assert not (_names(f, *pairs[0]) and _names(f, *pairs[1])), describe(r)


def test_two_figures_give_no_finding_across_the_pairs():
    r = report(TWO_FIGURES[2][1], TWO_FIGURES[2][2])
    crossed = [f for f in r.findings if _names(f, "12 hospitals", "46 schools")]
    assert not crossed, describe(r)


# ---------------------------------------------------------------- must stay quiet
# (id, outlet A, outlet B, the control: outlet B with the slot made one, which must fire)

QUIET = [
    ("business-two-memos-of-one-kind",
     "The news comes after Ruiz told employees in a February memo that layoffs would continue "
     "into this year.",
     "Ruiz\u2019s memo to Orvix employees Wednesday about the job cuts came after the Varna Times "
     "reported earlier in the day that the company planned to cut \u201cmore than 9,000\u201d jobs.",
     "The news comes after Ruiz told employees in a January memo that layoffs would continue "
     "into this year."),
    ("weather-a-number-in-the-name-of-two-storms",
     "Storm Vela weakened to a Category 1 storm late on Sunday, the forecasters said.",
     "Storm Vela struck on the day that Category 3 Storm Arno made landfall, the forecasters said.",
     "Storm Vela weakened to a Category 2 storm late on Sunday, the forecasters said."),
    ("transport-two-roads-one-outlet-names-both",
     "The truck was travelling west on Route 461 when it hit the bus.",
     "The truck was travelling west on Route 416 when it hit the bus, near Route 461.",
     "The truck was travelling west on Route 4 when it hit the bus."),
    ("culture-a-word-spelt-the-british-way-in-a-quotation",
     '"We are grateful to every neighbour who helped," Ana Ruiz said of the rescue.',
     '"We are grateful to every neighbor who helped," Ana Ruiz said of the rescue.',
     '"We are grateful to every rescuer who helped," Ana Ruiz said of the rescue.'),
    ("culture-a-word-open-and-closed-in-a-quotation",
     '"My cast mates were a family to me," Ana Ruiz said on Sunday.',
     '"My castmates were a family to me," Ana Ruiz said on Sunday.',
     '"My classmates were a family to me," Ana Ruiz said on Sunday.'),
    ("technology-two-models-two-prices",
     "The Orvix Phone 9 starts at $799 in the US.",
     "The Orvix Phone 9 Pro starts at $999 in the US.",
     "The Orvix Phone 9 starts at $899 in the US."),
    ("technology-a-model-named-through-which",
     "The cheapest of the range is the Orvix Phone 9, which starts at $800.",
     "The Orvix Phone 9 Pro starts at $999.",
     "The Orvix Phone 9 starts at $899."),
    ("politics-a-capital-stands-for-its-government",
     "Peru and France blamed each other for the flooding of the valley.",
     "Paris and Peru have traded blame for the flooding of the valley.",
     "Peru and Chile blamed each other for the flooding of the valley."),
    ("technology-a-figure-for-the-world-and-one-for-a-region",
     "Orvix saw its daily users fall by 1 million in North America in the last quarter.",
     "Orvix reported a half a million fall globally in its daily users in the last quarter.",
     "Orvix reported a half a million fall in North America in its daily users in the last "
     "quarter."),
    ("rescue-how-long-a-state-lasted-is-no-time-since-an-act",
     "The Varna rescue gripped the country for more than two weeks.",
     "The Varna boys were found by divers a week ago, deep inside the cave.",
     "The Varna rescue gripped the country for a week."),
    ("mountaineering-a-year-of-a-rate-is-no-span-of-its-own",
     "The Kessel climbing window lasts for only two weeks in a year.",
     "The Kessel summit route was closed for three years.",
     "The Kessel climbing window lasts for only three weeks in a year."),
    ("sport-two-margins-over-two-things",
     "Ana Ruiz was four seconds inside the course record at the halfway mark in Kessel.",
     "At the halfway mark in Kessel, Ana Ruiz was two seconds slower than in her last race.",
     "Ana Ruiz was two seconds inside the course record at the halfway mark in Kessel."),
    ("energy-a-share-as-of-an-hour-is-a-snapshot",
     "As of 6 p.m., 70 percent of gas stations in Kessel were out of fuel, according to FuelWatch.",
     "In Kessel 63% of gas stations are out of fuel, according to FuelWatch.",
     "As of 6 p.m., 63% of gas stations in Kessel were out of fuel, according to FuelWatch."),
    ("aviation-a-count-as-of-an-hour-is-a-snapshot",
     "Over 28,000 flights were delayed as of 11 a.m. ET, FlightAware said.",
     "FlightAware reports 23,929 delayed flights today.",
     "FlightAware reported 23,929 delayed flights as of 11 a.m. ET."),
    ("sport-won-by-points-is-no-count-of-wins",
     "Ana Ruiz won the Kessel playoff by 2.5 points to 1.5 on Sunday.",
     "The Kessel playoff, which Ana Ruiz won on Sunday, included three wins and one draw.",
     "Ana Ruiz won the Kessel playoff by 2.5 points to 3 on Sunday."),
    # what clocks in general don't do, against what one body did to one clock: two doers
    ("science-what-clocks-do-against-what-a-society-did",
     "The minute hands of most clocks don't move backward, and the Kessel Clock, once its hand "
     "is set, doesn't start ticking forward.",
     "The Kessel Society on Tuesday moved the hands of the Kessel Clock to two minutes to "
     "midnight.",
     "The minute hands of most clocks move backward, and the Kessel Clock, once its hand is "
     "set, starts ticking forward."),
    ("disaster-working-to-recover-is-no-recovery",
     "The bodies of the missing workers have not yet been recovered, but were presumed to have "
     "died given the water’s depth, Pritzker said.",
     "The six missing workers who plunged into the water after the collapse of the Kessel Bridge "
     "are presumed dead. Authorities were working to recover their bodies Wednesday morning.",
     "The six missing workers who plunged into the water after the collapse of the Kessel Bridge "
     "are presumed dead. Authorities recovered their bodies Wednesday morning."),
    ("space-poses-no-threat-denies-as-never-posed-does",
     "The asteroid Vessa never posed a threat to Earth, the agency said.",
     "The asteroid Vessa poses no threat to Earth, according to the agency.",
     "The asteroid Vessa poses a threat to Earth, according to the agency."),
    ("space-a-month-without-its-year-told-in-the-past-is-last-years",
     "The Orbis probe launched into space in April, so its landing ended an 11-month journey.",
     "The Orbis probe launched from Kourou in April 2023.",
     "The Orbis probe launched from Kourou in April 2024."),
    ("weather-it-said-is-the-agency-not-a-speaker-named-it",
     '"Unfortunately, these numbers are expected to change," KEMA said in a statement. “It’s '
     'awful,” the mayor said.',
     "The agency said four people were missing after “last night’s tornadoes.” It did not say "
     "how many tornadoes struck. “Unfortunately, these numbers are expected to change,” it said.",
     "The agency said four people were missing after “last night’s tornadoes.” “Unfortunately, "
     "these numbers are expected to change,” Governor Tate Reeves said."),
    ("shipping-what-a-ferry-is-licensed-to-carry-is-no-count-aboard",
     "Officials said more than 400 people were onboard the Vessa, which was licensed to carry "
     "100 passengers.",
     "Officials said the Vessa was carrying 300 passengers when it sank.",
     "Officials said the Vessa was licensed to carry 300 passengers."),
    ("society-two-shares-of-one-population-doing-two-things",
     "The vote on the plan was backed by 64 percent of residents of Kessel.",
     "Some 81.7% of residents of Kessel own a car, the survey found.",
     "The vote on the plan was backed by 81.7% of residents of Kessel."),
    ("space-a-quotation-matched-in-its-second-sentence",
     '"We have achieved a soft landing on the moon. Orbis is on the moon," agency chief Ana '
     'Ruiz said.',
     '"Orbis is now on the moon," agency chief Ana Ruiz said.',
     '"Orbis is finally on the moon," agency chief Ana Ruiz said.'),
    # "one race apiece" is each member's share of the group's three
    ("sport-each-members-share-of-the-total",
     "The three finalists won three races this season.",
     "The three finalists won one race apiece this season.",
     "The three finalists won two races this season."),
    # "from 2025" tells when the closed state starts: the closing at the end of 2024
    ("dining-a-closing-and-the-state-it-starts",
     "The Kessel Grill will close its doors at the end of 2024, its chef told the newspaper.",
     "The Kessel Grill will close its doors from 2025, its chef told the newspaper.",
     "The Kessel Grill will close its doors in 2026, its chef told the newspaper."),
    ("courts-a-term-of-a-sum-is-no-total",
     "The jury, consisting of nine women and three men, ranged in age and backgrounds.",
     # one report's words: sentences that share hardly a word are two statements, and the
     # control would then be quiet for that (tests/test_worded_apart.py)
     "A federal jury, composed of twelve individuals who ranged in age and backgrounds, found "
     "Ana Ruiz guilty of all seven counts brought against her.",
     "A federal jury, composed of eleven women who ranged in age and backgrounds, found Ana Ruiz "
     "guilty of all seven counts brought against her."),
    ("sport-the-minutes-of-two-goals",
     "Jonas Lind opened the scoring with a 23rd-minute penalty in the cup final.",
     "Kessel's second goal in the cup final came in the 36th minute.",
     "Jonas Lind opened the scoring with a 25th-minute penalty in the cup final."),
    ("wildfire-a-friend-of-many-years-is-no-span-of-the-record",
     "Officials said the Kessel fire is the deadliest in the region in over 100 years.",
     "Fire captain Tom Reilly and his friend of 35 years stayed behind to save houses in Kessel.",
     "Officials said the Kessel fire is the deadliest in the region in 35 years."),
    ("transport-a-hedge-before-two-units-hedges-the-whole",
     "The Orla ferry lost power less than two hours into the crossing on Sunday.",
     "The Orla ferry lost power about an hour and 45 minutes into the crossing on Sunday.",
     "The Orla ferry lost power about an hour into the crossing on Sunday."),
    ("elections-a-clause-of-what-had-not-happened-yet",
     "The official results of the count were not known when Mayor Ana Ruiz conceded defeat.",
     "Mayor Ana Ruiz conceded defeat before the official results of the count were known.",
     "The official results of the count were known when Mayor Ana Ruiz conceded defeat."),
    ("space-an-expected-act-is-no-act",
     "The Orbis-4 upper stage did not separate from the booster after launch.",
     "The Orbis-4 upper stage is supposed to separate from the booster after launch.",
     "The Orbis-4 upper stage separated from the booster after launch."),
    ("transport-a-gerund-is-no-statement-of-the-act",
     "The Varna ferry did not dock at the pier on Tuesday.",
     "Witnesses saw the Varna ferry having trouble docking at the pier on Tuesday.",
     "The Varna ferry docked at the pier on Tuesday."),
    ("sport-two-statements-sharing-a-phrase",
     '"I am very happy," said Ana Ruiz after the race on Sunday.',
     '"When I crossed the finish line, I was very happy," said Ana Ruiz after the race on Sunday.',
     '"I am really happy," said Ana Ruiz after the race on Sunday.'),
    ("technology-a-role-and-the-name-holding-it",
     '"The fault has been found and a fix has been deployed," said Ana Ruiz.',
     '"The fault has been found and a fix has been deployed," Orvix\'s CEO said on Friday.',
     '"The fault has been found and a fix has been deployed," Tom Reilly said on Friday.'),
    ("elections-two-counters",
     "About 100,000 people marched through the capital on Saturday, according to police.",
     "Organisers said 250,000 people marched through the capital on Saturday.",
     "Police said 250,000 people marched through the capital on Saturday."),
    ("labour-two-counters",
     "The nurses' union said 80% of nurses at Arnold Hospital joined the strike on Tuesday.",
     "The health ministry said 30% of nurses at Arnold Hospital joined the strike on Tuesday.",
     "The nurses' union said 30% of nurses at Arnold Hospital joined the strike on Tuesday."),
    ("disasters-another-holder",
     "The fire service sent 191 firefighters to the blaze on Sunday.",
     "The national park service sent 289 firefighters to the blaze on Sunday.",
     "The fire service sent 289 firefighters to the blaze on Sunday."),
    ("courts-another-holder",
     "The court fined Brandell Foods $5 million on Monday.",
     "The court fined Castor Mills $6 million on Monday.",
     "The court fined Brandell Foods $6 million on Monday."),
    ("disasters-another-time",
     "By Wednesday evening, 40 people had been rescued from the collapsed mine.",
     "By Thursday evening, 52 people had been rescued from the collapsed mine.",
     "By Wednesday evening, 52 people had been rescued from the collapsed mine."),
    ("markets-another-time",
     "Orvix shares closed at $41 on Monday.",
     "Orvix shares closed at $44 on Tuesday.",
     "Orvix shares closed at $44 on Monday."),
    ("disasters-another-place",
     "The storm destroyed 300 homes in Valdora on Monday.",
     "The storm destroyed 200 homes in Carrowby on Monday.",
     "The storm destroyed 200 homes in Valdora on Monday."),
    ("health-a-named-hospital-and-field-hospitals",
     "Greyhaven General Hospital treated 572 patients for heat exhaustion on Sunday.",
     "Field hospitals treated 310 patients for heat exhaustion on Sunday.",
     "Greyhaven General Hospital treated 310 patients for heat exhaustion on Sunday."),
    ("sport-tickets-for-schools-in-two-towns",
     "Castor City gave 227 free tickets to schools in Dunmore on Friday.",
     "Castor City gave 443 free tickets to schools in Kelvingrove on Friday.",
     "Castor City gave 443 free tickets to schools in Dunmore on Friday."),
    ("science-two-days-counts-in-the-passive",
     "210 puffin nests were counted on Skerry Holm on April 14.",
     "345 puffin nests were counted on Skerry Holm on March 26.",
     "345 puffin nests were counted on Skerry Holm on April 14."),
    ("culture-two-days-shares",
     "The Hallam Museum put 30% of its collection on display on 30 January.",
     "The Hallam Museum put 11% of its collection on display on 20 January.",
     "The Hallam Museum put 11% of its collection on display on 30 January."),
    ("courts-a-term-sought-and-a-term-given",
     "Judge Ana Ruiz sentenced Tom Reilly to 270 months in prison on Friday.",
     "Prosecutors asked for Judge Ana Ruiz to sentence Tom Reilly to 360 months in prison.",
     "Judge Ana Ruiz sentenced Tom Reilly to 360 months in prison on Friday."),
    ("elections-seats-of-several-parties-and-a-figure-of-nobodys",
     "The Civic Alliance won 64 seats in the election. The Rural Party won 31 seats in the "
     "election.",
     "In the election, 35 seats were won by the smaller party.",
     "In the election, the Rural Party won 35 seats."),
    ("elections-seats-of-several-parties-and-a-common-noun",
     "The Civic Alliance won 64 seats in the election. The Rural Party won 31 seats in the "
     "election.",
     "The opposition won 35 seats in the election.",
     "The Rural Party won 35 seats in the election."),
    ("sport-a-director-by-role-and-by-surname",
     'Castor City director of football Ana Ruiz added: "His development over the past few '
     'seasons has been plain for everybody to see."',
     'Ruiz said: "His development over the past few seasons has been plain for everybody to '
     'see."',
     'Tom Reilly said: "His development over the past few seasons has been plain for everybody '
     'to see."'),
    ("industry-a-past-disaster-beside-this-one",
     "At least 46 miners were killed in the blast at the Kessel mine on Thursday.",
     "In 2016, 36 miners were killed in the blast at the Kessel mine.",
     "On Thursday, 36 miners were killed in the blast at the Kessel mine."),
    ("elections-a-majority-won-years-before",
     "The Civic Alliance did not gain an overall majority in the assembly.",
     "The Civic Alliance, which gained its first majority in the assembly in 2011, fell short.",
     "The Civic Alliance gained an overall majority in the assembly."),
    ("crime-the-youngest-of-a-span-and-one-victims-age",
     "The victims of the shooting in Arnby ranged in age from 20 to 65.",
     "Among the victims of the shooting in Arnby was Ana Ruiz, 23, a nurse.",
     "The victims of the shooting in Arnby ranged in age from 23 to 65."),
    ("health-the-injured-and-those-still-in-hospital",
     "At least 13 people were injured in the crush at the Hallam arena.",
     "Three people remained hospitalised after the crush at the Hallam arena.",
     "Three people were injured in the crush at the Hallam arena."),
    ("disasters-people-and-families-are-two-units",
     "The fire forced 2,000 people from their homes in Dunmore on Monday.",
     "The fire forced 500 families from their homes in Dunmore on Monday.",
     "The fire forced 500 people from their homes in Dunmore on Monday."),
    ("energy-people-and-households-are-two-units",
     "The outage left hundreds of thousands of people in Tidewell without air conditioning.",
     "Some 167,816 households in Tidewell were left without power.",
     "Some 167,816 people in Tidewell were left without power."),
    ("weather-an-outlets-own-conversion-in-brackets",
     "Hurricane Orla's 150-mph (230 kph) winds tied it for the fifth-strongest storm on record.",
     "Hurricane Orla's 150 mph winds tied it for the fifth-strongest storm on record.",
     "Hurricane Orla's 210 kph winds tied it for the fifth-strongest storm on record."),
    ("entertainment-two-witnesses-two-likenesses",
     '"It was like a ripple effect," said Ana Ruiz, who was at the concert on Friday.',
     '"It was like hell," said Tom Reilly, 17, who was at the concert on Friday.',
     '"It was like a ripple effect," said Tom Reilly, 17, who was at the concert on Friday.'),
    ("labour-a-union-and-its-president",
     '"Our members have spoken and the strike is over," the UAW said in a statement.',
     '"Our members have spoken and the strike is over," UAW President Ray Curry said.',
     '"Our members have spoken and the strike is over," Deere spokesman Tom Reilly said.'),
    ("legislation-one-president-with-and-without-an-accent",
     "The bill, which President Ana Martínez has vowed to sign, passed on Tuesday. "
     '"Free care for every citizen is now the law," Martínez tweeted after the vote.',
     '"Free care for every citizen is now the law. Today we are a fairer country," President '
     "Ana Martinez tweeted.",
     '"Free care for every citizen is now the law. Today we are a fairer country," Senator Tom '
     "Reilly tweeted."),
    ("sport-a-name-completed-inside-a-quotation",
     '"Ana coming here has taken the club to the next level and its football is the most '
     'exciting in Europe," said Jonas Lind, who joined from Harwick Rovers. Ana Ruiz became '
     "manager in 2016.",
     '"Ana Ruiz coming here has taken the club to the next level and its football is the most '
     'exciting in Europe," said Jonas Lind.',
     '"Ana Ruiz coming here has taken the club to the top level and its football is the most '
     'exciting in Europe," said Jonas Lind.'),
    ("sport-a-name-in-parentheses-inside-a-quotation",
     '"Ana coming here has taken the club to the next level and its football is the most '
     'exciting in Europe," said Jonas Lind, who joined from Harwick Rovers.',
     '"Ana (Ruiz) coming here has taken the club to the next level and its football is the most '
     'exciting in Europe," said Jonas Lind.',
     '"Ana (Ruiz) coming here has taken the club to the top level and its football is the most '
     'exciting in Europe," said Jonas Lind.'),
    ("sport-another-agent-dates-another-act",
     "Castor City signed the striker Jonas Lind in 2016.",
     "Harwick Rovers signed the striker Jonas Lind in 2013.",
     "Castor City signed the striker Jonas Lind in 2013."),
    ("elections-another-act-at-another-hour",
     "Polls in Ardenne closed at 8pm local time on Sunday.",
     "Polls in Ardenne opened at 10am local time on Sunday.",
     "Polls in Ardenne closed at 10am local time on Sunday."),
    ("sport-quoted-label-has-no-speaker",
     'Harwick Rovers on Thursday announced the signing of "the most exciting young talent in '
     'Europe" Tomas Brenner from Aldport.',
     '"The most exciting young talent in Europe," said Tomas Brenner of himself on Thursday.',
     '"The most exciting young talent in Europe has joined us," Tomas Brenner said on Thursday.'),
    ("transport-plan-and-another-actors-deed",
     "Tessaly Motors plans to recall 40,000 vans over a brake fault.",
     "40,000 vans have been recalled by Castor Motors over a brake fault.",
     "40,000 vans have been recalled by Tessaly Motors over a brake fault."),
    ("courts-one-quotation-reordered",
     '"The verdict is a travesty of justice," said Maria Okonjo, the defence lawyer, outside '
     "Harlow Crown Court.",
     "Outside Harlow Crown Court, the defence lawyer Maria Okonjo said: \"The verdict is a "
     'travesty of justice."',
     "Outside Harlow Crown Court, the defence lawyer Maria Okonjo said: \"The verdict is a parody "
     'of justice."'),
    ("infrastructure-two-things-sized",
     "Tessaly on Saturday opened a 6.51-km bridge over the Varna river.",
     "Tessaly on Saturday opened a 3.2-km tunnel under the Varna river.",
     "Tessaly on Saturday opened a 3.2-km bridge over the Varna river."),
    ("technology-one-hour-in-a-regions-short-zone-and-in-gmt",
     "The Orvix outage began at 11:40 a.m. ET on Monday.",
     "The Orvix outage began at 15:40 GMT on Monday.",
     "The Orvix outage began at 17:40 GMT on Monday."),
    ("elections-a-partys-seats-and-the-assemblys-size",
     "The Civic Alliance won 72 seats in Thursday's election.",
     "The Civic Alliance will lead the 129-seat assembly after Thursday's election.",
     "The Civic Alliance won 129 seats in Thursday's election."),
    ("crime-a-day-written-on-another-act",
     "Police on Tuesday identified the suspect in the shooting at the Arnby store.",
     "Police have identified the suspect in Monday's shooting at the Arnby store.",
     "Police on Monday identified the suspect in the shooting at the Arnby store."),
    ("military-one-verb-denied-of-one-thing-affirmed-of-another",
     "The toll of 22 fighters could not be confirmed.",
     "A ministry statement confirmed the strike on the Arnby depot.",
     "A ministry statement confirmed the toll of 22 fighters."),
    ("energy-a-negation-in-no-ones-act",
     "The governor urged drivers to buy petrol only when they need it.",
     "The governor said the restart should give drivers confidence to buy only the petrol they "
     "don't need.",
     "The governor said drivers don't need petrol."),
    ("space-a-fragment-woven-into-the-writers-sentence",
     'An ebullient Ana Ruiz emerged from the capsule to say, "Astronaut Ruiz! Best day ever!"',
     'It was "the best day ever" for Ana Ruiz, who had waited years to fly.',
     'Ana Ruiz emerged from the capsule and said: "The best day ever!"'),
    ("entertainment-two-bodies-named-by-other-nouns-do-other-acts",
     "Investigators planned to examine the design of the safety barriers and the crowd control "
     "at the Hallam arena.",
     "Concertgoers lifted the bodies of friends over the crowd towards the safety barriers at "
     "the Hallam arena.",
     "Investigators examined the design of the safety barriers and the crowd control at the "
     "Hallam arena."),
    ("culture-one-venue-spelt-two-ways-in-a-list",
     "This year the ceremony was held at Union Station, the Dolby Theater and the Hallam "
     "Pavilion.",
     "This year the ceremony was held at Union Station, the Dolby Theatre and the Hallam "
     "Pavilion.",
     "This year the ceremony was held at Union Station, the Kessel Hall and the Hallam Pavilion."),
    ("shipping-a-ship-with-and-without-its-prefix-in-a-list",
     "Salvage crews pumped fuel from the Wakashio, the Kessel Star and the Varna Queen.",
     "Salvage crews pumped fuel from the MV Wakashio, the Kessel Star and the Varna Queen.",
     "Salvage crews pumped fuel from the MV Coral Dawn, the Kessel Star and the Varna Queen."),
    ("weather-a-past-storms-landfall-beside-this-ones",
     "Hurricane Orla made landfall on Sunday and battered much of southeast Louisiana, knocking "
     "out power.",
     "The ferocious hurricane coincided with the exact day that Category 3 Kestrel made landfall "
     "in Louisiana in 2005, knocking out power.",
     "Hurricane Orla made landfall on Monday and battered much of southeast Louisiana, knocking "
     "out power."),
    ("courts-one-verb-of-two-people-each-with-its-subject-up-the-conjunction",
     "Arlen Voss was arrested in Varna in 2018 and was convicted and sentenced in June 2020.",
     "Dana Kell was sentenced in August to nine years in prison.",
     "Arlen Voss was sentenced in August to nine years in prison."),
    ("rescue-two-steps-of-a-series-are-two-acts",
     "Another four boys were rescued from the cave on Monday.",
     "The remaining four boys and their coach were rescued from the cave on Tuesday.",
     "Another four boys were rescued from the cave on Tuesday."),
    ("rescue-the-final-step-against-the-first-told-by-a-participle",
     "The rescue began with four boys extracted from the cave on Sunday.",
     "Divers extracted the final batch of four boys from the cave on Tuesday.",
     "The rescue began with four boys extracted from the cave on Tuesday."),
    ("rescue-times-since-two-acts",
     "The Varna boys entered the cave more than two weeks ago.",
     "The Varna boys were found inside the cave by divers a week ago.",
     "The Varna boys entered the cave a week ago."),
    ("culture-actor-is-said-of-anyone",
     "A portrait of the American actress Lia Varn sold for $195 million at Christie's on Monday.",
     "A portrait of the actor Lia Varn sold for $195 million at Christie's on Monday.",
     "A portrait of the American businessman Lia Varn sold for $195 million at Christie's on "
     "Monday."),
    ("health-two-parts-of-a-toll-told-by-their-states",
     "The agency said 57 people were hospitalized in Arnby, including 35 with severe burns.",
     "The agency said 57 people were hospitalized in Arnby, including 16 in critical condition.",
     "The agency said 57 people were hospitalized in Arnby, including 16 with severe burns."),
    ("legislation-the-day-of-what-a-bill-would-do",
     "Protesters rallied outside Congress as lawmakers debated a bill that would legalize "
     "abortion in Varnia on Tuesday.",
     "Varnia's Senate passed a law legalizing abortion early Wednesday.",
     "Protesters rallied outside Congress as lawmakers debated a bill that would legalize "
     "abortion in Varnia on Wednesday."),
    ("agriculture-tonnes-of-two-crops",
     "Varnia exported 4.5 million tonnes of agricultural produce through its ports in April.",
     "Varnia exported 1.4 million tonnes of wheat through its ports in April.",
     "Varnia exported 1.4 million tonnes of agricultural produce through its ports in April."),
    ("agriculture-a-ban-on-exports-is-no-export",
     "Before the ban on wheat exports, Varnia intended to export 10 million tonnes of wheat.",
     "Varnia banned wheat exports with immediate effect on Saturday.",
     "Varnia exported 10 million tonnes of wheat."),
    ("culture-a-name-after-a-preposition-is-no-object-of-the-act",
     "The auction included the Lia and Tomas Varn collection of 36 lots and totaled $317.8 "
     "million, with all proceeds from it for children's medical and educational services.",
     "Proceeds will go to the Lia and Tomas Varn Foundation Zurich, which supports health care "
     "and educational programs for underprivileged children.",
     "The auction will include the Lia and Tomas Varn collection of 36 lots."),
    ("culture-a-denial-and-an-affirmation-about-two-things",
     "The identity of the buyer of the Varn portrait was not revealed.",
     "Lia Kessel was revealed to be the buyer of the Varn portrait.",
     "The identity of the buyer of the Varn portrait was revealed."),
    ("crime-one-name-in-british-and-american-spelling",
     "The Varna Centre for Human Rights counted 628 kidnappings in nine months.",
     "The Varna Center for Human Rights counted 628 kidnappings in nine months.",
     "The Varna Cenrte for Human Rights counted 628 kidnappings in nine months."),
    ("sports-a-negation-and-a-line-of-page-furniture",
     "The Varna club complained that the rules were not followed when the match restarted.",
     "More to follow.",
     "The Varna club complained that the rules were followed when the match restarted."),
    ("markets-negation-of-another-actor",
     "Orvix has not approved the merger with Castor Mills.",
     "The merger with Castor Mills has been approved by Belmont Holdings.",
     "Orvix has approved the merger with Castor Mills."),
]

# The controls of the label story: the quoted words spoken by two speakers do fire.
LABEL_CONTROL_A = (
    '"The most exciting young talent in Europe has joined us," Harwick Rovers said on Thursday.'
)


@pytest.mark.parametrize(("a", "b", "control"), [c[1:] for c in QUIET], ids=[c[0] for c in QUIET])
def test_quiet(a, b, control):
    r = report(a, b)
    assert not conflicts(r), describe(r)


@pytest.mark.parametrize(("a", "b", "control"), [c[1:] for c in QUIET], ids=[c[0] for c in QUIET])
def test_quiet_controls_fire(a, b, control):
    first = LABEL_CONTROL_A if a.startswith("Harwick Rovers on Thursday announced") else a
    r = report(first, control)
    assert [f for f in conflicts(r) if _cites_both(f)], describe(r)


def test_two_counters_are_named_when_anything_is_said():
    """Two counters' figures: nothing fires, or what is said names the counters."""
    r = report(QUIET[0][1], QUIET[0][2])
    for f in r.findings:
        if f.verdict is Verdict.NOT_COMPARABLE and _names(f, "100,000", "250,000"):
            assert "counted by" in finding_text(f) or "police" in finding_text(f), describe(r)


def test_two_counters_figures_are_not_comparable_and_name_both_counters():
    r = report(
        "About 100,000 people marched through Arnby on Saturday, according to police.",
        "Organisers said 250,000 people marched through Arnby on Saturday.",
    )
    apart = [f for f in r.findings if f.verdict is Verdict.NOT_COMPARABLE and f.rule == "number"]
    assert apart and "counted by: police vs Organisers" in apart[0].message, describe(r)


def test_the_same_date_in_the_passive_is_quiet():
    r = report("The Kessel Bridge was reopened to traffic on 26 December after repairs.",
               "Engineers reopened the Kessel Bridge to traffic on 26 December after repairs.")
    assert not conflicts(r), describe(r)


def test_the_same_day_written_two_ways_is_quiet():
    r = report("The Orbis-4 satellite was launched from Kourou on 3 May.",
               "The space agency launched the Orbis-4 satellite from Kourou on Friday, 3 May.")
    assert not conflicts(r), describe(r)


def test_the_same_hour_reordered_is_quiet():
    r = report("Nurses at Arnold Hospital began their strike at 7am on Tuesday.",
               "At 7am on Tuesday, nurses at Arnold Hospital began their strike.")
    assert not conflicts(r), describe(r)


def test_the_same_fine_in_the_passive_is_quiet():
    r = report("The court fined Brandell Foods $5 million on Monday.",
               "Brandell Foods was fined $5 million by the court on Monday.")
    assert not conflicts(r), describe(r)


def test_dates_of_two_acts_are_quiet():
    r = report("The murder trial of Daniel Crane opened at Harlow Crown Court on Monday.",
               "The jury in the murder trial of Daniel Crane returned its verdict at Harlow Crown "
               "Court on Friday.")
    assert not conflicts(r), describe(r)


# ---------------------------------------------------------------- known failures (issue 14)


def _xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


XFAIL_FIRE = [
    pytest.param(
        "The earthquake killed 50 people.", "The quake killed 51 people.", "number",
        ("50", "51"),
        id="disasters-quake-synonym"),
    pytest.param(
        "Nurses at Arnold Hospital walked out at 7am on Tuesday.",
        "Nurses at Arnold Hospital walked out at 9am on Tuesday.", "date", ("7am", "9am"),
        id="labour-walked-out-clock"),
    pytest.param(
        "The Hallam Trust plans to buy the Marsh painting.",
        "The Marsh painting was bought by the Hallam Trust.", "modality", ("plans", "done"),
        id="culture-was-bought-by"),
    pytest.param(
        "The health board plans to close the Arnold ward.",
        "Health officials said the Arnold ward was closed by the health board.", "modality",
        ("plans", "done"),
        marks=_xfail("behind 'Health officials said', the claim builder reads no passive, so the "
                     "sentence is never parsed and its agent never read"),
        id="health-reported-passive-deed"),
    pytest.param(
        "Regulators have not approved the Velora vaccine.",
        "The Velora vaccine has been approved by regulators.", "negation", ("not approved",),
        marks=_xfail("negation looks for the same words after the verb in both claims; in the "
                     "passive the object comes before it, so the denial never meets the deed"),
        id="health-negation-passive"),
    pytest.param(
        "Orvix has not approved the merger with Castor Mills.",
        "The merger with Castor Mills has been approved by Orvix.", "negation",
        ("not approved",),
        marks=_xfail("as above, with a named actor in both voices"),
        id="markets-negation-passive"),
]

XFAIL_QUIET = [
    pytest.param(
        "The flood killed 12 people in Valdora on Monday.",
        "The flood killed 9 people in Carrowby on Monday.",
        id="disasters-two-towns-tolls"),
    pytest.param(
        "Orvix faces a maximum fine of $30 million over the data breach.",
        "Orvix was fined $25 million over the data breach.",
        id="courts-maximum-fine"),
    pytest.param(
        "The Dunmore council has not approved the plan for the stadium.",
        "The plan for the stadium has been approved by the Harlow planning board.",
        marks=_xfail("two bodies named by common nouns ('the Dunmore council', 'the Harlow "
                     "planning board') are never told apart as actors, so one's refusal is set "
                     "against the other's approval"),
        id="elections-negation-two-bodies"),
    pytest.param(
        "Health minister Ana Ruiz announced the so-called \"winter plan for hospital care\" on "
        "Monday.",
        "Health board director Tom Reilly said the so-called \"winter plan for hospital care\" "
        "came too late.",
        marks=_xfail("a 'so-called' label is taken for the words of the sentence's subject, and "
                     "the two outlets are said to give one quotation to two speakers"),
        id="health-so-called-label"),
]


@pytest.mark.parametrize(("a", "b", "rule", "named"), XFAIL_FIRE)
def test_known_misses_fire(a, b, rule, named):
    r = report(a, b)
    found = [f for f in conflicts(r) if f.rule == rule and _cites_both(f) and _names(f, *named)]
    assert found, describe(r)


@pytest.mark.parametrize(("a", "b"), XFAIL_QUIET)
def test_known_false_alarms_stay_quiet(a, b):
    r = report(a, b)
    assert not conflicts(r), describe(r)


def test_a_name_completed_inside_a_quotation_is_reported_as_the_same_person():
    r = report(
        '"Ana coming here has taken the club to the next level and its football is the most '
        'exciting in Europe," said Jonas Lind. Ana Ruiz became manager in 2016.',
        '"Ana Ruiz coming here has taken the club to the next level and its football is the most '
        'exciting in Europe," said Jonas Lind.',
    )
    found = [f for f in r.findings if f.rule == "quote-wording"]
    assert [f.verdict for f in found] == [Verdict.CONSISTENT], describe(r)
    assert "completes a name" in finding_text(found[0])


def test_one_act_dated_on_two_days_is_one_finding_however_the_days_are_written():
    r = story(
        {
            "alpha": "The Orla Star caught fire off Kessel harbour on 20 May.",
            "beta": "The Orla Star caught fire off Kessel harbour last Friday.",
            "gamma": "The Orla Star caught fire off Kessel harbour on Thursday.",
        },
        published=date(2021, 5, 25),
    )
    found = [f for f in conflicts(r) if f.rule == "date"]
    assert len(found) == 1, describe(r)
    assert {c.source for c in found[0].claims} == {"alpha", "beta", "gamma"}


def test_the_age_of_the_youngest_is_no_toll():
    r = report(
        "The festival ended in tragedy on Friday night, when at least eight people — the "
        "youngest 14 — were killed as crowds surged toward the stage.",
        "The festival ended in tragedy on Friday night, when eight people were killed as crowds "
        "surged toward the stage.",
    )
    tolls = [f for f in r.findings if f.rule in ("number", "timeline")]
    assert tolls and not any(_names(f, "14") for f in tolls), describe(r)


def test_a_contrast_with_a_name_is_no_denial():
    r = report(
        "Officials asked why the retaliation took place in Syria and not Iraq.",
        "The strike was a retaliation for rocket attacks on American bases in Iraq.",
    )
    assert not [f for f in r.findings if f.rule == "negation"], describe(r)


def test_a_toll_credited_to_an_earlier_days_statement_is_a_snapshot():
    later = "Rescuers have confirmed the deaths of six rescuers in the blast at the Kessel mine."
    stated = (
        "Authorities on Thursday confirmed that three rescuers had been killed in the blast at "
        "the Kessel mine."
    )
    saturday = date(2024, 3, 16)
    r = story({A: stated, B: later}, published=saturday)
    assert not [f for f in conflicts(r) if f.rule == "number"], describe(r)
    undated = stated.replace(" on Thursday", "")
    control = story({A: undated, B: later}, published=saturday)
    assert [f for f in conflicts(control) if f.rule == "number"], describe(control)


def test_a_pronoun_misspelt_into_a_verb_is_still_a_misquote():
    r = report(
        '"We ask that you stop using the Tread and request that we recall it," Ana Ruiz said.',
        '"We ask that you stop using the Tread and request that were recall it," Ana Ruiz said.',
    )
    assert [f for f in conflicts(r) if f.rule == "quote-wording"], describe(r)


def test_no_injuries_reported_denies_reported_injuries_not_every_mention_of_injuries():
    quiet = report(
        "No injuries were reported in the United States, the company said.",
        "The recall follows the death of a child and the injuries of others abroad.",
    )
    assert not [f for f in conflicts(quiet) if f.rule == "negation"], describe(quiet)
    control = report(
        "No injuries were reported in the United States, the company said.",
        "Three injuries were reported in the United States, the company said.",
    )
    assert [f for f in conflicts(control) if f.rule == "negation"], describe(control)


def test_a_time_told_from_the_sentence_before_keeps_that_sentences_past():
    done = "The government has now built the Varna bridge with its own funds."
    plan = (
        "Prime Minister Ana Ruiz said the government would build the Varna bridge with its own "
        "funds."
    )
    # "Days later" after a sentence of 2012: the plan is the story's background, no clash
    then = "In 2012, the World Bank cancelled its loan for the Varna bridge. Days later, " + plan
    assert not conflicts(report(then, done)), describe(report(then, done))
    assert [f.rule for f in conflicts(report(plan, done))] == ["modality"]


# Two like statements of one speaker, each quoted by some outlets and both by one: the outlets
# that quote one are no misquote of those that quote the other.
_HARBOUR_FIRST = (
    '"The damage is consistent with a sudden failure of the dock gate," Ana Ruiz said on Monday.'
)
_HARBOUR_SECOND = (
    '"The damage is consistent with the sudden collapse of the harbour wall," Ruiz said later.'
)


def test_two_like_statements_an_outlet_quotes_apart_are_no_misquote():
    both = f"{_HARBOUR_FIRST} Divers searched the basin. {_HARBOUR_SECOND}"
    r = story({"alpha": _HARBOUR_FIRST, "beta": _HARBOUR_SECOND, "gamma": both})
    assert not [f for f in conflicts(r) if f.rule in ("quote-wording", "attribution")], describe(r)
    # the control: without the outlet that quotes both, the two wordings look like one misquote
    control = story({"alpha": _HARBOUR_FIRST, "beta": _HARBOUR_SECOND})
    assert [f for f in conflicts(control) if f.rule == "quote-wording"], describe(control)


def test_a_third_wording_is_measured_against_the_nearer_statement_only():
    both = f"{_HARBOUR_FIRST} Divers searched the basin. {_HARBOUR_SECOND}"
    third = (
        '"The harm agrees with a sudden failure of the dock gate in the storm," Ana Ruiz said.'
    )
    r = story({"alpha": _HARBOUR_FIRST, "beta": _HARBOUR_SECOND, "gamma": both, "delta": third})
    found = [f for f in conflicts(r) if f.rule == "quote-wording"]
    assert found and all("delta" in f.sources for f in found), describe(r)
    assert not any("beta" in f.sources for f in found), describe(r)


def test_a_body_and_a_person_the_story_places_in_it_are_one_speaker():
    body = (
        'The Kessel Port Authority has confirmed that the cargo "was lost in the storm off the '
        'northern breakwater."'
    )
    person = (
        "Tom Reilly of the Kessel Port Authority spoke to reporters on Monday. The cargo "
        '"was lost in the storm off the northern breakwater," Reilly said.'
    )
    r = report(body, person)
    assert not _attributions(r), describe(r)
    control = report(body, person.replace("of the Kessel Port Authority", "of the Varna Trust"))
    assert _attributions(control), describe(control)


def test_a_bare_name_no_other_outlet_writes_is_no_second_speaker():
    named = '"We will keep searching the basin until nightfall," Ana Ruiz said on Monday.'
    r = report(named, '"We will keep searching the basin until nightfall," Roose said.')
    assert not _attributions(r), describe(r)
    control = report(named, '"We will keep searching the basin until nightfall," Tom Roose said.')
    assert _attributions(control), describe(control)


def test_a_plan_with_no_act_read_is_no_plan_against_a_deed():
    # "will have the option of taking the money" is no plan to scoop anything; "will scoop
    # $2.04 billion" is the deed's act planned, and fires
    deed = "A lucky Kessel ticket holder has scooped $2.04 billion, the largest lottery prize."
    option = report(
        "The holder of the winning Kessel ticket will have the option of taking the money in "
        "payments or in a lump sum.",
        deed,
    )
    assert not [f for f in conflicts(option) if f.rule == "modality"], describe(option)
    plan = report(
        "The holder of the winning Kessel ticket will scoop $2.04 billion, the largest lottery "
        "prize.",
        deed,
    )
    assert [f for f in conflicts(plan) if f.rule == "modality"], describe(plan)


def test_one_span_in_days_and_in_months_is_consistent():
    """ "180 days" and "six months" are one span of time: a reader may take them for two."""
    r = report("The Varna court has 180 days to rule on the motion.",
               "The Varna court now has six months to rule on the motion.")
    found = [f for f in r.findings if f.rule == "number"]
    assert [f.verdict for f in found] == [Verdict.CONSISTENT], describe(r)
    assert _names(found[0], "180 days", "six months")


def test_spans_in_two_units_never_clash():
    """ "97 seconds" against "a minute" is rarely one span told twice: no conflict."""
    r = report("Lind scored twice in 97 seconds at the Harlow stadium.",
               "Lind scored twice in a minute at the Harlow stadium.")
    assert not conflicts(r), describe(r)


def test_a_role_in_capitals_and_a_firm_person_are_no_list_of_names():
    r = report("Ana Ruiz, managing director at Castor Advisory and Joint Administrator to "
               "Orvix, said staff would be paid.",
               "Administrators have been appointed from Castor's Ana Ruiz and Tom Reilly.")
    assert not [f for f in r.findings if f.rule == "entity-list"], describe(r)


def test_a_span_in_centuries_is_written_in_its_own_unit():
    r = report("The Varna diamond is the largest found in more than a century.",
               "The Varna diamond is the largest found in more than 100 years.")
    (found,) = [f for f in r.findings if f.rule == "number"]
    assert found.verdict is Verdict.CONSISTENT
    assert "(1, 1.1] centuries" in found.message and "(100, 110] years" in found.message


@pytest.mark.parametrize(
    ("before", "word", "noun"),
    [
        ("to restructure the loan and avoid a hard ", "default", True),  # the noun of the act
        ("only 35 were alive despite ", "rescue", True),
        ("The league ", "approved", False),  # a subject and its verb
        ("The unions ", "accept", False),
        ("Crews ", "rescued", False),
    ],
)
def test_a_denied_act_is_affirmed_by_its_verb_not_its_noun(before, word, noun):
    """ "never defaulted" is not contradicted by "avoid a hard default" (a noun), but is by
    "the club defaulted" (the act)."""
    assert negation._a_noun(before, word) is noun


def test_a_height_in_feet_is_not_set_against_a_width_in_metres():
    # 40 feet is 12.2 m: the same height in two units; the width is another measure. The
    # control: the same crane's width given as 12 feet and 9 metres is a misconversion.
    quiet = report(
        "The Arnby crane stands 40 feet tall and 30 feet wide, the port said.",
        "The Arnby crane is about 12 metres tall and 9 metres wide, the port said.",
    )
    units = [f for f in quiet.findings if f.rule == "unit"]
    assert units and not [f for f in units if f.verdict is Verdict.CONFLICT], describe(quiet)
    fired = report(
        "The Arnby crane stands 40 feet tall and 12 feet wide, the port said.",
        "The Arnby crane is about 12 metres tall and 9 metres wide, the port said.",
    )
    assert [f for f in fired.findings if f.rule == "unit" and f.verdict is Verdict.CONFLICT]


def test_a_consistent_finding_never_says_two_clashing_figures_agree():
    # "month-long" agrees with "four-week" and with "three-week"; those two clash, so no
    # finding may list them as agreeing
    found = story(
        {
            "alpha": "The jury at Arnby Crown Court acquitted Ivo Marek after a four-week trial.",
            "beta": "The jury at Arnby Crown Court acquitted Ivo Marek after a three-week trial.",
            "gamma": "The jury at Arnby Crown Court acquitted Ivo Marek after a month-long trial.",
        }
    )
    numbers = [f for f in found.findings if f.rule == "number"]
    assert [f for f in numbers if f.verdict is Verdict.CONFLICT], describe(found)
    for f in numbers:
        if f.verdict is Verdict.CONSISTENT:
            assert not ("four-week" in f.message and "three-week" in f.message), f.message


def test_a_name_with_and_without_its_accents_is_one_list_item():
    """ "Sanchez" and "Sánchez" are one person in house styles with and without accents."""
    r = report("Jon Varga, Lena Sánchez and Ole Brandt signed the Kessel accord on Friday.",
               "Jon Varga, Lena Sanchez and Ole Brandt signed the Kessel accord on Friday.")
    assert not [f for f in r.findings if f.rule == "entity-list"], describe(r)


def test_a_role_in_a_list_after_a_name_is_another_persons():
    """ "Jon Varga, his wife and two adult children": the wife is someone else, not Varga."""
    r = report("Kessel founder Jon Varga, his wife and two adult children have transferred "
               "their shares to a trust.",
               "Jon Varga said on Wednesday that he would transfer his family's shares to the "
               "trust.")
    assert not [f for f in r.findings if f.rule == "attribution"], describe(r)


def test_a_role_in_apposition_after_a_name_is_that_persons():
    r = report("Ana Ruiz, his wife, said the Kessel trust would hold the shares.",
               "Ana Ruiz said he would hold the Kessel shares in trust, and he signed the deed.")
    assert [f.verdict for f in r.findings if f.rule == "attribution"] == [Verdict.CONFLICT]


def test_a_body_by_its_initials_and_the_officer_who_speaks_for_it_are_one_speaker():
    person = (
        '"The hands have never been this close to midnight," said Ana Ruiz, president of the '
        "Kessel Institute of Atomic Studies."
    )
    body = '"The hands have never been this close to midnight," the KIAS said.'
    r = report(person, body)
    assert not _attributions(r), describe(r)
    control = report(person, body.replace("the KIAS", "the Varna Trust"))
    assert _attributions(control), describe(control)


def test_a_surname_spelt_two_ways_is_one_speaker():
    # the registry reads "Oleh Varnik" / "Oleg Varnyk" as one name: name-spelling's finding
    full = '"We will rebuild the bridge by winter," the band\'s frontman Oleg Varnyk said.'
    short = (
        'Oleh Varnik leads the band. "We will rebuild the bridge by winter," Varnik said.'
    )
    r = report(full, short)
    assert not _attributions(r), describe(r)


def test_one_clash_of_two_times_however_written_is_one_finding_citing_every_outlet():
    r = story({
        "alpha": "The Kessel Air flight landed back at Dorvale airport at 5:26 p.m. on Friday.",
        "beta": "The Kessel Air flight landed back at Dorvale airport at 05:27 pm on Friday.",
        "gamma": "The Kessel Air flight landed back at Dorvale airport at 5:26 pm on Friday.",
    })
    found = [f for f in conflicts(r) if f.rule == "date"]
    assert [f.sources for f in found] == [("alpha", "beta", "gamma")], describe(r)
