/**
 * Long timelines through the real discord.js client and the fake Discord: the
 * readouts per year on the first page, the "Jump to year" menu beside
 * Previous/Next (owner only, its state in the custom_id), and pages rendered
 * from their own readouts alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type JsonObject } from '../support/fakeDiscord.ts';
import type { Bot } from '../../src/discord/bot.ts';
import { startReplyBot } from '../support/serving.ts';
import { Engine } from '../../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';

const OTHER_USER = '222222222222222222';

let fake: FakeDiscord;
let bot: Bot;
let engine: Engine;

beforeAll(async () => {
  fake = await startFakeDiscord();
  engine = Engine.load(BUNDLED_CORPUS);
  bot = await startReplyBot(fake.apiUrl, engine);
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function send(payload: JsonObject): Promise<{ type: number; data: JsonObject }> {
  const receipt = await fake.dispatchInteraction(payload);
  return (await fake.waitForCallback(receipt.id as string, 3000)).body as { type: number; data: JsonObject };
}

type Embed = { title: string; description: string; footer: { text: string }; image?: { url: string } };
const footer = (shown: string) => `32 readouts · updated Mar 27, 2024 · readouts ${shown} of 32`;
/** The entries' dates, back to ISO ("**Jan 23, 2021**" → 2021-01-23) to compare with the engine's. */
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const datesOf = (e: Embed) =>
  [...e.description.matchAll(/^\*\*([A-Z][a-z]{2}) (\d{1,2}), (\d{4})\*\*/gm)].map(
    ([, m, d, y]) => `${y}-${String(MONTH.indexOf(m as string) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

describe('a timeline of more than three pages', () => {
  // "Secretary" is in all 32 bundled readouts: 4 pages of 8.
  const owner = () => fake.user.id;
  const yearMenuId = () => `tly:${owner()}:::Secretary`;

  it('GIVEN /timeline THEN the first page opens, then its readouts-per-year chart is added; First/Previous/Next/Last, and a "Jump to year" menu', async () => {
    const receipt = await fake.dispatchInteraction(fake.chatInput('timeline', { topic: 'Secretary' }));
    const body = (await fake.waitForCallback(receipt.id as string, 3000)).body as { type: number; data: JsonObject };
    const embed = (body.data.embeds as Embed[])[0] as Embed;
    // The chart shows the readouts per year: the text bars are left out.
    expect(embed.description.split('\n').slice(0, 2)).toEqual(['Secretary: 32 readouts, first 2014-04-10, last 2024-03-27.', '']);
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${receipt.token}/messages/@original`), 5000);
    expect(((edit.body as { embeds: Embed[] }).embeds[0] as Embed).image).toEqual({ url: 'attachment://readouts-per-year.png' });
    expect(datesOf(embed)).toHaveLength(8);
    expect(embed.footer.text).toBe(footer('1–8'));
    const option = (year: string, n: number) => ({ label: year, value: year, description: `${n} readout${n === 1 ? '' : 's'}` });
    expect(body.data.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, custom_id: `tv:0f:${owner()}:::Secretary`, label: 'First', style: 2, disabled: true },
          { type: 2, custom_id: `tv:0p:${owner()}:::Secretary`, label: 'Previous', style: 1, disabled: true },
          { type: 2, custom_id: `tv:8n:${owner()}:::Secretary`, label: 'Next', style: 1 },
          { type: 2, custom_id: `tv:ol:${owner()}:::Secretary`, label: 'Last', style: 2 },
        ],
      },
      {
        type: 1,
        components: [
          {
            type: 3,
            custom_id: yearMenuId(),
            placeholder: 'Jump to year',
            options: [
              option('2014', 2),
              option('2015', 1),
              option('2017', 11),
              option('2018', 1),
              option('2020', 4),
              option('2021', 7),
              option('2022', 5),
              option('2024', 1),
            ],
          },
        ],
      },
    ]);
  });

  it('GIVEN 2021 picked THEN the view opens on the first 2021 readout (the 20th), without the chart', async () => {
    const body = await send(fake.selectMenu(yearMenuId(), ['2021']));
    expect(body.type).toBe(7);
    const embed = (body.data.embeds as Embed[])[0] as Embed;
    // 19 readouts come before 2021 (2 + 1 + 11 + 1 + 4): the view is entries 20-27.
    const all = engine.answer({ command: 'timeline', input: 'Secretary' }).results.map((r) => r.date);
    expect(datesOf(embed)).toEqual(all.slice(19, 27));
    expect(datesOf(embed)[0]).toBe('2021-01-23');
    expect(embed.image).toBeUndefined();
    expect(body.data.attachments).toEqual([]);
    expect(embed.footer.text).toBe(footer('20–27'));
    const buttons = (body.data.components as { components: { custom_id: string }[] }[])[0]?.components.map((c) => c.custom_id);
    // Previous goes back a page's worth from here (the 12th on); Next and Last both open the end.
    expect(buttons).toEqual([
      `tv:0f:${owner()}:::Secretary`,
      `tv:bp:${owner()}:::Secretary`,
      `tv:rn:${owner()}:::Secretary`,
      `tv:ol:${owner()}:::Secretary`,
    ]);
  });

  it('GIVEN Next from there THEN the last readouts, the same as the full timeline', async () => {
    const body = await send(fake.button(`tv:rn:${owner()}:::Secretary`));
    const embed = (body.data.embeds as Embed[])[0] as Embed;
    expect(datesOf(embed)).toEqual(
      engine
        .answer({ command: 'timeline', input: 'Secretary' })
        .results.slice(27)
        .map((r) => r.date),
    );
    expect(embed.footer.text).toBe(footer('28–32'));
  });

  it('GIVEN a page button from before views had offsets (tl:3) THEN it still opens page 4', async () => {
    const body = await send(fake.button(`tl:3:${owner()}:::Secretary`));
    expect(((body.data.embeds as Embed[])[0] as Embed).footer.text).toBe(footer('25–32'));
  });

  it('GIVEN another user picks a year THEN only a notice to them; a forged value THEN a short notice', async () => {
    const stranger = await send(
      fake.selectMenu(yearMenuId(), ['2021'], { member: { user: { ...fake.user, id: OTHER_USER, username: 'other' } } }),
    );
    expect(stranger.data).toMatchObject({
      content: `Only <@${owner()}> can change this answer. Run the command yourself to get your own.`,
      flags: 64 | 4,
    });
    const forged = await send(fake.selectMenu(yearMenuId(), ['twenty']));
    expect(forged.data).toMatchObject({ content: 'That menu could not be read. Run the command again.', flags: 64 | 4 });
  });

  it('GIVEN a timeline of two pages THEN no per-year line and no menu', async () => {
    const body = await send(fake.chatInput('timeline', { topic: 'Japan' }));
    const embed = (body.data.embeds as Embed[])[0] as Embed;
    expect(embed.description.split('\n').slice(0, 2)).toEqual(['Japan: 10 readouts, first 2015-04-08, last 2022-07-11.', '']);
    expect(body.data.components).toHaveLength(1);
  });
});
