/**
 * Issue 22's "done when", through the real discord.js client logged into the
 * fake Discord (test/support/fakeDiscord.ts): what a team sees at a glance.
 * Every payload field asserted here is what Discord receives.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, uploadedFiles, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import type { Bot } from '../../src/discord/bot.ts';
import { startReplyBot } from '../support/serving.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { bundledEngine } from '../support/fixtures.ts';
import { COLOURS } from '../../src/discord/render.ts';
import { CHART } from '../../src/chart/readoutsChart.ts';

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;

beforeAll(async () => {
  fake = await startFakeDiscord();
  engine = bundledEngine();
  bot = await startReplyBot(fake.apiUrl, engine);
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

type Embed = { title: string; description: string; footer: { text: string }; color?: number; image?: { url: string } };

async function send(payload: JsonObject) {
  const receipt = await fake.dispatchInteraction(payload);
  const request = await fake.waitForCallback(receipt.id as string, 5000);
  const body = request.body as { type: number; data: JsonObject };
  return { ...body, embed: (body.data.embeds as Embed[] | undefined)?.[0] as Embed, request };
}

const FOOTER = '32 readouts · updated Mar 27, 2024';
const GUAM_LINK =
  'https://www.pacom.mil/Media/News/News-Article-View/Article/2331004/us-secretary-of-defense-hosts-japanese-defense-minister/';
const GUAM_TITLE = "Secretary of Defense Mark T. Esper's Meeting With Japanese Defense Minister Taro Kono";

describe('an answer read at a glance', () => {
  it('GIVEN /ask who did Esper meet in Guam? THEN the readout once (date for people, linked title), its sentences under it, no file name, the answer colour, a footer without a hash', async () => {
    const { embed } = await send(fake.chatInput('ask', { question: 'who did Esper meet in Guam?' }));
    expect(embed.description).toBe(
      [
        'Taro Kono — August 29, 2020.',
        '',
        `**Aug 29, 2020** · [${GUAM_TITLE}](${GUAM_LINK})`,
        '> **1.** On August 29, Secretary of Defense Mark T. Esper hosted Japanese Defense Minister Taro Kono in Guam, where they reaffirmed the strength of the U.S.-Japan Alliance and discussed ways to deepen and expand bilateral defense cooperation.',
        '> **2.** They reaffirmed their commitment to the realignment plan to move U.S. forces from Okinawa to Guam and other initiatives, including construction of the Futenma Replacement Facility.',
        '> **3.** Secretary Esper and Minister Kono exchanged views on their shared vision for a free and open Indo-Pacific region.',
        '> **4.** Secretary Esper and Minister Kono recognized the importance of local community engagement in ensuring stable stationing of U.S. forces in Japan.',
        "> **5.** Secretary Esper thanked Japan for its strong leadership in implementing United Nations Security Council Resolutions sanctions to disrupt North Korea's illicit ship-to-ship transfers, and for hosting multinational forces that support this effort.",
      ].join('\n'),
    );
    expect(embed.description.split(GUAM_TITLE)).toHaveLength(2);
    expect(JSON.stringify(embed)).not.toMatch(/\.md\b/);
    expect(embed.color).toBe(COLOURS.answer);
    expect(embed.footer.text).toBe(FOOTER);
    expect(embed.footer.text).not.toMatch(/corpus|[0-9a-f]{8}/);
  });

  it('GIVEN a question that finds nothing THEN only the asker sees it (ephemeral), in the miss colour, with the did-you-mean menu; picking a term answers in place', async () => {
    const miss = await send(fake.chatInput('ask', { question: 'what about Okinowa submarines?' }));
    expect(miss.data.flags).toBe(64);
    expect(miss.embed).toEqual({
      title: 'what about Okinowa submarines?',
      description: 'Nothing in 32 readouts mentions submarines.\nClose terms that are in the readouts: Okinawa',
      footer: { text: FOOTER },
      color: COLOURS.miss,
    });
    expect(miss.data.components).toEqual([
      {
        type: 1,
        components: [
          {
            type: 3,
            custom_id: `pick:ask:${fake.user.id}`,
            placeholder: 'Try a term that is in the readouts',
            options: [{ label: 'Okinawa', value: 'Okinawa' }],
          },
        ],
      },
    ]);
    const picked = await send(fake.selectMenu(`pick:ask:${fake.user.id}`, ['Okinawa']));
    expect(picked.type).toBe(7);
    expect(picked.embed.description.split('\n')[0]).toBe('Okinawa came up in 1 readout (2020-08-29).');
    expect(picked.embed.color).toBe(COLOURS.answer);
    // Even asked with a mention, a miss pings no one.
    const nothing = await send(fake.chatInput('timeline', { topic: 'hypersonic' }));
    expect([nothing.data.flags, nothing.embed.color]).toEqual([64, COLOURS.miss]);
  });

  it('GIVEN /quote THEN the wording found is bold in each sentence, and a copy names its site', async () => {
    const { embed } = await send(fake.chatInput('quote', { phrase: 'field carrier landing practice' }));
    expect(embed.description).toBe(
      [
        '“field carrier landing practice” is in 2 sentences of 2 readouts.',
        '',
        '**Jan 14, 2020** · [U.S. and Japan reinforce defense links](https://www.armyrecognition.com/analysis_focus_army_defence_military_industry_army/u.s._and_japan_reinforce_defense_links.html) · copy on armyrecognition.com',
        '> **1.** Secretary Esper noted the importance of Japan’s steps towards completing the purchase of Mageshima to support **field carrier landing practice**.',
        '',
        `**Aug 29, 2020** · [${GUAM_TITLE}](${GUAM_LINK})`,
        "> **2.** The Secretary noted the importance of Japan's steps towards completing the purchase of Mageshima to support **field carrier landing practice**.",
      ].join('\n'),
    );
    expect(embed.color).toBe(COLOURS.answer);
  });

  it('GIVEN a count THEN one line per readout, no sentences, and nowhere near the embed limit', async () => {
    const { embed } = await send(fake.chatInput('ask', { question: 'how many readouts mention North Korea?' }));
    const lines = embed.description.split('\n');
    expect(lines[0]).toBe('10 readouts of 32 mention North Korea: 2017-02-03 … 2022-05-26.');
    expect(lines.slice(2)).toHaveLength(10);
    expect(lines[5]).toBe(
      "**Sep 5, 2017** · [Secretary Mattis' Call with Japan Minister of Defense Itsunori Onodera](https://military-online.blogspot.com/2017/09/readout-of-secretary-mattis-call-with.html?m=1) · copy on military-online.blogspot.com",
    );
    expect(JSON.stringify(embed).length).toBeLessThan(3000);
  });
});

describe('autocomplete that ranks as a person would', () => {
  it('GIVEN "austral" THEN "Australia" first, then the names of things that start so; labels count readouts', async () => {
    const { data } = await send(fake.autocomplete('timeline', { topic: 'austral' }, 'topic'));
    expect(data.choices).toEqual([
      { name: 'Australia — 7 readouts', value: 'Australia' },
      {
        name: 'Australia-UK-U.S. trilateral security partnership (AUKUS) — 1 readout',
        value: 'Australia-UK-U.S. trilateral security partnership',
      },
      { name: 'Australia-UK-US partnership (AUKUS) — 1 readout', value: 'Australia-UK-US partnership' },
      {
        name: 'Australia-United States Ministerial Consultations (AUSMIN) — 1 readout',
        value: 'Australia-United States Ministerial Consultations',
      },
    ]);
  });

  it('GIVEN "kor" THEN one entry per name (straight and curly apostrophes are one), names before their other names', async () => {
    const { data } = await send(fake.autocomplete('timeline', { topic: 'kor' }, 'topic'));
    const names = (data.choices as { name: string; value: string }[]).map((c) => c.value);
    expect(names).toEqual([
      'Korea',
      'North Korea',
      'South Korea',
      "Democratic People's Republic of Korea",
      'N. Korea',
      'Republic of Korea',
      'S. Korea',
    ]);
    const folded = names.map((n) => n.toLowerCase().replace(/’/g, "'"));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('GIVEN a phrase THEN continuations that end on a word that can end one, counted in readouts', async () => {
    const { data } = await send(fake.autocomplete('quote', { phrase: 'free and open ' }, 'phrase'));
    const values = (data.choices as { value: string }[]).map((c) => c.value);
    expect(values[0]).toBe('free and open indo pacific region');
    for (const v of values) expect(v).not.toMatch(/ (?:a|the|of|and|to|in)$/);
    expect((data.choices as { name: string }[])[0]?.name).toBe('free and open indo pacific region — 2 readouts');
  });
});

describe('a long timeline', () => {
  it('GIVEN /timeline security (25 readouts) THEN the answer at once, then an edit adds the readouts-per-year chart: a PNG with a background, shown in the embed', async () => {
    const receipt = await fake.dispatchInteraction(fake.chatInput('timeline', { topic: 'security' }));
    const callback = await fake.waitForCallback(receipt.id as string, 5000);
    const { data } = callback.body as { data: JsonObject };
    const embed = (data.embeds as Embed[])[0] as Embed;
    expect(embed.description.split('\n')[0]).toBe('security: 25 readouts, first 2015-04-08, last 2024-03-27.');
    expect(embed.footer.text).toBe(`${FOOTER} · readouts 1–8 of 25`);
    // The answer does not wait for the chart to be drawn.
    expect(embed.image).toBeUndefined();
    expect(uploadedFiles(callback)).toEqual([]);
    // First and Last on a timeline of more than two pages.
    expect((data.components as { components: { label: string }[] }[])[0]?.components.map((c) => c.label)).toEqual([
      'First',
      'Previous',
      'Next',
      'Last',
    ]);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${receipt.token}/messages/@original`), 5000);
    const edited = edit.body as JsonObject;
    const editedEmbed = (edited.embeds as Embed[])[0] as Embed;
    expect(editedEmbed.image).toEqual({ url: 'attachment://readouts-per-year.png' });
    expect(editedEmbed.description).toBe(embed.description);
    expect(edited.attachments).toEqual([{ id: '0' }]);
    const files = uploadedFiles(edit);
    expect(files.map((f) => [f.filename, f.contentType])).toEqual([['readouts-per-year.png', 'image/png']]);
    const image = await loadImage(files[0]?.bytes as Buffer);
    expect([image.width, image.height]).toEqual([CHART.width, CHART.height]);
    const ctx = createCanvas(image.width, image.height).getContext('2d');
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(2, 2, 1, 1).data]).toEqual([255, 255, 255, 255]);
    // First, from a later view, draws it back at once.
    const first = await send(fake.button(`tv:0f:${fake.user.id}:::security`));
    expect(first.embed.image).toEqual({ url: 'attachment://readouts-per-year.png' });
    expect(uploadedFiles(first.request).map((f) => f.filename)).toEqual(['readouts-per-year.png']);
  });

  it('GIVEN "Jump to year" 2021 THEN the view opens on the first 2021 readout, without the chart; Last opens the last page', async () => {
    const owner = fake.user.id;
    const jumped = await send(fake.selectMenu(`tly:${owner}:::Secretary`, ['2021']));
    expect(jumped.type).toBe(7);
    const dates = jumped.embed.description.match(/^\*\*([A-Z][a-z]{2} \d{1,2}, \d{4})\*\*/gm);
    expect(dates?.[0]).toBe('**Jan 23, 2021**');
    expect(jumped.embed.footer.text).toBe(`${FOOTER} · readouts 20–27 of 32`);
    expect(jumped.embed.image).toBeUndefined();
    expect(jumped.data.attachments).toEqual([]);
    const last = await send(fake.button(`tv:ol:${owner}:::Secretary`));
    expect(last.embed.footer.text).toBe(`${FOOTER} · readouts 25–32 of 32`);
    const buttons = (last.data.components as { components: { label: string; disabled?: boolean }[] }[])[0]?.components;
    expect(buttons?.map((b) => [b.label, b.disabled === true])).toEqual([
      ['First', false],
      ['Previous', false],
      ['Next', true],
      ['Last', true],
    ]);
  });
});

describe('Find in readouts checks every sentence', () => {
  it('GIVEN a quote, a claim and a denial THEN all three are checked: the "never mentioned" sentence is reported', async () => {
    const text =
      'Austin told the Philippines the U.S. commitment is "ironclad and unwavering" and the treaty covers the Coast Guard. He never mentioned the South China Sea.';
    const { embed, data } = await send(fake.messageContextMenu('Find in readouts', { content: text }));
    expect(data.flags).toBe(64);
    expect(embed.description).toBe('Checked 1 quote and 2 claims: 1 not found, 1 supported, 1 contradicted.');
    const fields = (embed as unknown as { fields: { name: string; value: string }[] }).fields;
    expect(fields.map((f) => f.name)).toEqual([
      'Quote not found',
      'Claim · closest readout wording',
      'Claim contradicted · the readouts say otherwise',
    ]);
    expect(fields[2]?.value.split('\n')[0]).toBe('“He never mentioned the South China Sea.”');
    expect(fields[1]?.value).toContain('· copy on miragenews.com');
  });
});
