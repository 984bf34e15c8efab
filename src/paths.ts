/**
 * Where Readout's own files are, wherever the command is run from: the bundled
 * corpus, the snapshot cache and the `readout` executable (which the bot
 * spawns to build an index aside, and the shard manager to start shards).
 */
import { resolve } from 'node:path';

/** The corpus bundled with Readout. */
export const BUNDLED_CORPUS = resolve(import.meta.dirname, '../corpus');

/** Snapshots live here unless CACHE_DIR says otherwise (git ignores it). */
export const DEFAULT_CACHE_DIR = resolve(import.meta.dirname, '../.cache/snapshots');

/**
 * Per-server settings and what was posted where, unless STATE_DIR says
 * otherwise (git ignores it). Not a cache: deleting it forgets every server's
 * announce channel and follows.
 */
export const DEFAULT_STATE_DIR = resolve(import.meta.dirname, '../.state');

/** The `readout` command (src/bin.js). */
export const BIN = resolve(import.meta.dirname, 'bin.js');

/** Word lists, lexicon tables and tuning data (data/README.md), shipped with the code. */
export const DATA_DIR = resolve(import.meta.dirname, '../data');
