/**
 * The releases feed (RSS 2.0) → items. fast-xml-parser reads the XML; zod
 * checks the shape, item by item, so one odd item is passed over with a reason
 * instead of failing the feed. A feed with one item parses as an object, not
 * an array, in every XML-to-object parser: `isArray` makes it one.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../text/dates.ts';
import { PublisherError } from '../errors.ts';
import { articleId } from './links.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** The article id from the link, else the link itself: what dedupes items. */
  key: string;
  articleId: string | null;
  /** pubDate as a Washington calendar date. */
  date: IsoDate | null;
}

export interface Feed {
  title: string;
  items: FeedItem[];
  /** Items passed over, with why. */
  invalid: string[];
}

const text = z.union([z.string(), z.number()]).transform((v) => String(v).replace(/\s+/g, ' ').trim());
const ItemSchema = z.object({
  title: text.pipe(z.string().min(1, { error: 'has no title' })),
  link: text.pipe(z.url({ protocol: /^https?$/, error: 'has no http(s) link' })),
  pubDate: text.optional(),
});
const FeedSchema = z.object({
  rss: z.object({
    channel: z.object({
      title: text.optional(),
      item: z.array(z.unknown()).default([]),
    }),
  }),
});

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (_name, path) => path === 'rss.channel.item',
});

/**
 * Parse an RSS 2.0 document. Throws PublisherError ('unreadable') on XML that
 * is not well formed or is not RSS.
 *
 * @example
 * parseFeed('<rss><channel><item><title>Readout of …</title><link>https://www.war.gov/…/Article/4305546/…/</link></item></channel></rss>')
 *   .items[0].articleId // → '4305546'
 */
export function parseFeed(xml: string, host = 'the feed'): Feed {
  // A CDN's error page or a login wall, answered with 200.
  if (/^\s*(?:<!doctype html|<html)/i.test(xml)) throw new PublisherError('unreadable', `${host} sent a web page, not a feed`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new PublisherError('unreadable', `${host} sent a feed that is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    // A DOCTYPE with an external entity, an entity past the parser's size limit, …: this feed's failure.
    throw new PublisherError('unreadable', `${host} sent a feed that could not be read (${(error as Error).message.slice(0, 120)})`);
  }
  const shape = FeedSchema.safeParse(parsed);
  if (!shape.success) throw new PublisherError('unreadable', `${host} sent XML that is not an RSS 2.0 feed (no rss/channel)`);
  const items: FeedItem[] = [];
  const invalid: string[] = [];
  shape.data.rss.channel.item.forEach((raw, n) => {
    const item = ItemSchema.safeParse(raw);
    if (!item.success) {
      invalid.push(`item ${n + 1} ${item.error.issues[0]?.message ?? 'is malformed'}`);
      return;
    }
    const id = articleId(item.data.link);
    items.push({
      title: item.data.title,
      link: item.data.link,
      key: id ?? item.data.link,
      articleId: id,
      date: washingtonDate(item.data.pubDate),
    });
  });
  return { title: shape.data.rss.channel.title ?? '', items, invalid };
}

const WASHINGTON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The first year of readouts worth importing; dates before it, or after next year, are not believed. */
export const FIRST_YEAR = 1990;

/**
 * A real calendar date (YYYY-MM-DD, no Feb 30) from FIRST_YEAR to next year:
 * the dates Readout believes for a readout, from a feed or a page.
 */
export function isPlausibleDate(iso: string, now = Date.now()): boolean {
  if (!isIsoDate(iso)) return false;
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_YEAR && year <= new Date(now).getUTCFullYear() + 1;
}

const MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822's zones, in hours from GMT. */
const ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};
const RFC822 =
  /^\s*(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{4})?\s*$/i;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?)?\s*$/i;

/** A pubDate as an instant, read strictly (RFC 822, or ISO 8601 as some feeds write): null when it is not a real date. */
function instant(value: string): number | null {
  let parts: { y: string; m: number; d: string; h: string; min: string; s: string | undefined; zone: string | undefined } | null = null;
  const rfc = RFC822.exec(value);
  if (rfc) {
    parts = {
      y: rfc[3] as string,
      m: MONTH.indexOf((rfc[2] as string).toLowerCase()) + 1,
      d: rfc[1] as string,
      h: rfc[4] as string,
      min: rfc[5] as string,
      s: rfc[6],
      zone: rfc[7],
    };
  } else {
    const iso = ISO.exec(value);
    if (iso)
      parts = {
        y: iso[1] as string,
        m: Number(iso[2]),
        d: iso[3] as string,
        h: iso[4] ?? '12',
        min: iso[5] ?? '00',
        s: iso[6],
        zone: iso[7] ?? 'Z',
      };
  }
  if (!parts || parts.m < 1) return null;
  const day = `${parts.y}-${String(parts.m).padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  const [h, min, sec] = [Number(parts.h), Number(parts.min), Number(parts.s ?? 0)];
  if (!isIsoDate(day) || h > 23 || min > 59 || sec > 60) return null;
  const zone = (parts.zone ?? 'GMT').toUpperCase();
  let offsetMinutes = 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) offsetMinutes = (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  else if (zone in ZONES) offsetMinutes = (ZONES[zone] ?? 0) * 60;
  else return null;
  return Date.UTC(Number(parts.y), parts.m - 1, Number(parts.d), h, min, sec) - offsetMinutes * 60_000;
}

/**
 * An RFC 822 pubDate ("Sat, 04 Oct 2025 01:30:00 GMT") as the calendar date in
 * Washington, where the release was issued: a readout posted at 9:30 p.m.
 * Eastern is that day's readout, though GMT has moved on. Null unless it is a
 * real date from 1990 to next year (years 99, -1 or 10000, Feb 30): the item
 * then needs its date from the page, as `import` asks for `--date`.
 */
export function washingtonDate(pubDate: string | undefined, now = Date.now()): IsoDate | null {
  if (!pubDate) return null;
  const when = instant(pubDate);
  if (when === null) return null;
  const date = WASHINGTON.format(new Date(when));
  return isPlausibleDate(date, now) ? date : null;
}
