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

/** The `readout` command (src/bin.js). */
export const BIN = resolve(import.meta.dirname, 'bin.js');
