"""SLOTS: the readers of a figure's slots off the dependency tree of its sentence.

measure.py says what the figure is and measures (the word that governs it), holder.py whose it
is, circumstances.py where and when, credited.py on whose count, status.py in what status;
tree.py answers the small questions about tokens they all ask, words.py holds their word lists.
The frame that carries the answers, and its comparisons, are checker/frames.py's.
"""
