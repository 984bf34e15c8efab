/**
 * The index's storage changed (sentence texts kept as UTF-8 bytes, decoded
 * when cited, not one JavaScript string; see DESIGN.md, "Memory"), not its
 * answers: every answer to the bundled eval items and to the bench's query mix,
 * on the bundled corpus and on a dense synthetic archive, is the same as the
 * code before the change gave (test/fixtures/answers.json), built or loaded
 * from a snapshot. A change meant to alter answers rewrites the fixture with
 * `npx tsx test/support/sameAnswers.ts`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { loadCorpus } from '../src/corpus/folder.ts';
import { answerPrints, FIXTURE, requestsFor, syntheticArchive, type AnswerPrint } from './support/sameAnswers.ts';
import { tempFolder } from './support/tmp.ts';

const before = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { bundled: AnswerPrint[]; synthetic: AnswerPrint[] };
const synthetic = syntheticArchive();
afterAll(() => synthetic.remove());

describe('the same answers as before the storage change', () => {
  it.each([
    ['bundled', BUNDLED_CORPUS],
    ['synthetic', synthetic.dir],
  ] as const)('GIVEN the %s corpus, built and from its snapshot THEN every answer as before', (name, dir) => {
    const requests = requestsFor(dir);
    const cacheDir = tempFolder();
    const built = Engine.loadOrBuild(dir, { cacheDir });
    const loaded = Engine.loadOrBuild(dir, { cacheDir });
    expect([built.origin.from, loaded.origin.from]).toEqual(['built', 'snapshot']);
    expect(answerPrints(built, requests)).toEqual(before[name]);
    expect(answerPrints(loaded, requests)).toEqual(before[name]);
  });

  it('GIVEN the synthetic archive from its snapshot THEN every sentence reads back exactly as the file has it', () => {
    const cacheDir = tempFolder();
    Engine.loadOrBuild(synthetic.dir, { cacheDir });
    const { index } = Engine.loadOrBuild(synthetic.dir, { cacheDir });
    const sentences = loadCorpus(synthetic.dir).readouts.flatMap((r) => r.sentences.map((s) => s.text));
    expect(index.size).toBe(sentences.length);
    expect(sentences.some((s) => /[’“”]/.test(s))).toBe(true);
    for (let i = 0; i < index.size; i++) if (index.text(i) !== sentences[i]) expect(index.text(i)).toBe(sentences[i]);
  });
});
