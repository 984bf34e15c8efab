/**
 * Rule `who-gave-readout` (reading): "who put out the readout on …?" asks who issued it; the verb of issuing and
 * the document's noun are how the teammate asked, no words a sentence must write (src/answer/answering/spokesperson.ts
 * finds the name).
 */

/**
 * "who put out the readout on …?": the question without its verb of issuing, nor "statement" or "summary" ("who the
 * readout on …?"), which no sentence need write; null when it does not ask who issued the readout or statement.
 */
export function withoutIssuing(question: string): string | null {
  const m = /^\s*who\b/i.test(question) ? ISSUED.exec(question) : null;
  if (!m) return null;
  // The document's noun goes too: "the statement" is what was issued, not a word a sentence must write.
  return `${question.slice(0, m.index)}${question.slice(m.index + (m[1] as string).length).replace(/\b(?:statement|summary)\b/i, '')}`;
}
// The verb right before the document ("put out the readout", "issued that statement"): in "who provided troops,
// according to the readout?" the verb's object is the troops.
const ISSUED =
  /\b(put(?:s|ting)?\s+out|issu(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|provid(?:e|ed|es|ing)|gave|give[sn]?|wr(?:ote|ite|itten)|sent\s+out)\s+(?:(?:the|that|this|a|its|their)\s+)?(?:readout|statement|summary)\b/i;
