/**
 * The soak's "watcher running" mode: a copy of the bundled corpus under hot
 * reload, the publisher's watcher polling a local releases feed (127.0.0.1),
 * and the announcer posting each new readout in one server's channel. The
 * soak releases readouts into the feed while it sends interactions.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import type { ServerServices } from '../../src/discord/servers.ts';
import { baseline, saveBaseline } from '../../src/discord/servers.ts';
import { Engine } from '../../src/engine/engine.ts';
import { LiveEngine } from '../../src/engine/live.ts';
import type { Logger } from '../../src/logger.ts';
import { fileStore } from '../../src/store/files.ts';
import { Announcer } from '../../src/discord/announcer.ts';
import { runWatcher } from '../../src/publisher/watch.ts';
import { BUNDLED_CORPUS } from '../../src/paths.ts';
import { html, localServer } from '../publisher/support.ts';

export interface Watching {
  engine(): Engine;
  servers: ServerServices;
  /** Start announcing in `channel` of `guild` (once the bot is logged in). */
  attach(client: Client, guild: string, channel: string): Promise<void>;
  /** Put `count` new readouts in the feed. */
  release(count: number): void;
  released(): number;
  stop(): Promise<void>;
}

function releasePage(n: number, link: string): string {
  const title = `Readout of Secretary of War Pete Hegseth's Call With Defense Minister Number ${n}`;
  return `<!DOCTYPE html><html><head><title>${title}</title><link rel="canonical" href="${link}"></head><body>
<div class="article-view"><div class="adetail"><h1 class="maintitle">${title}</h1>
<div class="info"><span class="date">October ${(n % 27) + 1}, 2025</span></div><div class="body">
<p>Secretary of War Pete Hegseth spoke by phone today with Defense Minister Number ${n}.</p>
<p>The two leaders discussed soak exercise ${n} and agreed to meet again.</p>
</div><div class="footer"></div></div></div></body></html>`;
}

export async function startWatching(logger: Logger): Promise<Watching> {
  // Not tmp.ts's folders: `npm run soak` runs outside vitest.
  const corpusDir = mkdtempSync(join(tmpdir(), 'readout-soak-corpus-'));
  cpSync(BUNDLED_CORPUS, corpusDir, { recursive: true });
  const stateDir = mkdtempSync(join(tmpdir(), 'readout-soak-state-'));
  const files = fileStore({ STATE_DIR: stateDir }, logger);
  const store = files.guilds;
  const server = await localServer();
  const items: string[] = [];
  const feed = () =>
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>War.gov Releases</title><link>${server.base}/</link><description>Releases</description>${items.join('')}</channel></rss>`;
  server.routes.set('/rss', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed()));

  let announcer: Announcer | undefined;
  const live = new LiveEngine(corpusDir, Engine.load(corpusDir), {
    load: (dir) => {
      const next = Engine.load(dir);
      next.warmUp();
      return next;
    },
    pollMs: 200,
    logger,
    onReload: () => void announcer?.sync(),
  }).start();
  const controller = new AbortController();
  const watcher = runWatcher(
    {
      corpusDir,
      statePath: join(stateDir, 'watch.json'),
      feeds: [`${server.base}/rss`],
      titleFilter: /^Readout\b/i,
      intervalMs: 300,
      jitter: 0,
      pauseMs: 0,
      maxAttempts: 3,
      retryBaseMs: 1000,
      // The local server stands in for the publisher (PUBLISHER_HOSTS=127.0.0.1:<port>).
      publisherHosts: [new URL(server.base).host],
    },
    { signal: controller.signal, onPass: () => {}, onError: (error) => logger.error({ err: error }, 'soak watcher pass failed') },
  );

  return {
    engine: () => live.current,
    servers: { store, drafts: files.drafts, corpusDir, logger },
    async attach(client, guild, channel) {
      const version = await saveBaseline(live.current, store);
      await store.update(guild, (s) => {
        baseline(s, version);
        s.announce = channel;
      });
      announcer = new Announcer({ client, store, engine: () => live.current, logger });
      await announcer.sync();
    },
    release(count) {
      for (let i = 0; i < count; i++) {
        const n = items.length + 1;
        const link = `${server.base}/News/Releases/Release/Article/${4400000 + n}/readout-${n}/`;
        server.routes.set(new URL(link).pathname, html(releasePage(n, link)));
        items.push(
          `<item><guid isPermaLink="false">${link}</guid><link>${link}</link><title>Readout of Secretary of War Pete Hegseth's Call With Defense Minister Number ${n}</title><description>A call.</description><pubDate>Fri, ${String((n % 27) + 1).padStart(2, '0')} Oct 2025 12:00:00 GMT</pubDate></item>`,
        );
      }
    },
    released: () => items.length,
    async stop() {
      controller.abort();
      await watcher;
      live.stop();
      announcer?.stop();
      await server.close();
      for (const dir of [corpusDir, stateDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
