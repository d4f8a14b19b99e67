"""Behavioural tests in the manner of CheckList (Ribeiro et al., ACL 2020).

Tiny invented stories, generated from templates over twelve news domains, each a case of one
capability the tool must have: fire on a real discrepancy, stay quiet on a difference that is
not one. `python -m tests.behaviour` prints each capability's pass rate (see __main__.py).
"""
