/**
 * The real discord.js client, logged into a fake Discord on 127.0.0.1
 * (test/support/fakeDiscord.ts): every command, autocomplete, button and menu,
 * with the exact payloads the bot sends back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import { startBot, type Bot } from '../../src/discord/bot.ts';
import { Engine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { bundledEngine, captureLogs, FAKE_TOKEN as TOKEN } from '../support/fixtures.ts';
import { commands } from '../../commands/index.ts';
import type { Config } from '../../src/config.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textCheck } from '../../src/discord/customId.ts';
import { renderAsk } from '../../src/discord/render.ts';
import { footerOf } from '../../src/discord/replies.ts';
import { readoutMd, tempFolder } from '../support/tmp.ts';

const OTHER_USER = '222222222222222222';
const GUAM_TITLE = "Readout of Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono";

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;
const { lines: logLines, destination } = captureLogs();
const firstResponseMs: number[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  engine = bundledEngine();
  const logger = createLogger({ level: 'info', secrets: [TOKEN], destination });
  const config: Config = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' };
  bot = await startBot({ config, ctx: { engine: () => engine, commands }, logger });
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Dispatch an interaction and return the body of the bot's first callback. */
async function send(payload: JsonObject): Promise<{ type: number; data: JsonObject }> {
  const receipt = await fake.dispatchInteraction(payload);
  const callback = await fake.waitForCallback(receipt.id as string, 3000);
  firstResponseMs.push(callback.at - receipt.sentAt);
  return callback.body as { type: number; data: JsonObject };
}

const footer = () => '32 readouts · updated Mar 27, 2024';
const GUAM_LINK =
  'https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/us-secretary-of-defense-hosts-japanese-defense-minister/';
const PENTAGON_LINK =
  'https://www.armyrecognition.com/analysis_focus_army_defence_military_industry_army/u.s._and_japan_reinforce_defense_links.html';
const GUAM_CITED = `[${GUAM_TITLE.replace(/^Readout of /, '')}](${GUAM_LINK})`;

describe('logging in', () => {
  it('GIVEN the bot logs in THEN it asks for the Guilds intent only (no privileged intents)', async () => {
    const identify = await fake.waitForIdentify();
    expect(identify.intents).toBe(1);
    expect(identify.token).toBe(TOKEN);
  });
});

describe('slash commands', () => {
  it('GIVEN /ask THEN an embed: headline, the readout once with its sentence and where else it is said, footer; a context button; no mentions parsed', async () => {
    const body = await send(fake.chatInput('ask', { question: 'what about Mageshima?' }));
    expect(body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: [
          {
            title: 'what about Mageshima?',
            description: [
              'Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).',
              '',
              `**Aug 29, 2020** · ${GUAM_CITED}`,
              "> The Secretary noted the importance of Japan's steps towards completing the purchase of Mageshima to support field carrier landing practice.",
              `Also in: Jan 14, 2020 · [U.S. and Japan reinforce defense links](${PENTAGON_LINK}) · copy on armyrecognition.com`,
            ].join('\n'),
            footer: { text: footer() },
            color: 0x3b6ea5,
          },
        ],
        components: [
          {
            type: 1,
            components: [
              { type: 2, custom_id: expect.stringMatching(/^ctx:[0-9a-f]{12}\.5\.3:[0-9a-f]{8}$/), label: 'Show context', style: 2 },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('GIVEN mention:<user> THEN "Suggested for" pings only that user; with hide:true the answer is ephemeral and pings nobody', async () => {
    const resolved = {
      users: { [OTHER_USER]: { id: OTHER_USER, username: 'colleague', discriminator: '0', global_name: null, avatar: null } },
    };
    const options = [
      { name: 'question', type: 3, value: 'what about Mageshima?' },
      { name: 'mention', type: 6, value: OTHER_USER },
    ];
    const pinged = await send(fake.chatInput('ask', options, { data: { resolved } }));
    expect(pinged.data.content).toBe(`Suggested for <@${OTHER_USER}>`);
    expect(pinged.data.allowed_mentions).toEqual({ parse: [], users: [OTHER_USER] });

    const hidden = await send(fake.chatInput('ask', [...options, { name: 'hide', type: 5, value: true }], { data: { resolved } }));
    expect(hidden.data.flags).toBe(64);
    expect(hidden.data.content).toBeUndefined();
    expect(hidden.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN a typed link that finds nothing THEN it is echoed as text, not as a clickable link', async () => {
    const miss = await send(fake.chatInput('quote', { phrase: 'see https://evil.example/win now' }));
    const embed = (miss.data.embeds as JsonObject[])[0] as JsonObject;
    expect(embed.description).toBe('No sentence in 32 readouts contains “see https:\u200b//evil.example/win now”.');
    const timeline = await send(fake.chatInput('timeline', { topic: 'http://x.io' }));
    expect(((timeline.data.embeds as JsonObject[])[0] as JsonObject).description).toBe(
      'Nothing in 32 readouts mentions http:\u200b//x.io.',
    );
  });

  it('GIVEN a miss THEN "nothing found" with a menu of close terms; picking one answers it in place', async () => {
    const miss = await send(fake.chatInput('ask', { question: 'what about Okinowa submarines?' }));
    const embed = (miss.data.embeds as JsonObject[])[0] as JsonObject;
    expect(embed.description).toBe('Nothing in 32 readouts mentions submarines.\nClose terms that are in the readouts: Okinawa');
    const menu = (miss.data.components as { components: JsonObject[] }[])[0]?.components[0];
    expect(menu).toEqual({
      type: 3,
      custom_id: `pick:ask:${fake.user.id}`,
      placeholder: 'Try a term that is in the readouts',
      options: [{ label: 'Okinawa', value: 'Okinawa' }],
    });

    const picked = await send(fake.selectMenu(`pick:ask:${fake.user.id}`, ['Okinawa']));
    expect(picked.type).toBe(7);
    const updated = (picked.data.embeds as JsonObject[])[0] as JsonObject;
    expect([updated.title, String(updated.description).split('\n')[0]]).toEqual(['Okinawa', 'Okinawa came up in 1 readout (2020-08-29).']);
    // The miss was only the asker's (ephemeral); its update does not set flags again.
    expect(miss.data.flags).toBe(64);
  });

  it('GIVEN "Show context" THEN the sentence among its neighbours, only to the one who pressed it', async () => {
    const answer = engine.answer({ command: 'ask', input: 'what about Mageshima?' });
    const body = await send(fake.button(`ctx:${answer.results[0]?.id}:${textCheck(answer.results[0]?.text ?? '')}`));
    expect(body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: [
          {
            title: GUAM_TITLE,
            url: GUAM_LINK,
            description:
              "The Ministers committed to work together closely to mitigate the impacts of the COVID-19 pandemic and to cooperate in providing assistance in response. They reaffirmed their commitment to the realignment plan to move U.S. forces from Okinawa to Guam and other initiatives, including construction of the Futenma Replacement Facility. **The Secretary noted the importance of Japan's steps towards completing the purchase of Mageshima to support field carrier landing practice.** Secretary Esper and Minister Kono recognized the importance of local community engagement in ensuring stable stationing of U.S. forces in Japan. Secretary Esper further committed to maintaining the highest standards of safety for all U.S. personnel, while emphasizing the necessity of training to maintain readiness.",
            footer: { text: 'Aug 29, 2020 · paragraph 5' },
            color: 0x3b6ea5,
          },
        ],
        components: [],
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('GIVEN a context button for a sentence no longer in the corpus THEN a short notice', async () => {
    const body = await send(fake.button('ctx:000000000000.1.1:00000000'));
    expect(body.data).toMatchObject({
      content: 'That sentence is no longer in the corpus: the readouts changed since this answer.',
      flags: 64 | 4,
    });
  });

  it('GIVEN an old "Show context" button and a paragraph added at the top of its readout since THEN it says the sentence changed', async () => {
    const text = 'They met in Guam.\n\nThey toured the base.\n\nThey discussed Mageshima and its runway.';
    const dir = tempFolder({ 'guam.md': readoutMd('Guam talks', '2020-08-29', text) });
    const before = Engine.load(dir);
    const parts = renderAsk(before.answer({ command: 'ask', input: 'what about the Mageshima runway?' }), footerOf(before), fake.user.id);
    const button = (parts.components[0]?.components[0] as { custom_id?: string } | undefined)?.custom_id ?? '';
    expect(button).toMatch(/^ctx:[0-9a-f]{12}\.3\.1:[0-9a-f]{8}$/);
    // An editor adds a paragraph at the top: the button's position (3.1) now holds another sentence.
    writeFileSync(join(dir, 'guam.md'), readoutMd('Guam talks', '2020-08-29', `A new opening paragraph.\n\n${text}`));
    const served = engine;
    engine = Engine.load(dir);
    try {
      expect(engine.index.text(engine.index.numberOf(button.split(':')[1] as string))).toBe('They toured the base.');
      const reply = await send(fake.button(button));
      expect(reply.data).toMatchObject({ content: 'That sentence has changed since; run the command again.', flags: 64 | 4 });
    } finally {
      engine = served;
    }
  });

  it('GIVEN a "Show context" button from before ids carried a check THEN it asks to run the command again', async () => {
    const answer = engine.answer({ command: 'ask', input: 'what about Mageshima?' });
    const body = await send(fake.button(`ctx:${answer.results[0]?.id}`));
    expect(body.data).toMatchObject({
      content: 'This button is from an older version of Readout. Run the command again.',
      flags: 64 | 4,
    });
  });

  it('GIVEN /timeline with more readouts than a page THEN Previous/Next; only the asker can page', async () => {
    const first = await send(fake.chatInput('timeline', { topic: 'DPRK' }));
    const embed = (first.data.embeds as JsonObject[])[0] as { title: string; description: string; footer: { text: string } };
    expect(embed.title).toBe('Timeline: DPRK');
    expect(embed.description.split('\n')[0]).toBe('DPRK: 10 readouts, first 2017-02-03, last 2022-05-26.');
    expect(embed.description.match(/^\*\*[A-Z][a-z]{2} \d{1,2}, \d{4}\*\*/gm)).toHaveLength(8);
    expect(embed.footer.text).toBe(`${footer()} · readouts 1–8 of 10`);
    const next = `tv:8n:${fake.user.id}:::DPRK`;
    expect(first.data.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, custom_id: `tv:0p:${fake.user.id}:::DPRK`, label: 'Previous', style: 1, disabled: true },
          { type: 2, custom_id: next, label: 'Next', style: 1 },
        ],
      },
    ]);

    const stranger = await send(fake.button(next, { member: { user: { ...fake.user, id: OTHER_USER, username: 'other' } } }));
    expect(stranger.data).toMatchObject({
      content: `Only <@${fake.user.id}> can change this answer. Run the command yourself to get your own.`,
      flags: 64 | 4,
      allowed_mentions: { parse: [] },
    });

    const second = await send(fake.button(next));
    expect(second.type).toBe(7);
    const page2 = (second.data.embeds as { description: string; footer: { text: string } }[])[0];
    expect(page2?.description.match(/^\*\*[A-Z][a-z]{2} \d{1,2}, \d{4}\*\*/gm)).toEqual(['**Jan 23, 2021**', '**May 26, 2022**']);
    expect(page2?.footer.text).toBe(`${footer()} · readouts 9–10 of 10`);
  });

  it('GIVEN /timeline with from/to THEN only that range; a bad date gets a short notice', async () => {
    const body = await send(fake.chatInput('timeline', { topic: 'NATO', from: '2021-01-01', to: '2021-05-31' }));
    const embed = (body.data.embeds as { description: string; footer: { text: string } }[])[0];
    expect(embed?.description.split('\n')[0]).toBe('NATO: 2 readouts from 2021-01-01 to 2021-05-31, first 2021-05-18, last 2021-05-19.');
    expect(embed?.footer.text).toBe('5 readouts · updated Mar 27, 2024');
    const bad = await send(fake.chatInput('timeline', { topic: 'NATO', from: '2021-02-30' }));
    expect(bad.data).toMatchObject({ content: '`from` must be a date written YYYY-MM-DD, like 2020-08-29.', flags: 68 });
  });

  it('GIVEN /quote THEN the verbatim sentences as block quotes under their readout, the wording found in bold', async () => {
    const body = await send(fake.chatInput('quote', { phrase: 'field carrier landing practice' }));
    const embed = (body.data.embeds as { title: string; description: string }[])[0];
    expect(embed?.title).toBe('Quote: field carrier landing practice');
    expect(embed?.description).toBe(
      [
        '“field carrier landing practice” is in 2 sentences of 2 readouts.',
        '',
        `**Jan 14, 2020** · [U.S. and Japan reinforce defense links](${PENTAGON_LINK}) · copy on armyrecognition.com`,
        '> **1.** Secretary Esper noted the importance of Japan’s steps towards completing the purchase of Mageshima to support **field carrier landing practice**.',
        '',
        `**Aug 29, 2020** · ${GUAM_CITED}`,
        "> **2.** The Secretary noted the importance of Japan's steps towards completing the purchase of Mageshima to support **field carrier landing practice**.",
      ].join('\n'),
    );
  });

  it('GIVEN /sources THEN the readouts, 15 to a page, with page buttons', async () => {
    const body = await send(fake.chatInput('sources'));
    const embed = (body.data.embeds as { title: string; description: string; footer: { text: string } }[])[0];
    expect(embed?.title).toBe('Readouts in the corpus (32)');
    expect(embed?.description.split('\n')[0]).toBe(
      '**Apr 10, 2014** · [Secretary Speaks With Acting Ukrainian Defense Minister](https://military-online.blogspot.com/2014/04/secretary-speaks-with-acting-ukrainian.html?m=1) · copy on military-online.blogspot.com',
    );
    expect(embed?.description.split('\n')).toHaveLength(15);
    expect(embed?.footer.text).toBe(`${footer()} · page 1/3`);
  });

  it('GIVEN autocomplete on topic and phrase THEN labelled choices from memory', async () => {
    const topic = await send(fake.autocomplete('timeline', { topic: 'stolt' }, 'topic'));
    expect(topic).toEqual({ type: 8, data: { choices: [{ name: 'Stoltenberg — 3 readouts', value: 'Stoltenberg' }] } });
    const phrase = await send(fake.autocomplete('quote', { phrase: 'field carr' }, 'phrase'));
    expect(phrase).toEqual({
      type: 8,
      data: { choices: [{ name: 'field carrier landing practice — 2 readouts', value: 'field carrier landing practice' }] },
    });
  });

  // "Find in readouts" has its own end-to-end tests: test/discord/find.e2e.test.ts.

  it('GIVEN "Find in readouts" without the resolved message THEN a short notice, and the client keeps answering', async () => {
    const payload = fake.messageContextMenu('Find in readouts', { content: 'deterrence and defense remain NATO job number one' });
    delete (payload.data as JsonObject).resolved;
    const body = await send(payload);
    expect(body.data).toMatchObject({
      content: 'Discord did not send that message with the request; run "Find in readouts" on it again.',
      flags: 64 | 4,
    });
    const next = await send(fake.chatInput('ask', { question: 'what about Mageshima?' }));
    expect(String(((next.data.embeds as JsonObject[])[0] as JsonObject).description).split('\n')[0]).toBe(
      'Mageshima came up in 2 readouts (2020-01-14, 2020-08-29).',
    );
  });

  it('GIVEN @everyone and role mentions in the input THEN nothing is parsed as a mention', async () => {
    const body = await send(fake.chatInput('ask', { question: '@everyone <@&123456789012345678> what about Guam?' }));
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN blank input THEN a short notice only the user sees', async () => {
    const body = await send(fake.chatInput('ask', { question: '   ' }));
    expect(body.data).toMatchObject({ content: 'Type something to search for.', flags: 68, allowed_mentions: { parse: [] } });
  });

  it('answers every interaction well inside Discord 3-second window, and logs one line each without the token', async () => {
    expect(Math.max(...firstResponseMs)).toBeLessThan(1000);
    // The log line is written once the reply call returns, just after Discord has it.
    await expect.poll(() => logLines.filter((l) => l.includes('"msg":"interaction"')).length).toBe(firstResponseMs.length);
    const interactions = logLines.filter((l) => l.includes('"msg":"interaction"'));
    expect(interactions.length).toBe(firstResponseMs.length);
    expect(JSON.parse(interactions[0] as string)).toMatchObject({ interaction: 'ask', outcome: 'ok', ms: expect.any(Number) });
    expect(logLines.join('')).not.toContain(TOKEN);
  });
});
