/**
 * Drafts of `/readout add`, kept between the preview and the Add button.
 * The button's custom_id holds only the draft's hash (a link could be longer
 * than 100 characters, and an attachment's URL expires), so the draft itself
 * is saved as `<STATE_DIR>/drafts/<hash>.json`: the button still works after a
 * restart. Drafts are removed when added or cancelled, and after a day.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
export const DraftHash = z.string().regex(/^[0-9a-f]{16}$/);

export class DraftStore {
  constructor(readonly dir: string) {}

  /** Save a draft; returns its hash (16 hex characters). */
  save(draft: Draft): string {
    this.prune();
    const hash = createHash('sha256').update(draft.markdown).update(draft.fileName).digest('hex').slice(0, 16);
    writeFileAtomic(this.path(hash), JSON.stringify(draft));
    return hash;
  }

  /** The draft saved under `hash`, or null when it is gone (added, cancelled, expired) or unreadable. */
  load(hash: string): Draft | null {
    try {
      return DraftSchema.parse(JSON.parse(readFileSync(this.path(hash), 'utf8')));
    } catch {
      return null;
    }
  }

  remove(hash: string): void {
    rmSync(this.path(hash), { force: true });
  }

  private path(hash: string): string {
    return join(this.dir, `${DraftHash.parse(hash)}.json`);
  }

  private prune(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    const now = Date.now();
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        if (now - statSync(path).mtimeMs > DRAFT_TTL_MS) rmSync(path, { force: true });
      } catch {
        // gone meanwhile
      }
    }
  }
}
