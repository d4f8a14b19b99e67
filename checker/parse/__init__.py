"""PARSE: the linguistic layer, from spaCy's English pipeline.

Tokens, lemmas, parts of speech, entities and the dependency tree of every sentence that
carries a figure, a date or a quotation. The pipeline is loaded once per process (once per Dask
worker) and each distinct sentence is parsed once per run: wire copies repeat sentences. The
stages after it read slots off the tree (checker/slots/) instead of guessing them from
neighbouring words.
"""
