/**
 * The publisher module: readouts from where they are published. Saved pages,
 * text files and links become Drafts (readArticle), Drafts become corpus
 * files (writeReadout), and the watcher polls the releases feed.
 */
export { readArticle, looksLikeReadout, type Draft, type ArticleInput, type ReadArticleOptions } from './article.ts';
export { writeReadout, readCorpusKeys, findDuplicate, type CorpusKeys, type WriteOptions } from './write.ts';
export {
  PublisherError,
  FetchError,
  NotAReadoutError,
  DuplicateReadoutError,
  type PublisherErrorCode,
  type FetchErrorCode,
} from '../errors.ts';
export { articleId, isPublisherHost, isPublisherUrl, isLoopbackHost, parsePublisherHosts, type PublisherHosts } from './links.ts';
export { politeFetch, USER_AGENT, SAVE_ADVICE, MAX_PAGE_BYTES } from './fetch.ts';
export type { StrippedLine } from './page.ts';
