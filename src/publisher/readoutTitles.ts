/**
 * Which listed releases are readouts, by their titles alone (the listing and
 * the feed give nothing else before a page is fetched). A title matching
 * WATCH_TITLE_FILTER ("Readout of …") is one; so are the meeting- and
 * call-shaped titles the site also gives readouts. Contracts ("Contracts For
 * Oct. 3, 2025"), statements, advisories and transcripts match none and are
 * never fetched. A page kept here is still checked for being a readout when
 * it is read (article.ts), so a loose title costs one request, not a wrong file.
 */

/** Titles the site gives readouts that do not say "Readout", each with an example. */
export const READOUT_SHAPED_TITLES: readonly { pattern: RegExp; example: string }[] = [
  // "Secretary Hegseth's Meeting With Japanese Defense Minister Nakatani"
  {
    pattern: /\bSecretary\b.*?['’]s?\s+(?:(?:Bilateral|Phone|Video|Virtual)\s+)?Meetings?\s+With\b/i,
    example: "Secretary Austin's Meeting With …",
  },
  // "Hegseth Meets With Philippine Counterpart", "Secretary Carter Meets With …"
  { pattern: /\bMeets\s+With\b/i, example: 'Secretary Carter Meets With …' },
  // "Deputy Secretary Hicks's Call With …", "Secretary Mattis' Phone Call With …"
  { pattern: /['’]s?\s+(?:(?:Phone|Video|Telephone)\s+)?Calls?\s+With\b/i, example: "Secretary Mattis' Call With …" },
  // "Secretary Speaks With Acting Ukrainian Defense Minister"
  { pattern: /\bSecretary\b.*\bSpeaks\s+(?:by Phone\s+)?With\b/i, example: 'Secretary Speaks With …' },
];

/** Whether a listed release is taken for a readout by its title (else it is skipped unread). */
export function readoutTitle(title: string, filter: RegExp): boolean {
  return filter.test(title) || READOUT_SHAPED_TITLES.some(({ pattern }) => pattern.test(title));
}
