/**
 * The drafts of /readout add (src/discord/drafts.ts): issue 25, items 3 and 13.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore, MAX_DRAFTS_PER_USER } from '../../src/discord/drafts.ts';
import type { Draft } from '../../src/publisher/index.ts';
import { tempFolder } from '../support/tmp.ts';

const OWNER = '111111111111111111';
const OTHER = '222222222222222222';

function draft(n: number): Draft {
  const title = `Readout of Call Number ${n}`;
  return {
    title,
    date: '2025-10-03',
    source: null,
    articleId: null,
    paragraphs: [`The Secretary spoke with Minister ${n}.`],
    stripped: [],
    sentences: [`The Secretary spoke with Minister ${n}.`],
    meta: {},
    markdown: `---\ntitle: ${title}\ndate: 2025-10-03\n---\nThe Secretary spoke with Minister ${n}.\n`,
    fileName: `2025-10-03-readout-of-call-number-${n}.md`,
    dateSource: 'page',
    warnings: [],
  };
}

const twoDaysAgo = () => new Date(Date.now() - 2 * 24 * 3600_000);

describe('drafts', () => {
  it('GIVEN a moderator previewing again and again THEN only their newest few drafts are kept, and others keep theirs (issue 25, item 3)', () => {
    const dir = join(tempFolder(), 'drafts');
    const store = new DraftStore(dir);
    const theirs = store.save(draft(100), OTHER);
    const hashes = [1, 2, 3, 4, 5].map((n) => store.save(draft(n), OWNER));
    const mine = readdirSync(dir).filter((f) => f.startsWith(`${OWNER}.`));
    expect(mine).toHaveLength(MAX_DRAFTS_PER_USER);
    expect(store.load(OWNER, hashes[4] as string)?.title).toBe('Readout of Call Number 5');
    expect(store.load(OWNER, hashes[0] as string)).toBeNull();
    expect(store.load(OTHER, theirs)?.title).toBe('Readout of Call Number 100');
    // Another moderator's hash is not theirs to load.
    expect(store.load(OWNER, theirs)).toBeNull();
  });

  it('GIVEN old files that are not drafts, and links, in the drafts folder THEN pruning removes only its own expired draft files (issue 25, item 13)', () => {
    const dir = join(tempFolder(), 'drafts');
    mkdirSync(dir, { recursive: true });
    const outside = tempFolder();
    const precious = join(outside, 'precious.json');
    writeFileSync(precious, '{"keep": true}');
    writeFileSync(join(dir, 'notes.txt'), 'an operator note');
    mkdirSync(join(dir, 'archive'));
    symlinkSync(precious, join(dir, 'link.json'));
    // A link named like a draft.
    symlinkSync(precious, join(dir, `${OTHER}.0123456789abcdef.json`));
    const expired = join(dir, `${OTHER}.fedcba9876543210.json`);
    writeFileSync(expired, JSON.stringify(draft(9)));
    for (const path of [precious, join(dir, 'notes.txt'), join(dir, 'archive'), expired]) utimesSync(path, twoDaysAgo(), twoDaysAgo());

    const store = new DraftStore(dir);
    store.save(draft(1), OWNER);

    expect(existsSync(expired)).toBe(false);
    expect(existsSync(precious)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(
      [
        `${OTHER}.0123456789abcdef.json`,
        `${OWNER}.${
          readdirSync(dir)
            .find((f) => f.startsWith(OWNER))
            ?.split('.')[1]
        }.json`,
        'archive',
        'link.json',
        'notes.txt',
      ].sort(),
    );
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    // A planted link is never read as a draft.
    expect(store.load(OTHER, '0123456789abcdef')).toBeNull();
  });
});
