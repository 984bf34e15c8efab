-- What STATE_DIR (and the watcher's file in CACHE_DIR) hold, one row per document.
-- Each document is the JSON the file store writes, validated by the same zod schema when read.

-- One row per server: announce channel, follows, the corpus it last saw, outbox, posts (GuildState).
CREATE TABLE guild_state (
  guild      text PRIMARY KEY,
  state      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The files of each corpus version a server was brought up to date with (written once).
CREATE TABLE corpus_version (
  version    text PRIMARY KEY,
  files      jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Drafts of /readout add, each moderator's own, between the preview and the Add button;
-- a few per moderator, pruned after a day.
CREATE TABLE draft (
  owner      text NOT NULL,
  hash       text NOT NULL,
  draft      jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, hash)
);
CREATE INDEX draft_created_at ON draft (created_at);

-- The watcher's state per corpus (feeds' validators, articles seen and failed).
CREATE TABLE watch_state (
  corpus     text PRIMARY KEY,
  state      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
