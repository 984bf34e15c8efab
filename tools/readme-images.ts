/**
 * `npm run images`: redraws the README's pictures of what a team sees
 * (docs/images/ask.png, timeline.png, find.png) from real payloads: the
 * bundled corpus answered and rendered exactly as the bot does
 * (tools/screens/payloads.ts), laid out as Discord lays a reply out
 * (tools/screens/discordHtml.ts), photographed by headless Chromium from
 * Debian's `chromium` package (`apt-get install -y chromium`). Run it after
 * a change to the rendering, and commit the PNGs.
 *
 * Chromium runs with a fresh profile, no GPU, no sync, no component updates
 * and no background networking, and the page it opens is a local file that
 * loads only local files (the chart PNG).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { Engine } from '../src/engine/engine.ts';
import { BUNDLED_CORPUS } from '../src/paths.ts';
import { readmeScreens } from './screens/payloads.ts';
import { payloadHtml } from './screens/discordHtml.ts';

const OUT = resolve(import.meta.dirname, '../docs/images');
const WIDTH = 760;
/** Taller than any reply: the shot is cropped to the content afterwards. */
const TALL = 2400;
/** Discord's dark background, what is cropped away below the message. */
const BACKGROUND = [0x31, 0x33, 0x38];

function chromium(): string {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {}
  }
  throw new Error('readme-images: Chromium not found; install it with: apt-get update && apt-get install -y chromium');
}

function screenshot(browser: string, html: string, png: string, profile: string): void {
  execFileSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-extensions',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--user-data-dir=${profile}`,
      `--window-size=${WIDTH},${TALL}`,
      `--screenshot=${png}`,
      pathToFileURL(html).href,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 },
  );
}

/** The shot without the empty background below the message. */
async function cropped(png: string): Promise<Buffer> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let bottom = image.height - 1;
  const blank = (y: number) => {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (data[i] !== BACKGROUND[0] || data[i + 1] !== BACKGROUND[1] || data[i + 2] !== BACKGROUND[2]) return false;
    }
    return true;
  };
  while (bottom > 0 && blank(bottom)) bottom--;
  const height = Math.min(image.height, bottom + 16);
  const out = createCanvas(image.width, height);
  out.getContext('2d').drawImage(image, 0, 0);
  return out.toBuffer('image/png');
}

async function main(): Promise<void> {
  const browser = chromium();
  const engine = Engine.load(BUNDLED_CORPUS);
  const work = mkdtempSync(join(tmpdir(), 'readout-images-'));
  try {
    for (const screen of readmeScreens(engine)) {
      const files = new Map<string, string>();
      for (const file of screen.payload.files ?? []) {
        const path = join(work, file.name);
        writeFileSync(path, file.attachment);
        files.set(file.name, pathToFileURL(path).href);
      }
      const html = join(work, `${screen.name}.html`);
      writeFileSync(html, payloadHtml(screen.payload, screen.invoked, files));
      const shot = join(work, `${screen.name}.shot.png`);
      screenshot(browser, html, shot, mkdtempSync(join(work, 'profile-')));
      const png = join(OUT, `${screen.name}.png`);
      writeFileSync(png, await cropped(shot));
      process.stdout.write(`wrote ${png}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
