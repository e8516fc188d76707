"""Self-check for the heldout2 golden files (stdlib only).

python3 benchmarks/heldout2/validate.py [GAZETTEER_DIR]
Checks: JSON parses with the expected keys; every "as written" string occurs verbatim
in its text; dates and statements are in text order; statement sentences are whole
sentences (split at । ॥ ? ! and line breaks); TIMEX3 values are well formed; event
dates/places refer to annotated dates/places; district/state names match the gazetteer.
"""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/gazetteer_hi'
KEYS = ["doc_id", "doc_date", "dateline_place", "people", "places", "organizations",
        "dates", "statements", "events"]
KINDS = {"decision", "directive", "plan", "action"}
PLACE_KINDS = {"country", "state", "ut", "district", "tehsil", "block", "city",
               "police_station", "village", "locality"}
TIMEX = re.compile(r'^(\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?)?'
                   r'|\d{4}-W\d{2}|XXXX-WXX-[1-7]|XXXX-\d{2}-\d{2}'
                   r'|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}'
                   r'|PT?\d+[YMWDHS])$')

def sentences(text):
    out = []
    for line in text.split('\n'):
        for m in re.finditer(r'[^।॥?!]+[।॥?!]?', line):
            s = m.group().strip()
            if s:
                out.append(s)
    return out

def load_gaz():
    states, districts = {}, {}
    with open(os.path.join(GAZ, 'states.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            states[r['state_hi']] = r['kind']
    with open(os.path.join(GAZ, 'districts.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            districts.setdefault(r['district_hi'], set()).add(r['state_hi'])
    return states, districts

def check(stem, rec, text, states, districts):
    err = []
    def need(s, what):
        if s is not None and s not in text:
            err.append(f'{what} not in text: {s!r}')
    if list(rec) != KEYS:
        err.append(f'keys {list(rec)}')
    if rec['doc_id'] != stem:
        err.append('doc_id')
    if rec['doc_date'] is not None and not re.match(r'^\d{4}-\d{2}-\d{2}$', rec['doc_date']):
        err.append('doc_date format')
    need(rec['dateline_place'], 'dateline_place')
    for p in rec['people']:
        need(p['name'], 'person'); need(p['honorific'], 'honorific')
        for r in p['roles']:
            need(r, 'role')
    names = [p['name'] for p in rec['places']]
    for p in rec['places']:
        if p['kind'] not in PLACE_KINDS:
            err.append(f'place kind {p}')
        if p['kind'] == 'district':
            if p['state'] not in districts.get(p['name'], ()):
                err.append(f'district not in gazetteer: {p}')
        elif p['kind'] in ('state', 'ut'):
            if states.get(p['name']) != p['kind'] or p['state'] is not None:
                err.append(f'state not in gazetteer: {p}')
        else:
            need(p['name'], 'place')
        if p['state'] is not None and p['state'] not in states:
            err.append(f'bad state {p}')
    for o in rec['organizations']:
        for a in o['aliases']:
            need(a, 'alias')
        if o['name'] not in text and not o['aliases']:
            err.append(f'org neither written nor aliased: {o}')
    pos = 0
    for d in rec['dates']:
        i = text.find(d['text'], pos)
        if i < 0:
            err.append(f'date not found in order: {d}')
        else:
            pos = i + 1
        if not TIMEX.match(d['value']):
            err.append(f'TIMEX3 value {d}')
        if d['type'] not in ('date', 'time', 'duration', 'set'):
            err.append(f'type {d}')
    segs = sentences(text)
    last = -1
    for s in rec['statements']:
        if s['kind'] not in KINDS:
            err.append(f'kind {s}')
        if s['sentence'] not in segs:
            err.append(f'not a whole sentence: {s["sentence"]!r}')
        else:
            k = segs.index(s['sentence'])
            if k <= last:
                err.append(f'statement order: {s["sentence"][:30]}')
            last = k
    values = {d['value'] for d in rec['dates']}
    for e in rec['events']:
        need(e['type'], 'event type')
        if e['status'] not in ('reported', 'announced'):
            err.append(f'status {e}')
        if e['date'] is not None and e['date'] not in values:
            err.append(f'event date not among dates: {e}')
        if e['place'] is not None and e['place'] not in names:
            err.append(f'event place not among places: {e}')
    return err

def main():
    states, districts = load_gaz()
    bad = 0
    stems = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith('.txt'))
    for stem in stems:
        text = open(os.path.join(HERE, stem + '.txt'), encoding='utf-8').read()
        rec = json.load(open(os.path.join(HERE, 'expected', stem + '.json'), encoding='utf-8'))
        err = check(stem, rec, text, states, districts)
        words = len(text.split())
        roles = sum(len(p['roles']) for p in rec['people'])
        print(f"{stem:36} words={words:3} people={len(rec['people']):2} roles={roles:2} "
              f"places={len(rec['places'])} orgs={len(rec['organizations'])} dates={len(rec['dates']):2} "
              f"statements={len(rec['statements'])} events={len(rec['events'])} {'OK' if not err else 'FAIL'}")
        for e in err:
            print('   ', e)
        bad += bool(err)
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
