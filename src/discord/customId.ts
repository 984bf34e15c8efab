/**
 * State carried by buttons and select menus. It lives entirely in the
 * component's custom_id (at most 100 characters), never in memory, so a
 * button pressed after a restart still works.
 *
 *   ctx:<sentence id>:<check>                       Show context (check: textCheck of the sentence)
 *   tv:<offset><button>:<owner>:<from>:<to>:<topic>  timeline view from its readout number <offset> (base 36,
 *                                                   dates as YYYYMMDD or empty; the button letter f/p/n/l keeps
 *                                                   First/Previous/Next/Last apart when two lead to one view)
 *   tl:<page>:<owner>:<from>:<to>:<topic>           timeline page (buttons sent before views had offsets; still read)
 *   tly:<owner>:<from>:<to>:<topic>                 "Jump to year" menu of a timeline (the value is the year)
 *   src:<page>:<owner>                              sources page
 *   pick:<command>:<owner>                          "did you mean" select menu (the value is the term)
 *   rd:<add|cancel>:<owner>:<draft hash>            /readout add preview (the draft is in the state folder)
 *
 * Decoding validates with zod: a forged or stale id is an error, not a crash.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BUDGETS, LIMITS } from './limits.ts';
import { SentenceIdSchema } from '../corpus/readout.ts';

const Snowflake = z.string().regex(/^\d{1,20}$/);
const Page = z.coerce.number().int().min(0).max(9999);
/**
 * An offset in base 36 (four digits reach 1.6 million readouts and keep a
 * 50-character topic within the 100 of a custom_id) and the button: "gn" is readout 16, Next.
 */
const Offset = z
  .string()
  .regex(/^[0-9a-z]{1,4}[fpnl]$/)
  .transform((o) => ({ offset: Number.parseInt(o.slice(0, -1), 36), button: o.slice(-1) as TimelineButton }));
export type TimelineButton = 'f' | 'p' | 'n' | 'l';
const CompactDate = z
  .string()
  .regex(/^(\d{8})?$/)
  .transform((d) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : undefined));

/**
 * 8 hex digits of the sentence's text. A sentence id names a place (readout,
 * paragraph, position); an edit above it moves another sentence there, so
 * the button carries this check and a mismatch is refused, never shown as
 * the sentence cited.
 */
export function textCheck(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

const Check = z.string().regex(/^[0-9a-f]{8}$/);

export type ComponentState =
  | { kind: 'context'; sentence: string; check: string }
  | {
      kind: 'timeline';
      /** The view's first readout (0-based). */
      offset: number;
      button: TimelineButton;
      owner: string;
      from?: string | undefined;
      to?: string | undefined;
      topic: string;
    }
  | { kind: 'year'; owner: string; from?: string | undefined; to?: string | undefined; topic: string }
  | { kind: 'sources'; page: number; owner: string }
  | { kind: 'pick'; command: 'ask' | 'timeline' | 'quote'; owner: string }
  | { kind: 'draft'; action: 'add' | 'cancel'; owner: string; draft: string };

/** A "Jump to year" menu's value: a year, or "undated". */
export const YearChoice = z.union([z.literal('undated').transform(() => null), z.coerce.number().int().min(1000).max(9999)]);

const compact = (date?: string) => (date ? date.replaceAll('-', '') : '');

export function encodeState(state: ComponentState): string {
  let id: string;
  switch (state.kind) {
    case 'context':
      id = `ctx:${state.sentence}:${state.check}`;
      break;
    case 'timeline':
      id = `tv:${state.offset.toString(36)}${state.button}:${state.owner}:${compact(state.from)}:${compact(state.to)}:${state.topic}`;
      break;
    case 'year':
      id = `tly:${state.owner}:${compact(state.from)}:${compact(state.to)}:${state.topic}`;
      break;
    case 'sources':
      id = `src:${state.page}:${state.owner}`;
      break;
    case 'pick':
      id = `pick:${state.command}:${state.owner}`;
      break;
    case 'draft':
      id = `rd:${state.action}:${state.owner}:${state.draft}`;
      break;
  }
  if (id.length > LIMITS.customId) throw new Error(`customId: state does not fit in ${LIMITS.customId} characters`);
  return id;
}

/** The state in a custom_id, or null when it is not one of ours or is malformed. */
export function decodeState(customId: string): ComponentState | null {
  const [kind, ...rest] = customId.split(':');
  try {
    switch (kind) {
      case 'ctx':
        // A button from before ids carried a check has no second part: refused, as it cannot be verified.
        return { kind: 'context', sentence: SentenceIdSchema.parse(rest[0]), check: Check.parse(rest[1]) };
      case 'tl':
      case 'tv': {
        const [at, owner, from, to, ...topic] = rest;
        const start = kind === 'tv' ? Offset.parse(at) : { offset: Page.parse(at) * BUDGETS.timelinePerPage, button: 'n' as const };
        return {
          kind: 'timeline',
          ...start,
          owner: Snowflake.parse(owner),
          from: CompactDate.parse(from ?? ''),
          to: CompactDate.parse(to ?? ''),
          topic: z.string().min(1).parse(topic.join(':')),
        };
      }
      case 'tly': {
        const [owner, from, to, ...topic] = rest;
        return {
          kind: 'year',
          owner: Snowflake.parse(owner),
          from: CompactDate.parse(from ?? ''),
          to: CompactDate.parse(to ?? ''),
          topic: z.string().min(1).parse(topic.join(':')),
        };
      }
      case 'src':
        return { kind: 'sources', page: Page.parse(rest[0]), owner: Snowflake.parse(rest[1]) };
      case 'pick':
        return {
          kind: 'pick',
          command: z.enum(['ask', 'timeline', 'quote']).parse(rest[0]),
          owner: Snowflake.parse(rest[1]),
        };
      case 'rd':
        return {
          kind: 'draft',
          action: z.enum(['add', 'cancel']).parse(rest[0]),
          owner: Snowflake.parse(rest[1]),
          draft: z
            .string()
            .regex(/^[0-9a-f]{16}$/)
            .parse(rest[2]),
        };
      default:
        return null;
    }
  } catch {
    return null;
  }
}
