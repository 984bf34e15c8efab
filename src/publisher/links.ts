/**
 * The publisher's addresses. war.gov and defense.gov, with or without www.,
 * are one publisher (defense.gov redirects to war.gov since September 2025);
 * an article's numeric id is its stable key, whatever the host or the slug
 * (slugs are cut at about 80 characters and change with the title).
 */

const PUBLISHER_HOSTS = new Set(['war.gov', 'www.war.gov', 'defense.gov', 'www.defense.gov']);

/** 127.x.x.x, localhost and ::1: tests and local mirrors, the only hosts plain http may reach. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/i.test(hostname);
}

export function isPublisherHost(hostname: string): boolean {
  return PUBLISHER_HOSTS.has(hostname.toLowerCase());
}

/** "war.gov" for www.war.gov: how messages name a host. */
export function hostLabel(url: URL): string {
  return isLoopbackHost(url.hostname) ? url.host : url.hostname.replace(/^www\./i, '');
}

/**
 * Two URLs from the same publisher: both war.gov/defense.gov hosts, or the
 * same loopback host and port (a local mirror stands in for the publisher).
 */
export function samePublisher(a: URL, b: URL): boolean {
  if (isPublisherHost(a.hostname)) return isPublisherHost(b.hostname) && b.protocol === 'https:';
  return a.host === b.host && a.protocol === b.protocol;
}

const ARTICLE_PATH = /\/Article\/(\d{4,})(?:\/|$)/i;

/**
 * The numeric article id of a publisher link, or null.
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
