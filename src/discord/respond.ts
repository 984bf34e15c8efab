/**
 * The one place that builds what the bot sends to Discord. Handlers describe
 * a reply (embeds, buttons, a select menu, who sees it, who is pinged) and get
 * back a payload that obeys every limit in src/discord/limits.ts by
 * construction:
 *
 * - each text is truncated to its field's limit, fields to 25, embeds to 6000
 *   characters in all (trailing fields are dropped and counted in the footer);
 * - `allowed_mentions` parses nothing: @everyone, roles and users in corpus or
 *   user text are never pinged; only the user given as `mention` may be;
 * - link previews never appear: links sit in embeds (which do not unfurl) and
 *   a text-only reply carries the SuppressEmbeds flag.
 */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APISelectMenuOption,
} from 'discord.js';
import { LIMITS } from './limits.ts';

/** "…" marks every cut, so a reader knows text is missing. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

export interface EmbedSpec {
  title?: string;
  url?: string | null;
  description?: string;
  fields?: APIEmbedField[];
  footer?: string;
  /** The bar at the embed's left edge (0xRRGGBB). */
  color?: number;
  /** An image shown under the embed: `attachment://name.png` for a file sent with the message. */
  image?: string;
}

/** An embed with every part clamped to its limit. */
export function embed(spec: EmbedSpec): APIEmbed {
  const out: APIEmbed = {};
  if (spec.title) out.title = truncate(spec.title, LIMITS.embedTitle);
  if (spec.url) out.url = spec.url;
  if (spec.description) out.description = truncate(spec.description, LIMITS.embedDescription);
  if (spec.fields?.length) {
    out.fields = spec.fields.slice(0, LIMITS.embedFields).map((f) => ({
      name: truncate(f.name || '\u200b', LIMITS.fieldName),
      value: truncate(f.value || '\u200b', LIMITS.fieldValue),
      ...(f.inline ? { inline: true } : {}),
    }));
  }
  if (spec.footer) out.footer = { text: truncate(spec.footer, LIMITS.footerText) };
  if (spec.color !== undefined) out.color = spec.color;
  if (spec.image) out.image = { url: spec.image };
  return fitTotal(out, (spec.fields?.length ?? 0) - (out.fields?.length ?? 0));
}

function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Drop trailing fields until the embed fits 6000 characters, and say how many went. */
function fitTotal(e: APIEmbed, alreadyDropped: number): APIEmbed {
  let dropped = alreadyDropped;
  const fields = [...(e.fields ?? [])];
  const note = () => (dropped > 0 ? ` · ${dropped} more not shown` : '');
  const withFooter = (): APIEmbed => {
    const text = `${e.footer?.text ?? ''}${note()}`.replace(/^ · /, '');
    return { ...e, fields, ...(text ? { footer: { text: truncate(text, LIMITS.footerText) } } : {}) };
  };
  while (embedLength(withFooter()) > LIMITS.embedTotal && fields.length > 0) {
    fields.pop();
    dropped++;
  }
  let result = withFooter();
  if (fields.length === 0) delete result.fields;
  if (embedLength(result) > LIMITS.embedTotal && result.description) {
    const over = embedLength(result) - LIMITS.embedTotal;
    result = { ...result, description: truncate(result.description, result.description.length - over) };
  }
  return result;
}

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface ButtonSpec {
  customId: string;
  label: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
  disabled?: boolean;
}

/** Buttons in rows of five. Custom ids are checked, not cut: a cut id would be a broken button. */
export function buttonRows(buttons: ButtonSpec[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < buttons.length && rows.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + LIMITS.buttonsPerRow).map(
        (b): APIButtonComponentWithCustomId => ({
          type: ComponentType.Button,
          custom_id: checkedId(b.customId),
          label: truncate(b.label, LIMITS.buttonLabel),
          style: b.style ?? ButtonStyle.Secondary,
          ...(b.disabled ? { disabled: true } : {}),
        }),
      ),
    });
  }
  return rows;
}

export function selectRow(customId: string, placeholder: string, options: { label: string; value: string; description?: string }[]): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: checkedId(customId),
        placeholder: truncate(placeholder, LIMITS.selectPlaceholder),
        options: uniqueBy(options, (o) => truncate(o.value, LIMITS.selectOptionValue))
          .slice(0, LIMITS.selectOptions)
          .map(
            (o): APISelectMenuOption => ({
              label: truncate(o.label, LIMITS.selectOptionLabel),
              value: truncate(o.value, LIMITS.selectOptionValue),
              ...(o.description ? { description: truncate(o.description, LIMITS.selectOptionDescription) } : {}),
            }),
          ),
      },
    ],
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function checkedId(customId: string): string {
  if (customId.length > LIMITS.customId) throw new Error(`respond: custom_id over ${LIMITS.customId} characters: ${customId}`);
  return customId;
}

/** Who sees a reply and who is pinged. */
export interface Audience {
  /** Only the person who asked sees it (ephemeral). */
  hide?: boolean;
  /** "Suggested for @user": the one user who may be pinged. */
  mention?: string | null;
}

/** A file sent with a message (a chart), shown in an embed as `attachment://name`. */
export interface FileSpec {
  name: string;
  data: Buffer;
}

export interface MessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  files?: { attachment: Buffer; name: string }[];
  /** On an update: the files the message keeps (none: a chart of another page is dropped). */
  attachments?: [];
  flags?: number;
  allowedMentions: { parse: []; users?: string[] };
}

/** What a renderer hands over: a miss is shown only to the asker whatever the options said. */
export interface ReplyParts {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  files?: FileSpec[];
  /** Nothing answered: shown only to the person who asked (a miss is no news to a channel). */
  miss?: boolean;
}

/**
 * A complete reply. Mentions are parsed for nobody but `audience.mention`;
 * a miss is ephemeral and pings nobody.
 */
export function message(parts: ReplyParts, audience: Audience = {}): MessagePayload {
  const hide = audience.hide === true || parts.miss === true;
  const mention = hide ? null : (audience.mention ?? null);
  const lines = [mention ? `Suggested for <@${mention}>` : '', parts.content ?? ''].filter(Boolean);
  const content = lines.length ? truncate(lines.join('\n'), LIMITS.content) : undefined;
  const embeds = (parts.embeds ?? []).slice(0, LIMITS.embedsPerMessage);
  let flags = 0;
  if (hide) flags |= MessageFlags.Ephemeral;
  // Without embeds of our own, suppress previews of any link in the text.
  if (embeds.length === 0) flags |= MessageFlags.SuppressEmbeds;
  return {
    ...(content ? { content } : {}),
    ...(embeds.length ? { embeds } : {}),
    components: parts.components ?? [],
    ...(parts.files?.length ? { files: parts.files.map((f) => ({ attachment: f.data, name: f.name })) } : {}),
    ...(flags ? { flags } : {}),
    allowedMentions: mention ? { parse: [], users: [mention] } : { parse: [] },
  };
}

/**
 * A message as a button or menu rewrites it: its old files go (a chart stays
 * only on the page that sends it again), and who sees it cannot change on an
 * update, so no ephemeral flag is sent.
 */
export function update(parts: ReplyParts): MessagePayload {
  const payload = message({ ...parts, miss: false });
  return { ...payload, attachments: [] };
}

/** A short notice only the user sees: errors, "only the asker can page", rate limits. */
export function notice(text: string): MessagePayload {
  return message({ content: text }, { hide: true });
}

/** Autocomplete choices: at most 25, names and values at most 100 characters. */
export function choices(items: { label: string; value: string }[]): APIApplicationCommandOptionChoice<string>[] {
  return uniqueBy(
    items.filter((i) => i.value.length <= LIMITS.choiceValue),
    (i) => i.value,
  )
    .slice(0, LIMITS.autocompleteChoices)
    .map((i) => ({ name: truncate(i.label, LIMITS.choiceName), value: i.value }));
}
