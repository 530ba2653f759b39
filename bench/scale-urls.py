#!/usr/bin/env python3
"""Distinct catalog URLs for bench/catalog-scale.sh: every one a different page of the app's page cache.

    bench/scale-urls.py DATABASE_URL OUT_DIR warm=40000 mix=75000 crawl=50000 check=30

writes OUT_DIR/urls-<set>.txt (one path per line, e.g. /?q=silk&category=saree&max=15000&page=3) and prints a summary.
Every URL is already in the app's canonical form (CatalogQuery#toQueryString: parameters in a fixed order, defaults
left out, values encoded like java.net.URLEncoder, no leading zeros), and no canonical string occurs twice, in one set
or across sets; none is the plain catalog "/" (the crawl's probe asks for that one).

A URL combines (each drawn on its own, seeded, so the same catalog gives the same URLs): q (words of the titles and
tags: colours, fabrics, work, occasions, garments; two-word combinations; words that match nothing), category, min
and/or max (whole rupees), color, size, new=1, sort (newest | price_asc | price_desc) and page. The page is always
within the result: the number of matching products is counted exactly, with the catalog's own predicates (lower()
equality on categories and variant values, price in paise, published_at within 14 days for new=1, and PostgreSQL's
websearch_to_tsquery('english', q) @@ product_search_document(...) for q, evaluated once per distinct document), so
page 2..5 is only chosen when the selection has that many pages of 24.

Sets: check-ok are extra URLs the script asks for with curl first (expected 200), check-last the last page of a
selection with 2-5 pages (200), check-past the page after it (404) -- the latter two without q, so that a catalog
whose search matches a few more pieces (phrases matched by their words) still answers as expected.
Needs only python3 and psql.
"""
import bisect
import collections
import random
import subprocess
import sys
import urllib.parse

PAGE_SIZE = 24
NEW_DAYS = 14
VISIBLE = "p.status IN ('PUBLISHED', 'SOLD_OUT')"
NO_MATCH = ["denim", "tuxedo", "sherwani", "leather", "kimono", "polka dots", "jumpsuit", "hoodie", "tweed", "sequin gown",
            "bomber jacket", "cargo"]
NO_CATEGORY = ["gown", "jacket"]
NO_COLOR = ["Turquoise", "Beige"]
SORTS = [(None, 0.5), ("price_asc", 0.25), ("price_desc", 0.25)]  # newest is the default: left out


def psql(url, script):
    out = subprocess.run(["psql", url, "-XAtq", "-v", "ON_ERROR_STOP=1", "-F", "\t", "-f", "-"], input=script,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("scale-urls.py: psql failed: " + out.stderr.strip())
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def copy_text(value):
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    db, out_dir = sys.argv[1], sys.argv[2]
    sets = []
    for arg in sys.argv[3:]:
        name, count = arg.split("=")
        sets.append((name, int(count)))
    rng = random.Random(20240611)

    # ------------------------------------------------------------------ the catalog as buyers see it, in one session
    words = psql(db, f"""
        SELECT DISTINCT w FROM (
            SELECT regexp_split_to_table(lower(p.title), '\\s+') AS w FROM products p WHERE {VISIBLE}
            UNION ALL SELECT lower(t) FROM products p, jsonb_array_elements_text(p.tags) t WHERE {VISIBLE}) x
         WHERE w <> '' AND w NOT IN ('with', 'and', 'the', 'a', 'of', 'for') ORDER BY 1;""")
    vocab = [w[0] for w in words]
    if not vocab:
        sys.exit("scale-urls.py: no visible products")
    titles = [r[0] for r in psql(db, f"SELECT DISTINCT lower(p.title) FROM products p WHERE {VISIBLE} ORDER BY 1;")]
    terms = set(vocab)
    for _ in range(1500):  # two words of one title (most match), or two words from anywhere (some match nothing)
        if rng.random() < 0.8:
            t = [w for w in rng.choice(titles).split() if w not in ("with", "and")]
            if len(t) >= 2:
                a, b = rng.sample(t, 2)
                terms.add(a + " " + b)
        else:
            terms.add(rng.choice(vocab) + " " + rng.choice(vocab))
    terms.update(NO_MATCH)
    terms = sorted(terms)

    rows = psql(db, "\n".join([
        "CREATE TEMP TABLE terms (i int, q text);",
        "COPY terms FROM STDIN;",
        *[f"{i}\t{copy_text(q)}" for i, q in enumerate(terms)],
        "\\.",
        f"""CREATE TEMP TABLE docs AS
            SELECT row_number() OVER () AS k, title, description, tags,
                   product_search_document(title, description, tags) AS doc
              FROM (SELECT DISTINCT p.title, p.description, p.tags FROM products p WHERE {VISIBLE}) d;""",
        f"""SELECT 'P', p.id, p.price_inr, (p.published_at >= now() - interval '{NEW_DAYS} days')::int, d.k,
                   coalesce((SELECT string_agg(DISTINCT lower(c), chr(31)) FROM jsonb_array_elements_text(p.categories) c), '')
              FROM products p
              JOIN docs d ON d.title = p.title AND d.description IS NOT DISTINCT FROM p.description
                         AND d.tags IS NOT DISTINCT FROM p.tags
             WHERE {VISIBLE};""",
        f"""SELECT 'V', v.product_id, CASE WHEN lower(v.type) = 'size' THEN 's' ELSE 'c' END, lower(v.value)
              FROM variant_options v JOIN products p ON p.id = v.product_id
             WHERE {VISIBLE} AND lower(v.type) IN ('color', 'colour', 'size');""",
        f"""SELECT 'F', CASE WHEN lower(v.type) = 'size' THEN 's' ELSE 'c' END, min(v.value)
              FROM variant_options v JOIN products p ON p.id = v.product_id
             WHERE {VISIBLE} AND lower(v.type) IN ('color', 'colour', 'size') GROUP BY 2, lower(v.value) ORDER BY 2, 3;""",
        """WITH t AS MATERIALIZED (SELECT i, websearch_to_tsquery('english', q) AS tq FROM terms)
           SELECT 'M', t.i, d.k FROM t JOIN docs d ON d.doc @@ t.tq;""",
    ]))

    products = []  # (price_paise, id, new, doc, categories)
    variants = collections.defaultdict(list)  # id -> [(kind, lower value)]
    facet = {"c": [], "s": []}
    matches = collections.defaultdict(list)  # term index -> [doc]
    for r in rows:
        if r[0] == "P":
            products.append((int(r[2]), int(r[1]), r[3] == "1", int(r[4]), r[5].split("\x1f") if r[5] else []))
        elif r[0] == "V":
            variants[int(r[1])].append((r[2], r[3]))
        elif r[0] == "F":
            facet[r[1]].append(r[2])
        elif r[0] == "M":
            matches[int(r[1])].append(int(r[2]))
    products.sort()
    n = len(products)
    prices = [p[0] for p in products]

    # ------------------------------------------------------- one bit per product (ordered by price) per filter value
    positions = collections.defaultdict(list)
    for pos, (price, pid, new, doc, cats) in enumerate(products):
        if new:
            positions[("new",)].append(pos)
        positions[("doc", doc)].append(pos)
        for c in set(cats):
            positions[("category", c)].append(pos)
        for kind, value in set(variants.get(pid, ())):
            positions[("color" if kind == "c" else "size", value)].append(pos)

    def bits(posns):
        b = bytearray((n + 7) // 8)
        for p in posns:
            b[p >> 3] |= 1 << (p & 7)
        return int.from_bytes(b, "little")

    masks = {key: bits(v) for key, v in positions.items()}
    doc_masks = {key[1]: m for key, m in masks.items() if key[0] == "doc"}
    term_mask = {}
    for i, q in enumerate(terms):
        m = 0
        for d in matches.get(i, ()):
            m |= doc_masks[d]
        term_mask[q] = m
    everything = (1 << n) - 1

    categories = sorted({c for p in products for c in p[4]})
    colors, sizes = facet["c"], facet["s"]
    singles = [t for t in terms if " " not in t and t not in NO_MATCH]
    pairs = [t for t in terms if " " in t and t not in NO_MATCH]

    combined = {}

    def count(sel):
        attrs = (sel.get("q"), *((sel.get(k) or "").lower() or None for k in ("category", "color", "size")),
                 bool(sel.get("new")))
        m = combined.get(attrs)
        if m is None:
            m = everything
            if attrs[0] is not None:
                m &= term_mask[attrs[0]]
            for key, value in zip(("category", "color", "size"), attrs[1:4]):
                if value is not None:
                    m &= masks.get((key, value), 0)
            if attrs[4]:
                m &= masks.get(("new",), 0)
            if len(combined) < 5000:
                combined[attrs] = m
        lo = bisect.bisect_left(prices, sel["min"] * 100) if sel.get("min") is not None else 0
        hi = bisect.bisect_right(prices, sel["max"] * 100) if sel.get("max") is not None else n
        if hi <= lo or m == 0:
            return 0
        return ((m >> lo) & ((1 << (hi - lo)) - 1)).bit_count()

    def weighted(choices):
        x, acc = rng.random(), 0.0
        for value, w in choices:
            acc += w
            if x < acc:
                return value
        return choices[-1][0]

    def draw(with_q=True):
        sel = {}
        if with_q and rng.random() < 0.3:
            x = rng.random()
            sel["q"] = rng.choice(singles if x < 0.45 else pairs if x < 0.93 else NO_MATCH)
        if rng.random() < 0.35:
            sel["category"] = rng.choice(NO_CATEGORY) if rng.random() < 0.03 else rng.choice(categories)
        x = rng.random()
        if x < 0.5:
            lo, hi = rng.randrange(10, 800) * 50, rng.randrange(40, 1001) * 50  # ₹500-39,950 / ₹2,000-50,000
            if lo > hi:
                lo, hi = hi, lo
            if x < 0.2:
                sel["min"], sel["max"] = lo, hi
            elif x < 0.35:
                sel["min"] = lo
            else:
                sel["max"] = hi
        if rng.random() < 0.25:
            sel["color"] = rng.choice(NO_COLOR) if rng.random() < 0.03 else rng.choice(colors)
        if rng.random() < 0.2:
            sel["size"] = rng.choice(sizes)
        if rng.random() < 0.12:
            sel["new"] = True
        sel["sort"] = weighted(SORTS)
        return sel

    def canonical(sel, page):
        parts = []
        for key in ("q", "category", "min", "max", "color", "size"):
            if sel.get(key) is not None:
                parts.append(key + "=" + urllib.parse.quote_plus(str(sel[key]), safe="*"))
        if sel.get("new"):
            parts.append("new=1")
        if sel.get("sort"):
            parts.append("sort=" + sel["sort"])
        if page > 1:
            parts.append("page=" + str(page))
        return "&".join(parts)

    filtered = ("q", "category", "min", "max", "color", "size", "new")
    seen = set()
    summary = []
    for name, wanted in sets:
        urls, totals, paged, empty, with_q, attempts, huge = [], [], 0, 0, 0, 0, 0
        while len(urls) < wanted:
            attempts += 1
            if attempts > wanted * 5000 + 100000:
                sys.exit(f"scale-urls.py: cannot find {wanted} distinct URLs for {name}")
            kind = "ok"
            if name.startswith("check-last") or name.startswith("check-past"):
                kind = name[6:10]
                sel = draw(with_q=False)
            else:
                sel = draw()
            if not any(sel.get(k) for k in filtered):
                continue
            total = count(sel)
            pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
            if kind == "ok":
                page = 1 if pages <= 1 or rng.random() < 0.5 else rng.randint(2, min(5, pages))
            elif 2 <= pages <= 5:
                page = pages if kind == "last" else pages + 1
            else:
                continue
            qs = canonical(sel, page)
            if qs in seen:
                continue
            seen.add(qs)
            urls.append("/?" + qs)
            totals.append(total)
            paged += page > 1
            empty += total == 0
            huge += total > 24000
            with_q += sel.get("q") is not None
        with open(f"{out_dir}/urls-{name}.txt", "w") as f:
            f.write("\n".join(urls) + "\n")
        totals.sort()
        summary.append(f"{name} {len(urls)} URLs: {100 * with_q // max(len(urls), 1)}% with q, "
                       f"{100 * paged // max(len(urls), 1)}% page 2-5, {100 * empty // max(len(urls), 1)}% no result, "
                       f"median {totals[len(totals) // 2]} results, "
                       f"{100 * huge // max(len(urls), 1)}% more than 24,000 (1,000 pages)")
    print(f"{n} visible products, {len(terms)} search texts ({len(singles)} words, {len(pairs)} pairs, "
          f"{len(NO_MATCH)} matching nothing), {len(categories)} categories, {len(colors)} colours, {len(sizes)} sizes")
    for line in summary:
        print(line)


if __name__ == "__main__":
    main()
