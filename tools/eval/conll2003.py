"""CoNLL-2003 English NER (IOB1) -> a corpus `../shared/eval/score.py` reads
(articles/ID.json and gold/ID.json), prose documents only: wire news to
measure names on, a check that no rule was tuned on.

Measuring only: the text is Reuters news of 1996, never copied into the
project, and nothing shipped is learned from it. The data is not here; one
public copy is in the GitHub repository synalp/NER (corpus/CoNLL-2003/):

    git clone --depth 1 https://github.com/synalp/NER /tmp/ner
    python3 tools/eval/conll2003.py /tmp/ner/corpus/CoNLL-2003/eng.testa /tmp/conll/testa
    python3 tools/eval/conll2003.py /tmp/ner/corpus/CoNLL-2003/eng.testb /tmp/conll/testb
    python3 ../shared/eval/score.py --bin target/release/byline --corpus /tmp/conll/testb

A document's headline is its title and each prose sentence a paragraph
(results tables and datelines are left out); PER, ORG and LOC become person,
organization and place (MISC is not scored), one gold row per distinct name,
so only the mention figures mean anything (sidebar rows are not merged as a
reader's would be)."""
import json, os, re, sys

src, out = sys.argv[1], sys.argv[2]
KIND = {"PER": "person", "ORG": "organization", "LOC": "place"}
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "'s", "n't", "'", "%", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}


def docs(path):
    doc, sent = [], []
    for line in open(path, encoding="latin-1"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent: doc.append(sent); sent = []
            if doc: yield doc
            doc = []
            continue
        if not line.strip():
            if sent: doc.append(sent); sent = []
            continue
        parts = line.split(" ")
        sent.append((parts[0], parts[-1]))
    if sent: doc.append(sent)
    if doc: yield doc


def detok(sent):
    """Text of a sentence and the (start, end, kind) of its entities (byte offsets; text is ASCII/latin-1 -> utf-8)."""
    text, ents, cur, in_quote = "", [], None, False
    prev_tok = None
    for i, (tok, tag) in enumerate(sent):
        space = bool(text)
        if tok in NO_SPACE_BEFORE or (prev_tok in NO_SPACE_AFTER):
            space = False
        if tok == '"':
            if in_quote: space = False
            in_quote = not in_quote
        elif prev_tok == '"' and in_quote:
            space = False
        if space: text += " "
        start = len(text.encode())
        text += tok
        end = len(text.encode())
        typ = tag[2:] if tag != "O" else None
        if typ and (cur is None or cur[2] != typ or tag.startswith("B-")):
            if cur: ents.append(cur)
            cur = [start, end, typ]
        elif typ:
            cur[1] = end
        else:
            if cur: ents.append(cur)
            cur = None
        prev_tok = tok
    if cur: ents.append(cur)
    return text, ents


def prose(sent):
    toks = [t for t, _ in sent]
    letters = sum(1 for t in toks if re.search(r"[a-z]", t))
    return len(toks) >= 8 and toks[-1] in {".", '"', "?", "!"} and letters / len(toks) > 0.5


os.makedirs(out + "/articles", exist_ok=True)
os.makedirs(out + "/gold", exist_ok=True)
kept = 0
for n, doc in enumerate(docs(src)):
    body = [s for s in doc[1:] if prose(s)]
    if len(body) < 4 or len(body) < 0.6 * (len(doc) - 1):
        continue
    title, _ = detok(doc[0])
    paragraphs, entities = [], {}
    for s in body:
        text, ents = detok(s)
        p = len(paragraphs)
        paragraphs.append(text)
        for a, b, typ in ents:
            if typ not in KIND:
                continue
            name = text.encode()[a:b].decode()
            key = (name, typ)
            e = entities.setdefault(key, {"id": "E%d" % (len(entities) + 1), "kind": KIND[typ], "name": name, "mentions": []})
            e["mentions"].append({"paragraph": p, "start": a, "end": b, "text": name})
    doc_id = "conll-%03d" % n
    art = {"title": title.title() if title.isupper() else title, "url": "", "published": "1996-12-06", "source": "Reuters", "paragraphs": paragraphs}
    gold = {"id": doc_id, "title": art["title"], "paragraphs": paragraphs, "entities": list(entities.values()), "quotes": []}
    json.dump(art, open(f"{out}/articles/{doc_id}.json", "w"), ensure_ascii=False)
    json.dump(gold, open(f"{out}/gold/{doc_id}.json", "w"), ensure_ascii=False)
    kept += 1
print("kept", kept, "documents")
