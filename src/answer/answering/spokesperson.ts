/**
 * Rule `who-gave-readout` (answering): "who put out the readout on shanahan's sitdown?" asks for the spokesperson,
 * not the counterpart: the sentence that attributes the readout to someone named, and the name it gives. The
 * question is read in src/answer/reading/issuing.ts.
 */

/** Whether a sentence attributes a readout to someone named: "In a readout …", "Press Secretary John Kirby" — not "his spokesperson said". */
export function attributes(text: string): boolean {
  return READOUT_BY.test(text);
}
const READOUT_BY =
  /\b[Ii]n a (?:readout|statement)\b|\bprovided the following\b|\bsaid in a statement\b|\b(?:[Pp]ress [Ss]ecretary|[Ss]pokes(?:person|man|woman)),?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}/u;

/**
 * The spokesperson a sentence names as the one who said or provided it: the capitalised name right before "said",
 * "provided" or "summarized" ("Navy Cmdr. Sarah Higgins said …" → Sarah Higgins), ranks and titles left out.
 */
export function spokespersonIn(text: string): string | null {
  const m = SPOKE.exec(text);
  if (!m) return null;
  const parts = (m[1] as string).trim().split(/\s+/);
  while (parts.length > 1 && (TITLES.has(parts[0] as string) || /\.$/.test(parts[0] as string))) parts.shift();
  return parts.join(' ');
}
const SPOKE = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+),?\s+(?:said|provided|summarized|told)\b/u;
/** Offices and services before a spokesperson's name; a rank is an abbreviation ("Cmdr.", "Lt.") and goes as one. */
const TITLES = new Set([
  'In',
  'A',
  'The',
  'Pentagon',
  'Press',
  'Secretary',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Navy',
  'Army',
  'Marine',
  'Air',
  'Force',
  'Corps',
  'Rear',
]);
