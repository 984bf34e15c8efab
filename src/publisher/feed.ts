/**
 * The releases feed (RSS 2.0) → items. fast-xml-parser reads the XML; zod
 * checks the shape, item by item, so one odd item is passed over with a reason
 * instead of failing the feed. A feed with one item parses as an object, not
 * an array, in every XML-to-object parser: `isArray` makes it one.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { IsoDate } from '../text/dates.ts';
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
  const shape = FeedSchema.safeParse(parser.parse(xml));
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

/**
 * An RFC 822 pubDate ("Sat, 04 Oct 2025 01:30:00 GMT") as the calendar date in
 * Washington, where the release was issued: a readout posted at 9:30 p.m.
 * Eastern is that day's readout, though GMT has moved on.
 */
export function washingtonDate(pubDate: string | undefined): IsoDate | null {
  if (!pubDate) return null;
  const when = Date.parse(pubDate);
  return Number.isNaN(when) ? null : WASHINGTON.format(new Date(when));
}
