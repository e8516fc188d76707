"""Self-check of a golden set in the heldout3 format (standard library only), shared by the blind sets
heldout3 ... heldout7 (each folder's validate.py runs it on that folder).

python3 benchmarks/golden_validate.py SET_DIR [GAZETTEER_DIR]

Adapted from benchmarks/heldout2/validate.py. Checks, for every NNN_<slug>.txt and its
expected/NNN_<slug>.json:
- the JSON parses; the top-level keys and the keys of every person/place/organisation/date/
  statement/event are exactly the heldout2 ones, with the right types;
- doc_date is a real calendar date (ISO);
- every "as written" string occurs verbatim in the text: dateline_place, person names,
  honorifics, roles, non-district place names, organisation aliases (and the name when there is
  no alias), date texts, statement sentences, event types;
- person names do not start with an honorific; honorifics come from the allowed set;
- places: kind from the allowed set; districts/states/UTs match the gazetteer (a district or
  state must be written in the text under its canonical name or a gazetteer alias, compared
  without spaces, or by its first word: टिहरी -> टिहरी गढ़वाल); `state` is null for states/UTs/countries;
- dates: in text order; type from {date,time,duration,set}; TIMEX3 value well formed AND valid
  (real calendar dates, ISO weeks 1-53, ordered intervals, hours/minutes in range), value form
  consistent with the type; a span that names a weekday resolves to a date on that weekday;
- statements: kind from the allowed set; whole sentences (split at । ॥ ? ! and line breaks,
  never at a dot), in text order, not the headline (first line);
- events: type from the event lemmas of samples/README.md, status reported/announced, date
  among the annotated date values (or null), place among the annotated place names (or null).
Prints one line per document and the totals; exits 1 if any document fails.
"""
import csv, datetime, json, os, re, sys
from collections import Counter

#: the project's reference gazetteer next to the checkout (../shared/data/gazetteer_hi)
DEFAULT_GAZ = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                           'shared', 'data', 'gazetteer_hi')
KEYS = ["doc_id", "doc_date", "dateline_place", "people", "places", "organizations",
        "dates", "statements", "events"]
PERSON_KEYS = ["name", "honorific", "roles"]
PLACE_KEYS = ["name", "kind", "state"]
ORG_KEYS = ["name", "aliases"]
DATE_KEYS = ["text", "value", "type"]
STMT_KEYS = ["kind", "sentence"]
EVENT_KEYS = ["type", "status", "date", "place"]
KINDS = {"decision", "directive", "plan", "action"}
DATE_TYPES = {"date", "time", "duration", "set"}
PLACE_KINDS = {"country", "state", "ut", "district", "tehsil", "block", "city",
               "police_station", "village", "locality"}
HONORIFICS = {"श्री", "श्रीमती", "सुश्री", "कु.", "कुमारी", "डॉ.", "डॉ०", "डा.", "डा०", "मा०",
              "माननीय श्री", "प्रो.", "हाजी", "पंडित", "जी", "न्यायमूर्ति"}
EVENT_TYPES = {"बैठक", "समीक्षा बैठक", "सम्मेलन", "कार्यशाला", "शिविर", "प्रशिक्षण", "अभियान",
               "समारोह", "संगोष्ठी", "यात्रा", "धरना"}
WEEKDAYS = {"सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "शुक्रवार": 4, "शनिवार": 5,
            "रविवार": 6, "Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
DEV = str.maketrans('०१२३४५६७८९', '0123456789')


def sentences(text):
    out = []
    for line in text.split('\n'):
        for m in re.finditer(r'[^।॥?!]+[।॥?!]?', line):
            s = m.group().strip()
            if s:
                out.append(s)
    return out


def load_gaz(gaz_dir):
    states, state_forms, districts, district_forms = {}, {}, {}, {}
    with open(os.path.join(gaz_dir, 'states.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            states[r['state_hi']] = r['kind']
            state_forms[r['state_hi']] = [r['state_hi']] + [a for a in r['state_hi_aliases'].split('|') if a]
    with open(os.path.join(gaz_dir, 'districts.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            districts.setdefault(r['district_hi'], set()).add(r['state_hi'])
            district_forms.setdefault(r['district_hi'], [r['district_hi']]).extend(
                a for a in r['district_hi_aliases'].split('|') if a)
    return states, state_forms, districts, district_forms


def nospace(s):
    return re.sub(r'[\s०.]', '', s)


def valid_day(y, m, d):
    try:
        return datetime.date(int(y), int(m), int(d))
    except ValueError:
        return None


def check_value(v, typ):
    """Return an error string or None. Also returns the calendar date for full-date values."""
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}):(\d{2})|(MO|AF|EV|NI)))?', v)
    if m:
        day = valid_day(m.group(1), m.group(2), m.group(3))
        if day is None:
            return 'not a calendar date', None
        if m.group(4) is not None and (int(m.group(4)) > 23 or int(m.group(5)) > 59):
            return 'bad clock time', None
        has_t = 'T' in v
        if has_t and typ != 'time':
            return 'time value with type %s' % typ, None
        if not has_t and typ != 'date':
            return 'date value with type %s' % typ, None
        return None, day
    m = re.fullmatch(r'(\d{4})-(\d{2})', v)
    if m:
        if not 1 <= int(m.group(2)) <= 12:
            return 'bad month', None
        return (None if typ == 'date' else 'month value with type %s' % typ), None
    if re.fullmatch(r'\d{4}', v):
        return (None if typ == 'date' else 'year value with type %s' % typ), None
    m = re.fullmatch(r'(\d{4})-W(\d{2})', v)
    if m:
        weeks = datetime.date(int(m.group(1)), 12, 28).isocalendar()[1]
        if not 1 <= int(m.group(2)) <= weeks:
            return 'bad ISO week', None
        return (None if typ == 'date' else 'week value with type %s' % typ), None
    m = re.fullmatch(r'(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})', v)
    if m:
        a = valid_day(*m.group(1).split('-'))
        b = valid_day(*m.group(2).split('-'))
        if a is None or b is None or a > b:
            return 'bad interval', None
        return (None if typ == 'date' else 'interval with type %s' % typ), None
    if re.fullmatch(r'XXXX-WXX-[1-7]', v):
        return (None if typ == 'set' else 'weekday set with type %s' % typ), None
    if re.fullmatch(r'P\d+[YMWD]|PT\d+[HMS]', v):
        return (None if typ in ('duration', 'set') else 'duration value with type %s' % typ), None
    return 'malformed TIMEX3 value', None


def exact_keys(obj, keys, what, err):
    if not isinstance(obj, dict) or list(obj) != keys:
        err.append(f'{what} keys: {list(obj) if isinstance(obj, dict) else type(obj).__name__}')
        return False
    return True


def check(stem, rec, text, gaz):
    states, state_forms, districts, district_forms = gaz
    err = []
    ns_text = nospace(text)

    def need(s, what):
        if s is not None and s not in text:
            err.append(f'{what} not in text: {s!r}')

    if list(rec) != KEYS:
        err.append(f'keys {list(rec)}')
        return err
    if rec['doc_id'] != stem:
        err.append('doc_id')
    if rec['doc_date'] is not None:
        try:
            datetime.date.fromisoformat(rec['doc_date'])
        except (TypeError, ValueError):
            err.append('doc_date not an ISO date')
    need(rec['dateline_place'], 'dateline_place')

    names = []
    for p in rec['people']:
        if not exact_keys(p, PERSON_KEYS, 'person', err):
            continue
        need(p['name'], 'person')
        names.append(p['name'])
        if p['honorific'] is not None:
            need(p['honorific'], 'honorific')
            if p['honorific'] not in HONORIFICS:
                err.append(f'honorific not allowed: {p["honorific"]!r}')
        if any(p['name'].startswith(h + ' ') for h in HONORIFICS):
            err.append(f'name starts with an honorific: {p["name"]!r}')
        if not isinstance(p['roles'], list) or len(set(p['roles'])) != len(p['roles']):
            err.append(f'roles not a list of distinct strings: {p}')
        for r in p['roles']:
            need(r, 'role')
    if len(set(names)) != len(names):
        err.append('duplicate person')

    place_names = []
    for p in rec['places']:
        if not exact_keys(p, PLACE_KEYS, 'place', err):
            continue
        place_names.append(p['name'])
        if p['kind'] not in PLACE_KINDS:
            err.append(f'place kind {p}')
        if p['kind'] == 'district':
            if p['state'] not in districts.get(p['name'], ()):
                err.append(f'district not in gazetteer: {p}')
            forms = district_forms.get(p['name'], [p['name']])
            if not any(nospace(f) in ns_text for f in forms) and p['name'].split()[0] not in text:
                err.append(f'district not written in text under any form: {p["name"]}')
        elif p['kind'] in ('state', 'ut'):
            if states.get(p['name']) != p['kind'] or p['state'] is not None:
                err.append(f'state not in gazetteer: {p}')
            if not any(nospace(f) in ns_text for f in state_forms.get(p['name'], [p['name']])):
                err.append(f'state not written in text under any form: {p["name"]}')
        else:
            need(p['name'], 'place')
            if p['kind'] == 'country' and p['state'] is not None:
                err.append(f'country with a state: {p}')
        if p['state'] is not None and p['state'] not in states:
            err.append(f'bad state {p}')
    if len(set(place_names)) != len(place_names):
        err.append('duplicate place')

    org_names = []
    for o in rec['organizations']:
        if not exact_keys(o, ORG_KEYS, 'organization', err):
            continue
        org_names.append(o['name'])
        for a in o['aliases']:
            need(a, 'alias')
        if len(set(o['aliases'])) != len(o['aliases']) or o['name'] in o['aliases']:
            err.append(f'aliases not distinct: {o}')
        if o['name'] not in text and not o['aliases']:
            err.append(f'org neither written nor aliased: {o}')
    if len(set(org_names)) != len(org_names):
        err.append('duplicate organization')

    pos = 0
    for d in rec['dates']:
        if not exact_keys(d, DATE_KEYS, 'date', err):
            continue
        i = text.find(d['text'], pos)
        if i < 0:
            err.append(f'date not found in order: {d}')
        else:
            pos = i + 1
        if d['type'] not in DATE_TYPES:
            err.append(f'type {d}')
        problem, day = check_value(d['value'], d['type'])
        if problem:
            err.append(f'TIMEX3 value ({problem}): {d}')
        if day is not None:
            for w, n in WEEKDAYS.items():
                if re.search(r'(^|[\s,])' + w + r'($|[\s,])', d['text'].translate(DEV)) and day.weekday() != n:
                    err.append(f'weekday mismatch: {d}')

    segs = sentences(text)
    headline = text.split('\n', 1)[0].strip()
    last = -1
    for s in rec['statements']:
        if not exact_keys(s, STMT_KEYS, 'statement', err):
            continue
        if s['kind'] not in KINDS:
            err.append(f'kind {s}')
        if s['sentence'] == headline:
            err.append(f'headline as statement: {s["sentence"][:30]}')
        if s['sentence'] not in segs:
            err.append(f'not a whole sentence: {s["sentence"]!r}')
        else:
            k = segs.index(s['sentence'])
            if k <= last:
                err.append(f'statement order: {s["sentence"][:30]}')
            last = k

    values = {d['value'] for d in rec['dates']}
    for e in rec['events']:
        if not exact_keys(e, EVENT_KEYS, 'event', err):
            continue
        need(e['type'], 'event type')
        if e['type'] not in EVENT_TYPES:
            err.append(f'event type not an event lemma: {e["type"]}')
        if e['status'] not in ('reported', 'announced'):
            err.append(f'status {e}')
        if e['date'] is not None and e['date'] not in values:
            err.append(f'event date not among dates: {e}')
        if e['place'] is not None and e['place'] not in place_names:
            err.append(f'event place not among places: {e}')
    return err


def main(here, gaz_dir=None):
    """Check every document of the set folder ``here``; exit 1 if any fails."""
    gaz = load_gaz(gaz_dir or DEFAULT_GAZ)
    bad = 0
    tot = Counter()
    kinds, status = Counter(), Counter()
    stems = sorted(f[:-4] for f in os.listdir(here) if f.endswith('.txt'))
    for stem in stems:
        text = open(os.path.join(here, stem + '.txt'), encoding='utf-8').read()
        path = os.path.join(here, 'expected', stem + '.json')
        try:
            rec = json.load(open(path, encoding='utf-8'))
        except (OSError, ValueError) as e:
            print(f'{stem:40} FAIL: {e}')
            bad += 1
            continue
        err = check(stem, rec, text, gaz)
        n = dict(words=len(text.split()), people=len(rec['people']),
                 roles=sum(len(p['roles']) for p in rec['people']), places=len(rec['places']),
                 orgs=len(rec['organizations']), dates=len(rec['dates']),
                 statements=len(rec['statements']), events=len(rec['events']))
        tot.update(n)
        kinds.update(s['kind'] for s in rec['statements'])
        status.update(e['status'] for e in rec['events'])
        if not 150 <= n['words'] <= 450:
            err.append(f'length {n["words"]} words outside 150-450')
        print(f"{stem:40} " + ' '.join(f'{k}={v:3}' for k, v in n.items()) + f" {'OK' if not err else 'FAIL'}")
        for e in err:
            print('   ', e)
        bad += bool(err)
    print(f"{'TOTAL (' + str(len(stems)) + ' documents)':40} " + ' '.join(f'{k}={v:3}' for k, v in tot.items()))
    print('statements by kind:', dict(sorted(kinds.items())), '| events:', dict(sorted(status.items())))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
