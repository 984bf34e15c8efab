/**
 * Firewall, CDN and CAPTCHA pages served in place of an article, often with
 * 200 OK: "Request Rejected" (F5), "Access Denied" (Akamai), "Attention
 * Required" / "Just a moment…" (Cloudflare), Incapsula incidents, CAPTCHAs.
 * Such a page is a failed fetch, never "not a readout": the article is there,
 * the site did not hand it over this time. The word lists are data, kept here
 * apart from the code that reads them.
 */

/** Whole titles (or first headings) of block pages, any case. */
const BLOCK_TITLES: readonly RegExp[] = [
  /^request rejected$/i,
  /^access denied$/i,
  /^access to this page has been denied\.?$/i,
  /^attention required!?(?: \| cloudflare)?$/i,
  /^just a moment\.*…?$/i,
  /^(?:403 )?forbidden$/i,
  /^error 403(?: forbidden)?$/i,
  /^pardon our interruption\.*$/i,
  /^security check$/i,
  /^are you a (?:human|robot)\??$/i,
  /^(?:human verification|verify you are human)$/i,
  /\bcaptcha\b/i,
];

/** Phrases only block pages say; looked for in short pages only (a readout never carries them). */
const BLOCK_PHRASES: readonly RegExp[] = [
  /\bthe requested url was rejected\b/i,
  /\byour support id is\b/i,
  /\byou don't have permission to access\b/i,
  /\berrors\.edgesuite\.net\b/i,
  /\bincapsula incident id\b/i,
  /\bchecking (?:if the site connection is secure|your browser before accessing)\b/i,
  /\bplease (?:enable javascript and cookies|complete the security check)\b/i,
  /\bverify (?:that )?you are (?:a )?human\b/i,
  /\b(?:re|h)?captcha\b/i,
];

/** Pages longer than this (visible text) are articles, whatever words they use. */
const SHORT_PAGE_CHARS = 3000;

/** Visible text of the first part of a page: scripts, styles and tags dropped, entities left (enough to match words). */
function roughText(html: string): string {
  return html
    .slice(0, 200_000)
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&#x27;|&rsquo;/gi, "'")
    .replace(/&#58;/g, ':')
    .replace(/&#46;/g, '.')
    .replace(/&#47;/g, '/')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstMatch(html: string, pattern: RegExp): string | null {
  const found = pattern.exec(html.slice(0, 200_000))?.[1];
  return found ? roughText(found) : null;
}

/**
 * The block page's own title ("Request Rejected") when `html` is a firewall,
 * CDN or CAPTCHA page rather than an article; otherwise null.
 *
 * @example
 * blockPageTitle('<title>Request Rejected</title><body>The requested URL was rejected. Your support ID is: 42</body>') // → 'Request Rejected'
 */
export function blockPageTitle(html: string): string | null {
  const title = firstMatch(html, /<title[^>]*>([\s\S]*?)<\/title\s*>/i);
  const heading = firstMatch(html, /<h1[^>]*>([\s\S]*?)<\/h1\s*>/i);
  for (const candidate of [title, heading]) {
    if (candidate && BLOCK_TITLES.some((re) => re.test(candidate))) return candidate;
  }
  const text = roughText(html);
  if (text.length <= SHORT_PAGE_CHARS && BLOCK_PHRASES.some((re) => re.test(text))) return title || heading || 'a block page';
  return null;
}
