/**
 * A bot reply as HTML in Discord's layout (dark theme: the message, its
 * embed with the colour bar, fields, image and footer, then buttons and
 * menus), for tools/readme-images.ts to photograph with headless Chromium.
 * The page loads nothing from the network: no fonts, scripts or styles from
 * elsewhere, and images only from the files handed in (the chart).
 */
import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import type { MessagePayload } from '../../src/discord/respond.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Markdown Discord renders in an embed: bold, struck, masked links, block quotes, escapes. */
export function markdownHtml(text: string): string {
  const inline = (line: string) =>
    escapeHtml(line)
      .replace(/\\([\\`*_~|[\]()>])/g, (_m, c: string) => `&#${c.charCodeAt(0)};`)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/~~(.+?)~~/g, '<s>$1</s>')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a>$1</a>');
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length) out.push(`<div class="quote">${quote.join('<br>')}</div>`);
    quote = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('> ')) quote.push(inline(line.slice(2)));
    else {
      flush();
      out.push(line === '' ? '<div class="gap"></div>' : `<div>${inline(line)}</div>`);
    }
  }
  flush();
  return out.join('');
}

function embedHtml(embed: APIEmbed, files: Map<string, string>): string {
  const colour = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  const image = embed.image?.url.startsWith('attachment://') ? files.get(embed.image.url.slice('attachment://'.length)) : undefined;
  return `<div class="embed" style="border-left-color:${colour}">
    ${embed.title ? `<div class="title">${embed.url ? `<a>${escapeHtml(embed.title)}</a>` : escapeHtml(embed.title)}</div>` : ''}
    ${embed.description ? `<div class="description">${markdownHtml(embed.description)}</div>` : ''}
    ${(embed.fields ?? []).map((f) => `<div class="field"><div class="name">${markdownHtml(f.name)}</div><div class="value">${markdownHtml(f.value)}</div></div>`).join('')}
    ${image ? `<img class="image" src="${escapeHtml(image)}">` : ''}
    ${embed.footer ? `<div class="footer">${escapeHtml(embed.footer.text)}</div>` : ''}
  </div>`;
}

function componentsHtml(payload: MessagePayload): string {
  return (payload.components ?? [])
    .map((row) => {
      const parts = row.components.map((c) => {
        if (c.type === ComponentType.Button && 'label' in c) {
          const kind = c.style === ButtonStyle.Primary ? 'primary' : 'secondary';
          return `<span class="button ${kind}${c.disabled ? ' disabled' : ''}">${escapeHtml(c.label ?? '')}</span>`;
        }
        if (c.type === ComponentType.StringSelect)
          return `<span class="select">${escapeHtml(c.placeholder ?? '')}<span class="caret">⌄</span></span>`;
        return '';
      });
      return `<div class="row">${parts.join('')}</div>`;
    })
    .join('');
}

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; background: #313338; color: #dbdee1; font: 15px/1.375 "DejaVu Sans", "Noto Sans", sans-serif; width: 760px; }
  .message { display: flex; padding: 16px 16px 20px 16px; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #3b6ea5; color: #fff; font-weight: bold; display: flex; align-items: center; justify-content: center; margin-right: 16px; flex: none; }
  .body { flex: 1; min-width: 0; }
  .invoked { color: #949ba4; font-size: 13px; margin-bottom: 2px; }
  .invoked b { color: #c9cdfb; font-weight: normal; }
  .author { color: #f2f3f5; font-weight: 600; }
  .tag { background: #5865f2; color: #fff; font-size: 10px; border-radius: 3px; padding: 1px 4px; margin-left: 4px; vertical-align: 2px; }
  .embed { margin-top: 6px; background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 10px 16px 14px 12px; max-width: 680px; }
  .title { color: #f2f3f5; font-weight: 600; margin-bottom: 6px; }
  .description, .value { font-size: 14px; }
  .gap { height: 8px; }
  a { color: #00a8fc; text-decoration: none; }
  strong { color: #f2f3f5; }
  .quote { border-left: 4px solid #4e5058; padding-left: 10px; margin: 2px 0; }
  .field { margin-top: 8px; }
  .name { font-weight: 600; color: #f2f3f5; font-size: 14px; margin-bottom: 2px; }
  .image { display: block; margin-top: 12px; max-width: 100%; border-radius: 4px; }
  .footer { margin-top: 8px; font-size: 12px; color: #b5bac1; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; max-width: 680px; }
  .button { white-space: nowrap; padding: 2px 10px; height: 32px; line-height: 28px; border-radius: 3px; font-size: 13px; font-weight: 500; color: #fff; }
  .primary { background: #5865f2; } .secondary { background: #4e5058; } .disabled { opacity: 0.5; }
  .select { width: 400px; height: 40px; line-height: 40px; padding: 0 12px; background: #1e1f22; border-radius: 4px; color: #949ba4; position: relative; }
  .caret { position: absolute; right: 12px; }
  .ephemeral { margin-top: 6px; font-size: 12px; color: #949ba4; }
`;

/**
 * The page for one reply. `files` maps an attachment's name to the local
 * path (or file: URL) its image is read from.
 */
export function payloadHtml(payload: MessagePayload, invoked: string, files: Map<string, string> = new Map()): string {
  const hidden = ((payload.flags ?? 0) & 64) !== 0;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
  <div class="message"><div class="avatar">R</div><div class="body">
    <div class="invoked">used <b>${escapeHtml(invoked)}</b></div>
    <div><span class="author">Readout</span><span class="tag">APP</span></div>
    ${payload.content ? `<div>${markdownHtml(payload.content)}</div>` : ''}
    ${(payload.embeds ?? []).map((e) => embedHtml(e, files)).join('')}
    ${componentsHtml(payload)}
    ${hidden ? '<div class="ephemeral">Only you can see this</div>' : ''}
  </div></div></body></html>`;
}
