-- Curator sessions, so that signing out (or `hero-cities user signout NAME`)
-- ends a session everywhere, not only in the browser that signed out: the
-- signed cookie alone stayed valid until it expired. The id is the SHA-256 of
-- the cookie's nonce, so the table holds nothing a cookie could be made from.
CREATE TABLE app_session (
  id text PRIMARY KEY,
  username text NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE INDEX app_session_username ON app_session (username);
