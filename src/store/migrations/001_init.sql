-- The whole first schema. Records are kept whole as jsonb (validated by the
-- domain schemas before they are written); the columns beside them are what
-- queries filter, sort and join on.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE source (
  id text PRIMARY KEY,
  record jsonb NOT NULL,                                -- domain Source
  origin text NOT NULL CHECK (origin IN ('curated', 'user')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE place (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('hero-city', 'hero-fortress')),
  record jsonb NOT NULL,                                -- domain Place
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  tsv tsvector
);

-- Every name a place has had or is spelt with, for search and the gazetteer.
CREATE TABLE place_name (
  place_id text NOT NULL REFERENCES place (id) ON DELETE CASCADE,
  name text NOT NULL,
  lang text NOT NULL,
  kind text NOT NULL,
  year_from integer,
  year_to integer,
  PRIMARY KEY (place_id, name, lang)
);
CREATE INDEX place_name_trgm ON place_name USING gin (lower(name) gin_trgm_ops);

CREATE TABLE event (
  id text PRIMARY KEY,
  kind text NOT NULL,
  principal boolean NOT NULL DEFAULT false,
  places text[] NOT NULL,
  record jsonb NOT NULL,                                -- domain HistoricalEvent
  tsv tsvector
);

CREATE TABLE memorial (
  id text PRIMARY KEY,
  place_id text NOT NULL REFERENCES place (id) ON DELETE CASCADE,
  year integer,
  record jsonb NOT NULL,                                -- domain Memorial
  tsv tsvector
);

CREATE TABLE title_section (
  id text PRIMARY KEY,
  ord integer NOT NULL,
  record jsonb NOT NULL                                 -- a TitleFile section
);

CREATE TABLE document (
  id text PRIMARY KEY,                                  -- sha-256 of the original bytes
  source_id text NOT NULL REFERENCES source (id),
  file_name text NOT NULL,
  media_type text NOT NULL,
  charset text NOT NULL,
  byte_length integer NOT NULL,
  title text,
  text text NOT NULL,                                   -- extracted main text; spans index into it
  created_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector
);

CREATE TABLE claim (
  id text PRIMARY KEY,
  subject text NOT NULL,
  property text NOT NULL,
  value jsonb NOT NULL,
  qualifiers jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL CHECK (status IN ('accepted', 'pending', 'rejected')),
  rank text NOT NULL DEFAULT 'normal' CHECK (rank IN ('preferred', 'normal', 'deprecated')),
  rank_reason text,
  origin text NOT NULL CHECK (origin IN ('curated', 'extracted')),
  extractor text,                                       -- extractor version, for extracted claims
  document_id text REFERENCES document (id) ON DELETE CASCADE,
  reconciliation jsonb,                                 -- {verdict: agrees|new|conflicts, with: [claim ids]}
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector
);
CREATE INDEX claim_subject_property ON claim (subject, property);
CREATE INDEX claim_status ON claim (status);
CREATE INDEX claim_document ON claim (document_id);

CREATE TABLE claim_reference (
  claim_id text NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  source_id text NOT NULL REFERENCES source (id),
  document_id text REFERENCES document (id) ON DELETE SET NULL,
  quote text,
  span_start integer,
  span_end integer,
  locator text,
  PRIMARY KEY (claim_id, ord)
);
CREATE INDEX claim_reference_source ON claim_reference (source_id);

-- Every review decision, kept: who, when, what the claim was before and after.
CREATE TABLE review (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_id text NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  decision text NOT NULL CHECK (decision IN ('accept', 'reject', 'edit')),
  reviewer text NOT NULL,
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  note text,
  decided_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
  username text PRIMARY KEY,
  password_hash text NOT NULL,                          -- scrypt, with its salt and parameters
  role text NOT NULL DEFAULT 'curator',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_token (
  id text PRIMARY KEY,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,                      -- sha-256 of the secret; the secret is shown once
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE audit_log (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,                                  -- 'user:NAME' or 'token:ID'
  action text NOT NULL,
  target text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- Small key/value facts about the store itself, such as the hash of the seeded dataset.
CREATE TABLE store_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE INDEX place_tsv ON place USING gin (tsv);
CREATE INDEX event_tsv ON event USING gin (tsv);
CREATE INDEX memorial_tsv ON memorial USING gin (tsv);
CREATE INDEX claim_tsv ON claim USING gin (tsv);
CREATE INDEX document_tsv ON document USING gin (tsv);
