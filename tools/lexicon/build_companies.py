#!/usr/bin/env python3
"""Builds src/analysis/lexicon/companies.txt from the `pytickersymbols` package.

Reproducible: the same package version and lexicon give the same file.

    python3 -m venv /tmp/tick-venv
    /tmp/tick-venv/bin/pip install pytickersymbols==1.17.10
    /tmp/tick-venv/bin/python tools/lexicon/build_companies.py

The package (MIT) lists the members of twenty stock indices (S&P 500,
NASDAQ 100, FTSE 100, DAX, CAC 40, Nikkei 225, ...) with their names. We
keep each company's name as news writes it: without its legal form ("Inc.",
"plc", "and Company", "AG") or a class of shares, and only where the name is
evidence on its own. A single word that is also a common English word
("Target", "Next"), a given name, a family name or a city is left out, and
so is one with a possessive ("Lowe's"), and a two-word name that opens with
a given name ("Walt Disney"): there the story must say what it is. Nothing here is read from, or checked
against, the evaluation corpora.
"""

import importlib.metadata
import os
import re

from pytickersymbols import PyTickerSymbols

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "src", "analysis", "lexicon")
OUT = os.path.join(LEXICON, "companies.txt")

# Legal forms and share classes that end a listed name but not the name
# news uses ("Eli Lilly and Company" is "Eli Lilly").
ENDINGS = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|plc|PLC|"
    r"AG|SE|SA|S\.A\.|N\.V\.|NV|A/S|ASA|AB|Oyj|S\.p\.A\.|SpA|KGaA|& Co\.|GmbH|Holding|"
    r"Group Holdings|\(publ\)|\(The\)|\(Class [A-C]\)|Class [A-C]))+$"
)
# Names left with these alone say nothing ("Company", "Holdings").
EMPTY = {"", "Company", "Holdings", "Group", "The"}


def words_of(path, comment="#"):
    """The words of a lexicon file, space- or line-separated."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(comment) or line.startswith("["):
                continue
            out.update(line.split())
    return out


def family_names():
    """The lexicon's family names (a section of lexicon.txt)."""
    names, inside = set(), False
    with open(os.path.join(LEXICON, "lexicon.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("["):
                inside = line.strip() == "[family names]"
                continue
            if inside and not line.startswith("#"):
                names.update(w.strip(",") for w in line.split())
    return names


def news_name(listed):
    name = re.sub(r"\s*\(.*?\)\s*$", "", listed.strip())
    name = ENDINGS.sub("", name).strip().rstrip(",")
    name = re.sub(r"\s+and$", "", name)
    if name.startswith("The "):
        name = name[4:]
    return name


def main():
    common = words_of(os.path.join(LEXICON, "common_words.txt"))
    given = (
        words_of(os.path.join(LEXICON, "given_names.txt"))
        | words_of(os.path.join(LEXICON, "given_names_us.txt"))
        | words_of(os.path.join(LEXICON, "given_names_world.txt"))
    )
    family = family_names()
    cities = set()
    with open(os.path.join(LEXICON, "cities.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                cities.add(line.strip())

    names = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = news_name(stock["name"])
        if name in EMPTY or not re.search(r"[A-Za-z]", name) or len(name) < 3:
            continue
        if not name[0].isupper() and not name[0].isdigit():
            continue
        words = name.split()
        if len(words) == 1:
            word = words[0]
            # "Lowe's", "Campbell's": read without the possessive, the name
            # would make every Lowe in a story a company.
            if word.endswith(("'s", "’s")):
                continue
            if (
                word.lower() in common
                or word in given
                or word in family
                or word in cities
                or word.isupper() and len(word) <= 3
            ):
                continue
        if name in cities:
            continue
        if len(words) == 2 and words[0] in given:
            # "Walt Disney", "Charles Schwab": named after a person, who
            # may be the one the story is about; the hand-written list
            # holds the few that news means as the company.
            continue
        names.add(name)

    version = importlib.metadata.version("pytickersymbols")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(
            "# Companies listed on twenty stock indices (S&P 500, NASDAQ 100, FTSE 100,\n"
            "# DAX, CAC 40, Nikkei 225 and others), as news names them: the\n"
            f"# `pytickersymbols` package {version} (MIT, https://github.com/portfolioplus/\n"
            "# pytickersymbols), less legal forms, and less single words that are common\n"
            "# words, given or family names or cities. Generated by\n"
            "# tools/lexicon/build_companies.py: do not edit.\n"
            "[listed companies]\n"
        )
        for name in sorted(names):
            f.write(name + "\n")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
