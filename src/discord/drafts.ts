/**
 * Drafts of `/readout add`, kept between the preview and the Add button.
 * The button's custom_id holds only the draft's hash (a link could be longer
 * than 100 characters, and an attachment's URL expires), so the draft itself
 * is saved as `<STATE_DIR>/drafts/<owner>.<hash>.json`: the button still works after a
 * restart. Drafts are removed when added or cancelled, and after a day; a
 * moderator has at most MAX_DRAFTS_PER_USER waiting (issue 25), and pruning
 * touches only files named as drafts, never following a link.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './state.ts';
import type { Draft } from '../publisher/index.ts';

/** A Draft as saved; checked when read back, like any file. */
export const DraftSchema = z.object({
  title: z.string().min(1),
  date: z.string(),
  source: z.string().nullable(),
  articleId: z.string().nullable(),
  paragraphs: z.array(z.string()).min(1),
  stripped: z.array(z.object({ kind: z.string(), text: z.string() })),
  sentences: z.array(z.string()),
  meta: z.record(z.string(), z.string()),
  markdown: z.string(),
  fileName: z.string().min(1),
  dateSource: z.string(),
  warnings: z.array(z.string()),
}) satisfies z.ZodType<Draft>;

const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;
/** Previews a moderator may have waiting; a new one beyond this drops their oldest. */
export const MAX_DRAFTS_PER_USER = 3;
export const DraftHash = z.string().regex(/^[0-9a-f]{16}$/);
const Owner = z.string().regex(/^\d{1,20}$/);
/** The drafts folder holds these and nothing else of ours: `<owner>.<hash>.json`. */
const DRAFT_FILE = /^(\d{1,20})\.([0-9a-f]{16})\.json$/;

export class DraftStore {
  constructor(readonly dir: string) {}

  /**
   * Save `owner`'s draft; returns its hash (16 hex characters). Keeps at most
   * MAX_DRAFTS_PER_USER of theirs (the oldest go) and prunes expired drafts.
   */
  save(draft: Draft, owner: string): string {
    const hash = createHash('sha256').update(draft.markdown).update(draft.fileName).digest('hex').slice(0, 16);
    writeFileAtomic(this.path(owner, hash), JSON.stringify(draft));
    this.prune(owner, hash);
    return hash;
  }

  /** `owner`'s draft saved under `hash`, or null when it is gone (added, cancelled, expired) or unreadable. */
  load(owner: string, hash: string): Draft | null {
    try {
      const path = this.path(owner, hash);
      // Only a plain file of ours: never a link planted in the folder.
      if (!lstatSync(path).isFile()) return null;
      return DraftSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      return null;
    }
  }

  remove(owner: string, hash: string): void {
    rmSync(this.path(owner, hash), { force: true });
  }

  private path(owner: string, hash: string): string {
    return join(this.dir, `${Owner.parse(owner)}.${DraftHash.parse(hash)}.json`);
  }

  /**
   * Remove expired drafts, and `owner`'s beyond the newest few. Only files
   * named as drafts are considered, read with lstat (a symbolic link is never
   * followed, and only a plain file is removed): whatever else is in the
   * folder is not ours to delete.
   */
  private prune(owner: string, keep: string): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    const now = Date.now();
    const mine: { name: string; mtime: number }[] = [];
    for (const name of names) {
      const match = DRAFT_FILE.exec(name);
      if (!match) continue;
      const path = join(this.dir, name);
      let info: Stats;
      try {
        info = lstatSync(path);
      } catch {
        continue; // gone meanwhile
      }
      if (!info.isFile()) continue;
      if (now - info.mtimeMs > DRAFT_TTL_MS) {
        rmSync(path, { force: true });
        continue;
      }
      if (match[1] === owner && match[2] !== keep) mine.push({ name, mtime: info.mtimeMs });
    }
    mine.sort((a, b) => b.mtime - a.mtime);
    for (const old of mine.slice(MAX_DRAFTS_PER_USER - 1)) rmSync(join(this.dir, old.name), { force: true });
  }
}
