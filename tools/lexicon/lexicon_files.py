"""Reading the lexicon's own hand-written lists, for the build scripts that
filter generated tables against them (build.py, build_companies.py)."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "src", "analysis", "lexicon")


def read_words(name):
    """The words of a lexicon file, space-separated, less comments."""
    words = set()
    with open(os.path.join(LEXICON, name), encoding="utf-8") as f:
        for line in f:
            if not line.startswith(("#", "[")):
                words.update(line.split())
    return words


def read_hand_given_names():
    return read_words("given_names.txt")


def read_hand_family_names():
    names, inside = set(), False
    with open(os.path.join(LEXICON, "lexicon.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                inside = line == "[family names]"
            elif inside and line and not line.startswith("#"):
                names.update(n.strip() for n in line.split(",") if n.strip())
    return names
