/**
 * The README's pictures are drawn from these payloads (tools/readme-images.ts,
 * which needs Chromium; this test does not): their shape is pinned here, so a
 * change to the rendering that would make the pictures stale fails until they
 * are redrawn (`npm run images`) and this is updated. The HTML they are drawn
 * from loads nothing but local files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeScreens } from '../../tools/screens/payloads.ts';
import { markdownHtml, payloadHtml } from '../../tools/screens/discordHtml.ts';
import { bundledEngine } from '../support/fixtures.ts';

const screens = readmeScreens(bundledEngine());
const byName = (name: string) => screens.find((s) => s.name === name)?.payload;

/** A payload's shape: each embed's parts and lengths, each row's components, the files. */
function shape(name: string) {
  const p = byName(name);
  return {
    flags: p?.flags ?? 0,
    embeds: p?.embeds?.map((e) => ({
      title: e.title,
      color: e.color,
      lines: e.description?.split('\n').length,
      fields: e.fields?.map((f) => f.name),
      image: e.image?.url,
      footer: e.footer?.text,
    })),
    components: p?.components?.map((r) => r.components.map((c) => ('label' in c ? c.label : 'placeholder' in c ? c.placeholder : c.type))),
    files: p?.files?.map((f) => f.name),
  };
}

describe("the README's pictures", () => {
  it('GIVEN the /ask picture THEN one embed, the readout once and its five sentences, five context buttons', () => {
    expect(shape('ask')).toEqual({
      flags: 0,
      embeds: [
        {
          title: 'who did Esper meet in Guam?',
          color: 0x3b6ea5,
          lines: 8,
          fields: undefined,
          image: undefined,
          footer: '32 readouts · updated Mar 27, 2024',
        },
      ],
      components: [['Show context 1', 'Show context 2', 'Show context 3', 'Show context 4', 'Show context 5']],
      files: undefined,
    });
  });

  it('GIVEN the /timeline picture THEN eight readouts, the chart attached and shown, First/Previous/Next/Last and Jump to year', () => {
    expect(shape('timeline')).toEqual({
      flags: 0,
      embeds: [
        {
          title: 'Timeline: security',
          color: 0x3b6ea5,
          lines: 2 + 8 * 3 - 1,
          fields: undefined,
          image: 'attachment://readouts-per-year.png',
          footer: '32 readouts · updated Mar 27, 2024 · readouts 1–8 of 25',
        },
      ],
      components: [['First', 'Previous', 'Next', 'Last'], ['Jump to year']],
      files: ['readouts-per-year.png'],
    });
  });

  it('GIVEN the Find in readouts picture THEN only the asker sees it, three checks', () => {
    expect(shape('find')).toEqual({
      flags: 64,
      embeds: [
        {
          title: 'Find in readouts',
          color: 0x3b6ea5,
          lines: 1,
          fields: ['Quote not found', 'Claim · closest readout wording', 'Claim contradicted · the readouts say otherwise'],
          image: undefined,
          footer: '32 readouts · updated Mar 27, 2024',
        },
      ],
      components: [],
      files: undefined,
    });
  });

  it('GIVEN a payload as HTML THEN Discord Markdown is rendered, links are not followed, and nothing but the given files is loaded', () => {
    expect(markdownHtml('**Aug 29, 2020** · [Title](https://example.org/x)\n> a **b**\n> c')).toBe(
      '<div><strong>Aug 29, 2020</strong> · <a>Title</a></div><div class="quote">a <strong>b</strong><br>c</div>',
    );
    for (const screen of screens) {
      const html = payloadHtml(screen.payload, screen.invoked, new Map([['readouts-per-year.png', 'file:///tmp/chart.png']]));
      expect(html).not.toMatch(/<(?:script|link|iframe)\b|@import|url\(|href=/i);
      for (const src of html.matchAll(/src="([^"]*)"/g)) expect(src[1]).toBe('file:///tmp/chart.png');
    }
  });

  it('GIVEN the repository THEN the pictures are committed where the README shows them', () => {
    for (const name of ['ask', 'timeline', 'find'])
      expect(existsSync(join(import.meta.dirname, '../../docs/images', `${name}.png`))).toBe(true);
  });
});
