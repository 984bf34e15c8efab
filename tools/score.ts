/**
 * Scoring one answer against one evaluation item, with the rules of
 * ../shared/eval/README.md. 1 is full credit; `why` says what fell short.
 */
import { z } from 'zod';
import type { Answer, Citation } from '../src/answer/types.ts';
import { longDate } from '../src/text/dates.ts';

const Expected = z.object({
  date: z.string().optional(),
  doc: z.string().optional(),
  sentence_contains: z.string().optional(),
  sentence: z.string().optional(),
});

export const QaItemSchema = z.object({
  id: z.string(),
  /** What reading the item tests (qa-public-2: A–G, none), for the per-kind table. */
  kind: z.string().optional(),
  command: z.enum(['ask', 'timeline', 'quote']),
  input: z.string(),
  expect: z.looseObject({
    date: z.string().optional(),
    doc: z.string().optional(),
    sentence_contains: z.union([z.string(), z.array(z.string())]).optional(),
    sentence: z.string().optional(),
    answer_contains: z.string().optional(),
    all: z.array(Expected).optional(),
    dates: z.array(z.string()).optional(),
    docs: z.array(z.string()).optional(),
    none: z.boolean().optional(),
  }),
});
export type QaItem = z.infer<typeof QaItemSchema>;
type One = z.infer<typeof Expected>;

/** A result and the near-identical sentences grouped under it. */
function variants(r: Answer['results'][number]): Citation[] {
  return [r, ...(r.also ?? [])];
}

function matches(c: Citation, e: One): boolean {
  if (e.date && c.date !== e.date) return false;
  if (e.doc && c.doc !== e.doc) return false;
  if (e.sentence !== undefined && c.text !== e.sentence) return false;
  if (e.sentence_contains !== undefined && !c.text.includes(e.sentence_contains)) return false;
  return true;
}

/** Position (0-based) of the first result holding the expected sentence, or -1. */
function position(answer: Answer, e: One, within: number): number {
  return answer.results.slice(0, within).findIndex((r) => variants(r).some((c) => matches(c, e)));
}

const flat = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function headlineHas(headline: string, wanted: string): boolean {
  const h = ` ${flat(headline)} `;
  const forms = [wanted];
  if (/^\d{4}-\d{2}-\d{2}$/.test(wanted)) {
    const long = longDate(wanted);
    const [month, day, year] = long.replace(',', '').split(' ');
    forms.push(long, `${day} ${month} ${year}`);
  }
  return forms.some((f) => h.includes(` ${flat(f)} `));
}

export function scoreItem(item: QaItem, answer: Answer): { score: number; why: string } {
  const e = item.expect;
  if (e.none) {
    const ok = answer.none && answer.results.length === 0;
    return { score: ok ? 1 : 0, why: ok ? 'none, as expected' : 'expected "nothing found", got results' };
  }
  if (answer.none) return { score: 0, why: 'answered "nothing found"' };

  if (item.command === 'timeline') {
    const dates = [...new Set(answer.results.map((r) => r.date))];
    const problems: string[] = [];
    if (e.dates && JSON.stringify(e.dates) !== JSON.stringify(item.expect.docs ? answer.results.map((r) => r.date) : dates)) {
      problems.push(`dates ${JSON.stringify(dates)} != ${JSON.stringify(e.dates)}`);
    }
    if (e.docs && JSON.stringify(e.docs) !== JSON.stringify(answer.results.map((r) => r.doc))) {
      const got = answer.results.map((r) => r.doc);
      const missing = e.docs.filter((d) => !got.includes(d));
      const extra = got.filter((d) => !e.docs?.includes(d));
      problems.push(`docs: missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)}`);
    }
    // Evidence: the i-th listed readout's sentence should contain the i-th string.
    if (Array.isArray(e.sentence_contains) && e.docs && problems.length === 0) {
      const weak = e.docs.filter((doc, i) => {
        const r = answer.results.find((x) => x.doc === doc);
        return r && !variants(r).some((c) => c.text.includes((e.sentence_contains as string[])[i] as string));
      });
      if (weak.length) return { score: 0.75, why: `right readouts; other best sentence in ${weak.join(', ')}` };
    }
    return problems.length ? { score: 0, why: problems.join('; ') } : { score: 1, why: 'ok' };
  }

  const within = item.command === 'ask' ? 5 : answer.results.length;
  if (e.all) {
    const found = e.all.filter((x) => position(answer, x, within) >= 0).length;
    return { score: found / e.all.length, why: `${found}/${e.all.length} expected sentences present` };
  }

  const one: One = {
    date: e.date,
    doc: e.doc,
    sentence: e.sentence,
    sentence_contains: typeof e.sentence_contains === 'string' ? e.sentence_contains : undefined,
  };
  let score: number;
  let why: string;
  if (item.command === 'quote') {
    score = position(answer, one, within) >= 0 ? 1 : 0;
    why = score ? 'ok' : 'expected sentence not among results';
  } else {
    const at = position(answer, one, 5);
    score = at === 0 ? 1 : at > 0 && at < 3 ? 0.5 : 0;
    why = at === 0 ? 'ok' : at > 0 ? `expected sentence at #${at + 1}` : 'expected sentence not in top 5';
  }
  if (e.answer_contains && !headlineHas(answer.headline, e.answer_contains)) {
    score = Math.min(score, 0.5);
    why += `; headline lacks "${e.answer_contains}"`;
  }
  return { score, why };
}
