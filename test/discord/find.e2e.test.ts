/**
 * "Find in readouts" end to end: the real discord.js client, logged into the
 * fake Discord on 127.0.0.1, answers the message command; the embed it sends
 * is asserted field by field.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { startBot, type Bot } from '../../src/discord/bot.ts';
import { Engine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { commands } from '../../commands/index.ts';
import type { Config } from '../../src/config.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.fake-token-for-find-tests_12345678';
const GUAM_TITLE = "Readout of Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono";
const GUAM_LINK =
  'https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/us-secretary-of-defense-hosts-japanese-defense-minister/';
const GUAM_CITATION = `Aug 29, 2020 · [${GUAM_TITLE.replace(/^Readout of /, '')}](${GUAM_LINK})`;

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;

beforeAll(async () => {
  fake = await startFakeDiscord();
  engine = Engine.load(BUNDLED_CORPUS);
  const destination = new Writable({ write: (_chunk, _encoding, done) => done() });
  const logger = createLogger({ level: 'info', secrets: [TOKEN], destination });
  const config: Config = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' };
  bot = await startBot({ config, ctx: { engine: () => engine, commands }, logger });
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function findIn(content: string): Promise<{ type: number; data: JsonObject }> {
  const receipt = await fake.dispatchInteraction(fake.messageContextMenu('Find in readouts', { content }));
  const callback = await fake.waitForCallback(receipt.id as string, 3000);
  return callback.body as { type: number; data: JsonObject };
}

const footer = () => ({ text: '32 readouts · updated Mar 27, 2024' });

describe('"Find in readouts"', () => {
  it('GIVEN a message quoting part of a sentence inside its own words THEN one exact quote: the whole sentence, the quoted part in bold, the framing ignored', async () => {
    const body = await findIn(
      `Per the readout: "The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong" — big deal`,
    );
    expect(body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: [
          {
            title: 'Find in readouts',
            description: 'Checked 1 quote: 1 exact.',
            fields: [
              {
                name: `Exact quote · Aug 29, 2020 · ${GUAM_TITLE.replace(/^Readout of /, '')}`,
                value:
                  "> **The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong**, as well as coercive and destabilizing actions vis-à-vis Taiwan.\n" +
                  GUAM_CITATION,
              },
            ],
            footer: footer(),
            color: 0x3b6ea5,
          },
        ],
        components: [],
        // Checking a colleague's message is not a public act: only the asker sees it.
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });

  it("GIVEN a message altering a quote THEN the readout's wording and the differences within the quote", async () => {
    const body = await findIn(
      'Esper said “The Secretary expressed grave concern regarding Beijing’s decision to impose a national security law in Hong Kong”',
    );
    const embed = (body.data.embeds as JsonObject[])[0];
    expect(embed).toEqual({
      title: 'Find in readouts',
      description: "Checked 1 quote: 1 altered.\nIn the differences, **bold** is the readout's wording, ~~struck~~ the message's.",
      fields: [
        {
          name: `Altered quote · Aug 29, 2020 · ${GUAM_TITLE.replace(/^Readout of /, '')}`,
          value:
            "> **The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong**, as well as coercive and destabilizing actions vis-à-vis Taiwan.\n" +
            "Differs: The Secretary expressed ~~grave~~ **serious** concern regarding Beijing's decision to impose a national security law in Hong Kong\n" +
            GUAM_CITATION,
        },
      ],
      footer: footer(),
      color: 0x3b6ea5,
    });
  });

  it('GIVEN a message stating a claim in paraphrase THEN the closest readout wording, labelled as such, never as a quote', async () => {
    const body = await findIn('I heard Esper raised the Hong Kong security law with Kono <@111111111111111111> 👀');
    const embed = (body.data.embeds as JsonObject[])[0];
    expect(embed).toEqual({
      title: 'Find in readouts',
      description: 'Checked 1 claim: 1 supported.',
      fields: [
        {
          name: 'Claim · closest readout wording',
          value:
            '“Esper raised the Hong Kong security law with Kono”\n' +
            "> The Secretary expressed serious concern regarding Beijing's decision to impose a national security law in Hong Kong, as well as coercive and destabilizing actions vis-à-vis Taiwan.\n" +
            GUAM_CITATION,
        },
      ],
      footer: footer(),
      color: 0x3b6ea5,
    });
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN a claim no readout makes THEN it says so plainly', async () => {
    const body = await findIn('Mattis and Turnbull talked about North Korea');
    expect((body.data.embeds as JsonObject[])[0]?.fields).toEqual([
      {
        name: 'Claim not supported',
        value: '“Mattis and Turnbull talked about North Korea”\nNo readout in the corpus says this.',
      },
    ]);
  });

  it('GIVEN a message with no text (an image only) THEN a short notice only the asker sees', async () => {
    const body = await findIn('');
    expect(body.data).toMatchObject({
      content: 'This message has no text to check: "Find in readouts" reads what a message says, not its attachments or embeds.',
      flags: 68,
    });
  });
});
