/**
 * The atlas's static files: the stylesheet (src/web/assets/atlas.css) and the
 * bundled client script (dist/web/client/main.js, made by
 * scripts/build-client.mjs). Each is served at an address that carries a hash
 * of its content, so it can be cached for a year and still change on deploy.
 *
 * Both src/web and dist/web sit two folders below the project root, so the
 * root is found the same way from either.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Asset {
  /** Address the pages link to, e.g. `/assets/atlas.3f2a9c1b.css`. */
  url: string;
  body: Uint8Array;
  type: string;
}

function load(file: string | string[], name: string, ext: string, type: string): Asset | null {
  const files = (Array.isArray(file) ? file : [file]).filter((f) => existsSync(f));
  if (files.length === 0) return null;
  const body = Buffer.concat(files.map((f) => readFileSync(f)));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { url: `/assets/${name}.${hash}.${ext}`, body, type };
}

let cache: { css: Asset | null; js: Asset | null } | undefined;

/** Loaded once per process; `reload` is for tests that rebuild the client. */
export function assets(reload = false): { css: Asset | null; js: Asset | null } {
  if (!cache || reload) {
    cache = {
      // The review workbench's rules (src/web/review/review.css) follow the atlas's, in one file.
      css: load(
        [join(ROOT, 'src', 'web', 'assets', 'atlas.css'), join(ROOT, 'src', 'web', 'review', 'review.css')],
        'atlas',
        'css',
        'text/css; charset=utf-8',
      ),
      js: load(join(ROOT, 'dist', 'web', 'client', 'main.js'), 'main', 'js', 'text/javascript; charset=utf-8'),
    };
  }
  return cache;
}
