/**
 * The publisher's addresses, and the one rule for what Readout fetches.
 *
 * war.gov and defense.gov, with or without www., are one publisher
 * (defense.gov redirects to war.gov since September 2025), reached over https
 * on the default port. Nothing else is fetched unless the operator names it in
 * PUBLISHER_HOSTS (host or host:port, comma-separated): that is how tests and
 * a local mirror use loopback, and the only way plain http is allowed (to a
 * loopback host so named). A link a Discord user typed, a feed item's link and
 * every redirect are all checked by isPublisherUrl before any request, so the
 * refusal is the same whatever the target would have answered (no port
 * probing, no reading a service on the bot's own machine).
 *
 * An article's numeric id is its stable key, whatever the host or the slug
 * (slugs are cut at about 80 characters and change with the title).
 */

const SITE_HOSTS = new Set(['war.gov', 'www.war.gov', 'defense.gov', 'www.defense.gov']);

/** Extra publisher hosts as the config holds them: "host" or "host:port", normalised (lower case, IPv6 in brackets). */
export type PublisherHosts = readonly string[] | undefined;

/** 127.x.x.x, localhost and ::1 (as a URL parser writes them). */
export function isLoopbackHost(hostname: string): boolean {
  return /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/i.test(hostname);
}

/** war.gov or defense.gov, with or without www. */
export function isPublisherHost(hostname: string): boolean {
  return SITE_HOSTS.has(hostname.toLowerCase());
}

/**
 * PUBLISHER_HOSTS → normalised entries, and the entries that are not a host[:port].
 * Parsing goes through the URL parser, so "2130706433" or "0x7f.1" is named as
 * the 127.0.0.1 it means, the way every link is compared.
 *
 * @example
 * parsePublisherHosts('127.0.0.1:8080, Mirror.Example') // → { hosts: ['127.0.0.1:8080', 'mirror.example'], bad: [] }
 */
export function parsePublisherHosts(value: string): { hosts: string[]; bad: string[] } {
  const hosts: string[] = [];
  const bad: string[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    let url: URL | null = null;
    try {
      url = new URL(`https://${entry}`);
    } catch {
      url = null;
    }
    // Only a host and an optional port: no scheme, path, user or query.
    const plain = /^[^/?#@\s]+$/.test(entry);
    if (!url || !plain || url.pathname !== '/' || !url.hostname) {
      bad.push(entry);
      continue;
    }
    // "host:443" as typed keeps its port: URL('https://h:443') would drop it.
    const port = /:(\d{1,5})$/.exec(entry)?.[1];
    hosts.push(port && !entry.endsWith(']') ? `${url.hostname}:${Number(port)}` : url.hostname);
  }
  return { hosts, bad };
}

/** The port a URL reaches, written out ("443" for https without one). */
function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
}

function namedBy(url: URL, hosts: PublisherHosts): boolean {
  for (const entry of hosts ?? []) {
    const at = entry.lastIndexOf(':');
    const hasPort = at > entry.lastIndexOf(']') && at > 0;
    const host = hasPort ? entry.slice(0, at) : entry;
    if (host !== url.hostname) continue;
    // "host" alone: its scheme's default port; "host:port": that port.
    if (hasPort ? entry.slice(at + 1) === portOf(url) : url.port === '') return true;
  }
  return false;
}

/**
 * Whether Readout may fetch `link`: https to war.gov or defense.gov (default
 * port), or a host the operator named in PUBLISHER_HOSTS, over https, or over
 * plain http when that host is loopback. No user name or password in the link.
 * Decided from the link alone, before any request.
 *
 * @example
 * isPublisherUrl('https://www.war.gov/News/Releases/') // → true
 * isPublisherUrl('http://127.0.0.1:8080/admin') // → false
 * // A host named in PUBLISHER_HOSTS (a local mirror, a test server):
 * isPublisherUrl('http://127.0.0.1:8080/rss', parsePublisherHosts('127.0.0.1:8080').hosts) // → true
 */
export function isPublisherUrl(link: string | URL, hosts: PublisherHosts = undefined): boolean {
  let url: URL;
  try {
    url = typeof link === 'string' ? new URL(link) : link;
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.protocol === 'https:' && isPublisherHost(url.hostname) && url.port === '') return true;
  if (!namedBy(url, hosts)) return false;
  return url.protocol === 'https:' || isLoopbackHost(url.hostname);
}

/** "war.gov" for www.war.gov, "127.0.0.1:8080" for a mirror: how messages name a host. */
export function hostLabel(url: URL): string {
  return isPublisherHost(url.hostname) ? url.hostname.replace(/^www\./i, '') : url.host || url.protocol.replace(/:$/, '');
}

const ARTICLE_PATH = /\/Article\/(\d{4,})(?:\/|$)/i;

/**
 * The numeric article id of a publisher (or loopback mirror) link, or null.
 *
 * @example
 * articleId('https://www.war.gov/News/Releases/Release/Article/4305546/readout-of-secretary/') // → '4305546'
 */
export function articleId(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (!isPublisherHost(url.hostname) && !isLoopbackHost(url.hostname)) return null;
  return ARTICLE_PATH.exec(url.pathname)?.[1] ?? null;
}
