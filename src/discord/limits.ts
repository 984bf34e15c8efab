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
} as const;
