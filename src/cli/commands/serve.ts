/** `hero-cities serve`: the atlas and the API over the store, seeded from data/ on start. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { InvalidArgumentError, type Command } from 'commander';
import type { AppContext } from '../../server/context.js';
import type { Db } from '../../store/db.js';
import { describeStore, ensureSeededFrom, openStore, type GlobalOptions } from '../store.js';

interface ServeOptions extends GlobalOptions {
  port: number;
  host: string;
  secureCookies: boolean;
}

export function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535)
    throw new InvalidArgumentError(`"${v}" is not a port; give a whole number from 0 to 65535`);
  return n;
}

/**
 * The secret that signs session cookies: HERO_CITIES_SECRET, else one made on
 * first start and kept in the store (store_meta), so it survives restarts and
 * every process on one PostgreSQL server shares it.
 */
export async function sessionSecret(db: Db): Promise<string> {
  const env = process.env.HERO_CITIES_SECRET;
  if (env) {
    if (env.length < 32)
      throw new Error(
        'HERO_CITIES_SECRET is too short; use at least 32 random characters (e.g. `openssl rand -hex 32`)',
      );
    return env;
  }
  await db.query(`INSERT INTO store_meta (key, value) VALUES ('session_secret', $1) ON CONFLICT (key) DO NOTHING`, [
    randomBytes(32).toString('hex'),
  ]);
  const { rows } = await db.query<{ value: string }>(`SELECT value FROM store_meta WHERE key = 'session_secret'`);
  return rows[0]!.value;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the atlas and the API (seeds the store from the dataset first when it changed)')
    .option(
      '-p, --port <n>',
      'port to listen on (env PORT)',
      parsePort,
      process.env.PORT ? parsePort(process.env.PORT) : 3000,
    )
    .option('-H, --host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option(
      '--secure-cookies',
      'mark cookies Secure (when served behind TLS)',
      process.env.HERO_CITIES_SECURE_COOKIES === '1',
    )
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ServeOptions>();
      await runServe(opts);
    });
}

async function runServe(opts: ServeOptions): Promise<void> {
  const db = await openStore(opts);
  try {
    const seeded = await ensureSeededFrom(db, opts);
    if (seeded.seeded)
      process.stderr.write(
        `seeded the store from the dataset (${seeded.result?.places} places, ${seeded.result?.claims} claims)\n`,
      );
    const ctx: AppContext = { db, secret: await sessionSecret(db), secureCookies: opts.secureCookies };
    // Loaded here, not at the top: the other commands need not load the web app.
    const [{ createApp }, { serve: serveHttp }] = await Promise.all([
      import('../../server/app.js'),
      import('@hono/node-server'),
    ]);
    const app = createApp(ctx);
    const server = serveHttp({ fetch: app.fetch, port: opts.port, hostname: opts.host });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', (err: NodeJS.ErrnoException) =>
        reject(
          err.code === 'EADDRINUSE'
            ? new Error(`port ${opts.port} is in use; choose another with --port or PORT`, { cause: err })
            : err,
        ),
      );
    });
    const addr = server.address() as AddressInfo;
    const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    process.stdout.write(`Hero Cities is at http://${host}:${addr.port}/ (${describeStore(opts)})\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.stderr.write('stopping\n');
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; a second signal forces it.
        setTimeout(resolve, 3000).unref();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  } finally {
    await db.close();
  }
}
