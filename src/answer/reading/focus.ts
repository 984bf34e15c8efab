/**
 * Focus verbs: the verb a question asks about, with the family of words a
 * readout uses for it. "What did Smith thank Berg for?" is answered by the
 * sentence where Smith "thanked", "expressed appreciation" or "commended" —
 * not by the opening line that names them both. One table, so each family is
 * in one place (DESIGN.md, "Concepts").
 */
import { term, words } from '../../text/terms.ts';
import { idiomsIn } from './idioms.ts';
import { applied } from '../explain.ts';
import { DEFAULTS } from '../defaults.ts';

export type FocusVerb = 'thank' | 'discuss' | 'respond' | 'ask';

interface Family {
  /** How a question says it (whole words, any case). */
  question: string;
  /** Words that ask about the family only in the "what did X <verb> …" shape. */
  asked?: string;
  /** How readouts say it, the verb itself first: words, turned into index terms once. */
  readout: string[];
}

export const FOCUS_FAMILIES: Record<FocusVerb, Family> = {
  thank: {
    question:
      'thank|thanked|thanking|thanks|appreciate|appreciated|grateful|commend|commended|praise|praised|applaud|applauded|compliment|complimented',
    readout: ['thanked', 'appreciation', 'gratitude', 'grateful', 'commended', 'praised', 'applauded'],
  },
  discuss: {
    question: 'discuss|discussed|discussing|talk about|talked about|talk|talked|cover|covered|go over|went over',
    readout: ['discussed', 'discussion', 'exchanged', 'talked', 'perspectives', 'addressed', 'touched', 'reviewed'],
  },
  respond: {
    question: 'respond|responded|react|reacted|reply|replied|response|reaction',
    // "what did Austin condemn …?": condemning is how a readout reports a response. Only in that shape: a
    // claim or yes/no question "Mattis condemned X" must find "condemned", not any response.
    asked: 'condemn|condemned|denounce|denounced|deplore|deplored',
    readout: [
      'response',
      'responded',
      'reacted',
      'condemned',
      'welcomed',
      'agreed',
      'coordinate',
      'deplored',
      'denounced',
      'rejected',
      'concern',
    ],
  },
  ask: {
    // Not "call on": "who did Mattis call on his first day" is a phone call.
    // Not "press" of "press conference", "press secretary".
    question:
      'ask|asked|urge|urged|request|requested|encourage|encouraged|press(?!\\s+(?:conference|briefing|release|secretary|statement|availability|event|gaggle))|pressed|push|pushed|invite|invited',
    // Not "pressed": its stem is "press", as in "Press Secretary".
    readout: ['urged', 'asked', 'requested', 'encouraged', 'pushed', 'invited', 'pressuring', 'importance', 'impressed'],
  },
};

/** A family word other than the verb itself counts for this much ("addressed" for "discussed"). */
export const FAMILY_WEIGHT = DEFAULTS.reading.focusFamilyWeight;

/** Index terms of each family (stems: "thanked" → thank), with their weight: the verb itself 1. */
export function familyTerms(verb: FocusVerb): [string, number][] {
  const out = new Map<string, number>();
  FOCUS_FAMILIES[verb].readout.forEach((w, i) => {
    const t = term(w);
    if (t && !out.has(t)) out.set(t, i === 0 ? 1 : FAMILY_WEIGHT);
  });
  return [...out];
}

const VERBS = (Object.keys(FOCUS_FAMILIES) as FocusVerb[]).map((verb) => ({
  verb,
  re: new RegExp(String.raw`\b(?:${FOCUS_FAMILIES[verb].question})\b`, 'i'),
  // "what did X <verb> …": compiled once, not per question.
  asked: new RegExp(
    String.raw`^(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(${[FOCUS_FAMILIES[verb].question, FOCUS_FAMILIES[verb].asked].filter(Boolean).join('|')})\b\s*(.*)$`,
    'i',
  ),
}));

const RESPONSE = /^what\s+(?:was|were|is)\s+(.+?)(?:['’]s?)?\s+(?:response|reaction|reply)\s+(?:to\s+)?(.*)$/i;

export interface FocusVerbMatch {
  verb: FocusVerb;
  /** Who did it: "Smith" in "what did Smith thank Berg for?" (questions of that shape only). */
  subject?: string;
  /** The question without the verb: what it is about. */
  rest: string;
  /** The verb as typed ("condemn"): its own readout form counts in full, the rest of its family less. */
  word?: string;
}

/**
 * The focus verb of a question shaped "what did X <verb> …" or "how did X
 * respond/react …" ("what was X's response to …"); with `anywhere`, a family
 * word wherever it stands ("did Hagel thank Key?").
 */
export function focusVerbOf(text: string, options: { anywhere?: boolean } = {}): FocusVerbMatch | null {
  for (const { verb, asked: shape } of VERBS) {
    const asked = shape.exec(text);
    if (asked) {
      // "how did X respond" only for responses: "how did X discuss" is not a question about discussing.
      if (/^how/i.test(text) && verb !== 'respond') continue;
      return {
        verb,
        subject: (asked[1] as string).trim(),
        rest: (asked[3] as string).replace(/^(?:to|about|on)\s+/i, ''),
        word: (asked[2] as string).toLowerCase(),
      };
    }
    const response = RESPONSE.exec(text);
    if (verb === 'respond' && response)
      return { verb, subject: (response[1] as string).replace(/^the\s+/i, '').trim(), rest: response[2] as string };
  }
  if (!options.anywhere) return null;
  for (const { verb, re } of VERBS) {
    const m = re.exec(text);
    // Rule `idiom-not-focus`: a family word that begins an idiom ("push back on", "press ahead") is the idiom's.
    if (m && beginsIdiom(text, m.index)) {
      applied('idiom-not-focus');
      continue;
    }
    if (m)
      return {
        verb,
        rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim(),
        word: m[0].toLowerCase(),
      };
  }
  return null;
}

/** Whether an idiom of the lexicon (data/lexicon/phrases.json) begins at offset `at` of the text. */
function beginsIdiom(text: string, at: number): boolean {
  return idiomsIn(words(text), []).some((idiom) => idiom.start === at);
}
