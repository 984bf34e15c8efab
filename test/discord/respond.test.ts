import { describe, expect, it } from 'vitest';
import { buttonRows, choices, embed, message, selectRow, truncate } from '../../src/discord/respond.ts';
import { decodeState, encodeState } from '../../src/discord/customId.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { renderAsk, renderQuote, renderTimeline, verbatim } from '../../src/discord/render.ts';
import type { Answer, Result } from '../../src/answer/types.ts';

const long = (n: number) => 'x'.repeat(n);
const total = (e: ReturnType<typeof embed>) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('limits hold by construction', () => {
  it('GIVEN oversized parts THEN each is cut to its limit with an ellipsis', () => {
    const e = embed({ title: long(300), description: long(5000), footer: long(3000), fields: [{ name: long(300), value: long(2000) }] });
    expect(e.title).toHaveLength(LIMITS.embedTitle);
    expect(e.title?.endsWith('…')).toBe(true);
    expect(total(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    // Over 6000 in all, so the field went; on its own it is cut to its limits.
    expect(e.fields).toBeUndefined();
    const f = embed({ fields: [{ name: long(300), value: long(2000) }] });
    expect(f.fields?.[0]?.name).toHaveLength(LIMITS.fieldName);
    expect(f.fields?.[0]?.value).toHaveLength(LIMITS.fieldValue);
  });

  it('GIVEN 40 big fields THEN at most 25, under 6000 in all, and the footer says how many more', () => {
    const e = embed({
      title: 't',
      footer: 'Searched 9 readouts',
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: long(900) })),
    });
    expect(e.fields?.length).toBe(6);
    expect(total(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(e.footer?.text).toBe('Searched 9 readouts · 34 more not shown');
  });

  it('GIVEN content over 2000 characters THEN it is cut; mentions parse nothing unless one user is given', () => {
    const m = message({ content: long(2500) });
    expect(m.content).toHaveLength(LIMITS.content);
    expect(m.allowedMentions).toEqual({ parse: [] });
    expect(m.flags).toBe(4); // no embeds: link previews suppressed
    expect(message({ embeds: [embed({ title: 'a' })] }, { mention: '42', hide: false }).allowedMentions).toEqual({
      parse: [],
      users: ['42'],
    });
    expect(message({ embeds: [embed({ title: 'a' })] }, { mention: '42', hide: true })).toMatchObject({
      flags: 64,
      allowedMentions: { parse: [] },
    });
  });

  it('GIVEN many buttons, long labels, 40 menu options and long choices THEN Discord limits hold', () => {
    const rows = buttonRows(Array.from({ length: 12 }, (_, i) => ({ customId: `b${i}`, label: long(100) })));
    expect(rows.map((r) => r.components.length)).toEqual([5, 5, 2]);
    expect((rows[0]?.components[0] as { label: string }).label).toHaveLength(LIMITS.buttonLabel);
    const menu = selectRow(
      'm',
      'pick',
      Array.from({ length: 40 }, (_, i) => ({ label: long(150), value: `v${i}` })),
    );
    expect((menu.components[0] as { options: unknown[] }).options).toHaveLength(25);
    const c = choices(
      Array.from({ length: 30 }, (_, i) => ({ label: long(150), value: `${i}` })).concat([{ label: 'too long a value', value: long(101) }]),
    );
    expect(c).toHaveLength(25);
    expect(c.every((x) => x.name.length <= 100 && x.value.length <= 100)).toBe(true);
    expect(() => buttonRows([{ customId: long(101), label: 'x' }])).toThrow('custom_id over 100 characters');
  });

  it('GIVEN Markdown in corpus text THEN it is escaped so it shows as written', () => {
    expect(verbatim('the *ironclad* alliance_s `code` > quote')).toBe('the \\*ironclad\\* alliance\\_s \\`code\\` > quote');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('GIVEN answers far over every limit THEN the rendered messages still fit', () => {
    const result = (i: number): Result => ({
      text: `${long(3000)} *${i}*`,
      doc: `${long(200)}.md`,
      title: long(400),
      date: '2020-01-01',
      source: `https://example.mil/${long(300)}`,
      id: `0000000${i % 10}.1.${i}`,
      score: 1,
      also: Array.from({ length: 8 }, () => ({
        text: long(500),
        doc: 'd.md',
        title: long(300),
        date: '2019-01-01',
        source: null,
        id: '000000000000.1.1',
      })),
    });
    const answer: Answer = {
      command: 'ask',
      input: long(600),
      intent: 'topic',
      headline: long(700),
      none: false,
      results: Array.from({ length: 5 }, (_, i) => result(i)),
      searched: 1,
    };
    for (const parts of [
      renderAsk(answer, { searched: 1, updated: '2020-08-29' }, '1'),
      renderQuote(
        { ...answer, command: 'quote', results: Array.from({ length: 30 }, (_, i) => result(i)) },
        { searched: 1, updated: '2020-08-29' },
        '1',
      ),
      renderTimeline(
        { ...answer, command: 'timeline', results: Array.from({ length: 60 }, (_, i) => result(i)) },
        { searched: 1, updated: '2020-08-29' },
        '1',
        3,
        {},
      ),
    ]) {
      for (const e of parts.embeds) {
        expect(total(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
        expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
    }
  });
});

describe('component state in custom_id', () => {
  it('GIVEN each kind of state THEN it survives the round trip within 100 characters', () => {
    const states = [
      { kind: 'context', sentence: '7b0e9ffc21a4.5.3', check: '1a2b3c4d' },
      { kind: 'context', sentence: `${'f'.repeat(40)}.9999.9999`, check: 'ffffffff' },
      {
        kind: 'timeline',
        offset: 1_679_615,
        button: 'l',
        owner: '12345678901234567890',
        from: '2020-01-01',
        to: '2021-12-31',
        topic: long(50),
      },
      { kind: 'timeline', offset: 0, button: 'f', owner: '1', from: undefined, to: undefined, topic: 'North Korea: DPRK' },
      { kind: 'timeline', offset: 16, button: 'n', owner: '1', from: undefined, to: undefined, topic: 'x' },
      { kind: 'sources', page: 2, owner: '42' },
      { kind: 'pick', command: 'quote', owner: '42' },
    ] as const;
    for (const state of states) {
      const id = encodeState(state);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeState(id)).toEqual(state);
    }
  });

  it('GIVEN a forged or foreign custom_id THEN null, not a crash', () => {
    for (const id of [
      '',
      'xyz',
      'ctx:../../etc',
      'ctx:7b0e9ffc21a4.5.3',
      'ctx:7b0e9ffc21a4.5.3:xyz',
      'tl:abc:1:::x',
      'tl:1:1:2020:2021:x',
      'tv:16:1:::x',
      'tv:gz:1:::x',
      'tv:10000n:1:::x',
      'pick:delete:1',
      'src:-5:1',
    ]) {
      expect(decodeState(id)).toBeNull();
    }
  });

  it('GIVEN a page button sent before views had offsets ("tl:<page>") THEN it opens that page\'s first readout', () => {
    expect(decodeState('tl:2:1:::Secretary')).toEqual({
      kind: 'timeline',
      offset: 16,
      button: 'n',
      owner: '1',
      from: undefined,
      to: undefined,
      topic: 'Secretary',
    });
  });
});
