/** Fixtures and a local HTTP server for the publisher tests (127.0.0.1 only). */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures/publisher');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  base: string;
  /** Requests seen, as "METHOD path". */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  routes: Map<string, Handler>;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 with a route table that tests fill in. */
export async function localServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>();
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    routes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function html(body: string, status = 200, headers: Record<string, string> = {}): Handler {
  return (_req, res) => void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

/** A feed fixture with its links pointing at `base`. */
export function feedFixture(name: string, base: string): string {
  return fixture(name).replaceAll('{{BASE}}', base);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A war.gov article page (the layout of wargov-article.html) holding a readout
 * from the bundled corpus: its title and paragraphs, a shown date and a canonical link.
 */
export function warGovPageFrom(corpusFile: string, options: { dateText?: string; link: string }): string {
  const text = readFileSync(join(import.meta.dirname, '../../corpus', corpusFile), 'utf8');
  const [, front = '', body = ''] = text.split(/^---\n/m);
  const title = /^title: (.*)$/m.exec(front)?.[1] ?? '';
  const paragraphs = body
    .trim()
    .split(/\n\n/)
    .map((p) => `        <p>${escapeHtml(p)}</p>`);
  return fixture('wargov-article.html')
    .replace(/<h1 class="maintitle">[\s\S]*?<\/h1>/, `<h1 class="maintitle">${escapeHtml(title)}</h1>`)
    .replace(/<span class="date">[^<]*<\/span>/, `<span class="date">${options.dateText ?? ''}</span>`)
    .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${options.link}">`)
    .replace(/<div class="body">[\s\S]*?<\/div>/, `<div class="body">\n${paragraphs.join('\n')}\n          </div>`);
}
