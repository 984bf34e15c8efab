/**
 * What the reading tests share (test/reading20f/g/h, answering20b): an ask answered through `explained`, and a
 * table of cases that each state a question, the headline it must get and the rule that gives it (or must not), with the
 * reason the case exists. One place for the shape those files repeated case by case.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine.ts';
import { explained } from '../../src/answer/explain.ts';

/** An ask through `explained`: the headline, the result texts and dates, the rules applied, the reading note. */
export function asked(engine: Engine, input: string) {
  const { value, rules } = explained(() => engine.answer({ command: 'ask', input }));
  const texts = value.results.map((r) => r.text);
  return {
    headline: value.headline,
    first: texts[0] ?? '',
    texts,
    docs: value.results.map((r) => r.date),
    results: value.results.length,
    rules,
    reading: value.reading,
  };
}

/** One case: a question, the headline it gets, the rule that must have applied (if one), and why it exists. */
export interface HeadlineCase {
  question: string;
  headline: string;
  rule?: string;
  /** A rule that must not have applied: the case shows where the rule stops. */
  ruleAbsent?: string;
  /** What it answered before the rule, or what the rule must keep. */
  why: string;
}

/** A describe block of headline cases over one engine. */
export function headlineCases(title: string, engine: Engine, cases: readonly HeadlineCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      const rule = c.rule ? ` (${c.rule})` : c.ruleAbsent ? ` (not ${c.ruleAbsent})` : '';
      it(`GIVEN "${c.question}" THEN "${c.headline}"${rule} — ${c.why}`, () => {
        const { headline, rules } = asked(engine, c.question);
        expect(headline).toBe(c.headline);
        if (c.rule) expect(rules).toContain(c.rule);
        if (c.ruleAbsent) expect(rules).not.toContain(c.ruleAbsent);
      });
    }
  });
}

/** One case whose answer is a sentence: the question, the sentence that must come first, the rule that puts it there, and why. */
export interface FirstSentenceCase {
  question: string;
  first: string;
  rule: string;
  /** Words the answer's reading note must say were widened, and to what. */
  widened?: readonly { word: string; to: string[] }[];
  /** What it answered before the rule. */
  why: string;
}

/** A describe block of first-sentence cases over one engine. */
export function firstSentenceCases(title: string, engine: Engine, cases: readonly FirstSentenceCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(`GIVEN "${c.question}" THEN "${c.first}" first (${c.rule}) — ${c.why}`, () => {
        const { first, rules, reading } = asked(engine, c.question);
        expect(first).toBe(c.first);
        expect(rules).toContain(c.rule);
        for (const w of c.widened ?? []) expect(reading?.widened).toContainEqual(w);
      });
    }
  });
}
