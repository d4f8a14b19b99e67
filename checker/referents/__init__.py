"""REFERENTS: what a figure refers to, read from the words of its claim.

Each reader takes a claim and one of its figures: whom the figure is about (party.py), what it
measures (measure.py), which group it counts (group.py), when it stands (status.py: an earlier
state, a proposal, a running count), and where it stands in its claim (clauses.py). The facts
(checker/facts.py) carry their answers; the frame read off the parse tree says more where the
sentence was parsed (checker/frames.py).
"""
