/**
 * `/readout add`: a moderator gives a link or attaches a saved page (.html,
 * .txt, .md); the publisher reads it into a draft, shown only to them with Add
 * and Cancel. Add writes the canonical file into the corpus folder as the
 * watcher does (atomically, refusing a readout already there) and answers with
 * the new readout's citation once the hot reload serves it.
 */
import { ButtonStyle, MessageFlags, type Attachment, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from './command.ts';
import { ArticleBusyError, UserError } from '../errors.ts';
import { encodeState, textCheck, type ComponentState } from './customId.ts';
import { buttonRows, embed, message, notice, truncate, type MessagePayload } from './respond.ts';
import { footerText, verbatim } from './render.ts';
import { footerOf } from './replies.ts';
import { requireModerator } from './permissions.ts';
import { servicesOf, waitForServed } from './servers.ts';
import {
  DuplicateReadoutError,
  PublisherError,
  readArticle,
  MAX_PAGE_BYTES,
  SAVE_ADVICE,
  writeReadout,
  type ArticleInput,
  type Draft,
} from '../publisher/index.ts';
import { IsoDateInput } from '../answer/types.ts';

/** A saved readout page is 100-250 KB: the page cap (src/publisher/fetch.ts, MAX_PAGE_BYTES) stops a wrong file early. */
export const MAX_ATTACHMENT_BYTES = MAX_PAGE_BYTES;
const ATTACHMENT_TIMEOUT_MS = 15_000;
const SERVED_TIMEOUT_MS = 60_000;

/** The failures a saved page avoids: the site, not the page, is the problem. */
const FETCH_FAILURES = new Set([
  'refused',
  'blocked',
  'rate-limited',
  'server-error',
  'timeout',
  'network',
  'not-html',
  'redirect',
  'bad-status',
]);
export const SAVE_INSTEAD =
  'Open the page in a browser, save it (Save Page As → Web page, HTML only), and run /readout add again with the saved page attached as file:.';

/**
 * The corpus is shared by every server the bot is in: only servers the
 * operator lists in ADD_GUILDS may add to it (checked for the preview and again
 * for Add, so a button from before a settings change cannot write).
 */
export function requireAddAllowed(guildId: string | null, ctx: BotContext): void {
  const allowed = servicesOf(ctx).addGuilds ?? [];
  if (guildId && allowed.includes(guildId)) return;
  throw new UserError(
    "Adding readouts is not enabled in this server: the corpus is shared by every server Readout is in, so the bot's operator allows it per server with the ADD_GUILDS setting.",
  );
}

/** The publisher's one line, worded for Discord (its hints name the command line). */
export function explainPublisherError(error: PublisherError): string {
  // A saved block page says what to do already; a fetch failure gets the Discord way round it.
  if (FETCH_FAILURES.has(error.code) && !(error.code === 'blocked' && !error.message.includes(SAVE_ADVICE)))
    return `${error.message.replace(SAVE_ADVICE, '').trim()} ${SAVE_INSTEAD}`;
  return error.message
    .replace(/--force\b/g, 'force:True')
    .replace(/--date YYYY-MM-DD/g, 'date:YYYY-MM-DD')
    .replace(/readout import <file>\.html/g, '/readout add file:<the saved page>');
}

async function download(attachment: Attachment): Promise<Uint8Array> {
  if (!/\.(?:html?|txt|md)$/i.test(attachment.name)) {
    throw new UserError(`${attachment.name}: attach a saved page (.html) or a text file (.txt, .md).`);
  }
  if (attachment.size > MAX_ATTACHMENT_BYTES) {
    throw new UserError(
      `${attachment.name} is ${(attachment.size / (1024 * 1024)).toFixed(1)} MB; a readout page is far smaller (the limit is 1 MB).`,
    );
  }
  let response: Response;
  try {
    response = await fetch(attachment.url, { signal: AbortSignal.timeout(ATTACHMENT_TIMEOUT_MS) });
  } catch {
    throw new UserError(`Discord did not hand over ${attachment.name}. Attach it again.`);
  }
  if (!response.ok) throw new UserError(`Discord did not hand over ${attachment.name} (HTTP ${response.status}). Attach it again.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new UserError(`${attachment.name} is over 1 MB; a readout page is far smaller.`);
  return bytes;
}

function strippedLines(draft: Draft): string {
  if (draft.stripped.length === 0) return 'nothing';
  const lines = draft.stripped.slice(0, 8).map((s) => `${s.kind}: ${verbatim(truncate(s.text, 90))}`);
  const more = draft.stripped.length - lines.length;
  return `${lines.join('\n')}${more > 0 ? `\n…and ${more} more` : ''}`;
}

/** The preview: what would be written, and Add / Cancel for the moderator who asked. */
export function renderPreview(draft: Draft, owner: string, hash: string): MessagePayload {
  const state = (action: 'add' | 'cancel') => encodeState({ kind: 'draft', action, owner, draft: hash });
  const opening = draft.sentences
    .slice(0, 2)
    .map((s) => `> ${verbatim(s)}`)
    .join('\n');
  return message(
    {
      embeds: [
        embed({
          title: verbatim(draft.title),
          url: draft.source,
          description: opening,
          fields: [
            {
              name: 'Date',
              value: `${draft.date} (${draft.dateSource === 'given' ? 'as given' : `from the ${draft.dateSource}`})`,
              inline: true,
            },
            { name: 'Sentences', value: String(draft.sentences.length), inline: true },
            { name: 'File', value: `\`${draft.fileName}\``, inline: true },
            { name: 'Stripped', value: strippedLines(draft) },
          ],
          footer: 'Add writes it into the corpus; Cancel discards it.',
        }),
      ],
      components: buttonRows([
        { customId: state('add'), label: 'Add', style: ButtonStyle.Primary },
        { customId: state('cancel'), label: 'Cancel' },
      ]),
    },
    { hide: true },
  );
}

/** `/readout add link:|file: [force] [date]` → the ephemeral preview. */
export async function previewReadout(
  interaction: ChatInputCommandInteraction,
  options: { link: string | null; file: Attachment | null; date: string | null; force: boolean | null },
  ctx: BotContext,
): Promise<void> {
  requireModerator(interaction);
  requireAddAllowed(interaction.guildId, ctx);
  const { drafts, publisherHosts } = servicesOf(ctx);
  const link = options.link?.trim() || null;
  const file = options.file;
  if ((link === null) === (file === null)) throw new UserError('Give either link: (a readout page) or file: (a saved page), not both.');
  const date = options.date === null ? undefined : IsoDateInput.safeParse(options.date.trim());
  if (date && !date.success) throw new UserError('`date` must be a date written YYYY-MM-DD, like 2020-08-29.');
  const force = options.force ?? false;

  // Fetching can take longer than Discord's 3 seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let draft: Draft;
  try {
    const input: ArticleInput = file ? { fileName: file.name, content: await download(file) } : { url: link ?? '' };
    draft = await readArticle(input, {
      force,
      ...(date?.success ? { date: date.data } : {}),
      ...(publisherHosts ? { publisherHosts } : {}),
    });
  } catch (error) {
    if (error instanceof PublisherError) {
      await interaction.editReply(notice(explainPublisherError(error)));
      return;
    }
    if (error instanceof UserError) {
      await interaction.editReply(notice(error.message));
      return;
    }
    throw error;
  }
  await interaction.editReply(renderPreview(draft, interaction.user.id, await drafts.save(draft, interaction.user.id)));
}

/** The preview replaced by one line: its embed and buttons removed (an edit keeps what it does not name). */
function plain(text: string): MessagePayload {
  return { ...message({ content: text, components: [] }), embeds: [] };
}

/** Add or Cancel on a preview. */
export async function handleDraftButton(
  interaction: ButtonInteraction,
  state: Extract<ComponentState, { kind: 'draft' }>,
  ctx: BotContext,
): Promise<void> {
  requireModerator(interaction);
  requireAddAllowed(interaction.guildId, ctx);
  const { drafts, corpusDir, logger } = servicesOf(ctx);
  const done = (text: string) => interaction.editReply(plain(text));
  if (state.action === 'cancel') {
    await drafts.remove(state.owner, state.draft);
    await interaction.update(plain('Cancelled: nothing was added.'));
    return;
  }
  const draft = await drafts.load(state.owner, state.draft);
  if (!draft) {
    await interaction.update(plain('This preview was already used or has expired. Run /readout add again.'));
    return;
  }
  // Writing, then waiting for the reload, takes seconds.
  await interaction.deferUpdate();
  let file: string;
  try {
    file = (await writeReadout(corpusDir, draft)).file;
  } catch (error) {
    if (error instanceof DuplicateReadoutError) {
      await drafts.remove(state.owner, state.draft);
      await done(`Not added: this readout is already in the corpus as \`${error.existing}\` (same ${error.why}).`);
      return;
    }
    if (error instanceof PublisherError) {
      await done(`Not added: ${explainPublisherError(error)}`);
      return;
    }
    if (error instanceof ArticleBusyError) {
      await done('Not added yet: the watcher is adding this readout right now. Press Add again in a minute.');
      return;
    }
    throw error;
  }
  await drafts.remove(state.owner, state.draft);
  logger.info({ file, guild: interaction.guildId }, 'readout added from Discord');
  const engine = await waitForServed(ctx.engine, file, ctx.servers?.servedTimeoutMs ?? SERVED_TIMEOUT_MS);
  const readout = engine?.index.readouts.find((r) => r.file === file);
  if (!engine || !readout) {
    await done(`Added as \`${file}\`. The index has not picked it up yet; it will within a minute (see /sources).`);
    return;
  }
  const opening = engine.index.sentence(readout.first);
  const title = verbatim(truncate(readout.title, 120)).replace(/[[\]]/g, '');
  await interaction.editReply(
    message({
      embeds: [
        embed({
          title: 'Added to the corpus',
          description: `> ${verbatim(opening.text)}\n${readout.date ?? 'undated'} · ${readout.source ? `[${title}](${readout.source})` : title} · \`${file}\``,
          footer: footerText(footerOf(engine)),
        }),
      ],
      components: buttonRows([
        { customId: encodeState({ kind: 'context', sentence: opening.id, check: textCheck(opening.text) }), label: 'Show context' },
      ]),
    }),
  );
}
