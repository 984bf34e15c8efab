/**
 * Discord's message limits, named once. Everything the bot sends is clamped to
 * these in src/discord/respond.ts, so no reply can be refused for its size.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  embedTotal: 6000,
  embedsPerMessage: 10,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionValue: 100,
  selectOptionDescription: 100,
  selectPlaceholder: 150,
  actionRows: 5,
} as const;

/**
 * Readout's own budgets inside those limits: how much of each text an answer
 * shows, and how many entries a page holds. Named here so the renderers
 * (src/discord/render.ts) carry no bare numbers.
 */
export const BUDGETS = {
  /** /ask: a result's title in its field name, and its sentence in the field value. */
  askTitle: 200,
  askSentence: 700,
  /** A readout's title in a citation line ("date · [title](link)"), shortened in the middle beyond this. */
  citationTitle: 90,
  /** /ask "how many …": readouts listed, one line each (the rest are counted; /timeline pages through them). */
  countLines: 15,
  /** /quote: room kept in the description for the "…and N more" line. */
  quoteTail: 60,
  /** /timeline: readouts per page (fixed, so any page renders from its own entries alone). */
  timelinePerPage: 8,
  timelineTitle: 80,
  /** A timeline sentence at most; shorter when the page's eight would not fit one description. */
  timelineSentence: 300,
  /** Never cut a timeline sentence below this to fit a page. */
  timelineSentenceMin: 80,
  /** More pages than this: the first page shows readouts per year and the "Jump to year" menu appears. */
  timelineYearsFromPages: 3,
  /** Longest bar of the per-year counts (▇ characters). */
  yearBar: 8,
  /** /sources: readouts per page, and a title's length. */
  sourcesPerPage: 15,
  sourcesTitle: 150,
  /** Find in readouts: a match's title, its sentence, the differences. */
  findTitle: 180,
  findSentence: 500,
  findDiff: 350,
  /** Find in readouts: a claim as the message wrote it, a supporting sentence, a quote's sentence no readout has. */
  findClaim: 200,
  findSupport: 300,
  findUnmatched: 150,
} as const;
