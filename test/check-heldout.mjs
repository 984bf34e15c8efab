#!/usr/bin/env node
// Verifies a held-out QA file against the corpus folder it is about: every doc exists with that date,
// every expected substring is in ONE sentence of the named readout (and, for top-1 items, in no other
// readout), timelines list exactly the readouts whose text matches `match_terms`, and `none` items name
// `absent_terms` that really occur nowhere in the folder. Also counts items per kind.
// Not part of `npm test`: these files are an evaluation, not unit tests.
// Usage: node test/check-heldout.mjs test/qa-heldout.json corpus
//        node test/check-heldout.mjs test/qa-heldout-new.json test/corpus-heldout
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [qaFile, corpusDir, minArg] = process.argv.slice(2);
if (!qaFile || !corpusDir) {
  console.error('usage: node test/check-heldout.mjs QA_FILE CORPUS_DIR [MIN_PER_KIND]');
  process.exit(2);
}
const failures = [];
const fail = (id, msg) => failures.push(`${id}: ${msg}`);

// ---------- corpus (front matter optional: title/date/source) ----------
const docs = new Map();
for (const f of readdirSync(corpusDir).filter((f) => /\.md$/.test(f) && f !== 'README.md').sort()) {
  const raw = readFileSync(join(corpusDir, f), 'utf8');
  const m = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  const meta = m
    ? Object.fromEntries(m[1].split('\n').map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]))
    : {};
  docs.set(f, { ...meta, body: m ? m[2] : raw });
}

// ---------- sentence splitting (the same abbreviation-aware rules as ../shared/eval/check_public.mjs) ----------
const ABBR = new Set('U.S Dr Gen Lt Col Jr Mr Ms Mrs No Sept Sep Oct Aug Feb Jan Nov Dec Cmdr Capt Brig Maj St vs etc Adm Sgt Rep Sen Gov Hon'.split(' '));
function sentences(body) {
  const out = [];
  for (let para of body.split(/\n\s*\n/)) {
    para = para.split('\n').join(' ').trim();
    if (!para) continue;
    let start = 0;
    const re = /[.!?][”"’)]?(?=\s+[A-Z“"(])/g;
    let m;
    while ((m = re.exec(para))) {
      const pre = para.slice(start, m.index);
      const w = pre ? pre.split(/\s/).pop() : '';
      if (ABBR.has(w) || /^[A-Z]$/.test(w) || /^(?:[A-Z]\.)+[A-Z]$/.test(w)) continue;
      const end = m.index + m[0].length;
      out.push(para.slice(start, end).trim());
      start = end;
    }
    out.push(para.slice(start).trim());
  }
  return out.filter(Boolean);
}
const sents = new Map([...docs].map(([f, d]) => [f, sentences(d.body)]));
const inOneSentence = (f, sub) => sents.get(f).some((s) => s.includes(sub));

function checkOne(id, e, unique) {
  const d = docs.get(e.doc);
  if (!d) return fail(id, `unknown doc ${e.doc}`);
  if (e.date && d.date !== e.date) fail(id, `date ${e.date} != ${d.date} (${e.doc})`);
  if (e.sentence_contains === undefined) return;
  if (!d.body.includes(e.sentence_contains)) return fail(id, `substring not in ${e.doc}: "${e.sentence_contains}"`);
  if (!inOneSentence(e.doc, e.sentence_contains)) fail(id, `substring spans a sentence boundary in ${e.doc}`);
  if (unique) {
    const elsewhere = [...docs].filter(([f, x]) => f !== e.doc && x.body.includes(e.sentence_contains)).map(([f]) => f);
    if (elsewhere.length) fail(id, `substring also in ${elsewhere.join(', ')} (ambiguous top-1)`);
  }
}

const qa = JSON.parse(readFileSync(qaFile, 'utf8'));
const kinds = {};
const ids = new Set();
for (const it of qa) {
  const id = it.id ?? '(no id)';
  if (ids.has(id)) fail(id, 'duplicate id');
  ids.add(id);
  if (!['A', 'B', 'C', 'D', 'E', 'F', 'G', 'none'].includes(it.kind)) fail(id, `bad kind ${it.kind}`);
  kinds[it.kind] = (kinds[it.kind] ?? 0) + 1;
  if (!['ask', 'timeline', 'quote'].includes(it.command)) fail(id, `bad command ${it.command}`);
  if (typeof it.input !== 'string' || !it.input.trim()) fail(id, 'empty input');
  const e = it.expect ?? {};
  if (e.none === true) {
    if (it.kind !== 'none') fail(id, 'none expectation on a non-none kind');
    const terms = it.absent_terms ?? [];
    if (!terms.length) fail(id, 'none item without absent_terms');
    for (const t of terms) for (const [f, d] of docs)
      if (`${d.body}\n${d.title ?? ''}`.toLowerCase().includes(t.toLowerCase())) fail(id, `"${t}" occurs in ${f}`);
    continue;
  }
  if (it.kind === 'none') fail(id, 'kind none without {none: true}');
  if (it.command === 'ask') {
    if (e.all) for (const x of e.all) checkOne(id, x, false);
    else checkOne(id, e, true);
  } else if (it.command === 'timeline') {
    const { docs: list = [], dates = [], sentence_contains: ev = [] } = e;
    if (list.length < 2) fail(id, 'timeline with fewer than 2 docs');
    if (list.length !== dates.length) fail(id, 'docs/dates length mismatch');
    if (ev.length !== list.length) fail(id, 'one evidence string per doc');
    list.forEach((f, i) => {
      const d = docs.get(f);
      if (!d) return fail(id, `unknown doc ${f}`);
      if (d.date !== dates[i]) fail(id, `date ${dates[i]} != ${d.date} (${f})`);
      if (i && (dates[i] < dates[i - 1] || (dates[i] === dates[i - 1] && f < list[i - 1]))) fail(id, `not in (date, file) order at ${f}`);
      if (ev[i] !== undefined && !inOneSentence(f, ev[i])) fail(id, `evidence not in one sentence of ${f}: "${ev[i]}"`);
    });
    const res = (it.match_terms ?? []).map((t) => new RegExp(t, 'i'));
    if (!res.length) fail(id, 'timeline without match_terms');
    const from = it.period_from ?? '0000';
    const to = it.period_to ?? '9999';
    const should = [...docs].filter(([, d]) => d.date >= from && d.date <= to && res.some((r) => r.test(d.body))).map(([f]) => f);
    const missing = should.filter((f) => !list.includes(f));
    const extra = list.filter((f) => !should.includes(f));
    if (missing.length) fail(id, `readouts matching the topic but not listed: ${missing.join(', ')}`);
    if (extra.length) fail(id, `listed readouts that do not match the topic: ${extra.join(', ')}`);
    list.forEach((f, i) => {
      const s = sents.get(f)?.find((x) => ev[i] && x.includes(ev[i]));
      if (s && !res.some((r) => r.test(s))) fail(id, `evidence sentence in ${f} does not mention the topic`);
    });
  }
}
console.log(`${qaFile}: ${qa.length} items over ${docs.size} readouts in ${corpusDir}; per kind ${JSON.stringify(kinds)}`);
const min = Number(minArg ?? 0);
for (const k of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) if ((kinds[k] ?? 0) < min) fail('qa', `kind ${k}: ${kinds[k] ?? 0} items, want ≥ ${min}`);
if (failures.length) {
  console.log(`FAILED: ${failures.length}`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log('all checks passed');
