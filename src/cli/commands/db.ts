/** `hero-cities db migrate | seed | reset`: the store's schema and its curated data. */
import type { Command } from 'commander';
import { loadDataset } from '../../dataset/load-dataset.js';
import type { Db } from '../../store/db.js';
import { migrate } from '../../store/migrate.js';
import { seed, type SeedResult } from '../../store/seed.js';
import { usageError } from '../errors.js';
import { describeStore, withStore, type GlobalOptions } from '../store.js';

type SeedOptions = GlobalOptions;

const summary = (r: SeedResult) =>
  `${r.places} places, ${r.events} events, ${r.memorials} memorials, ${r.claims} claims, ${r.sources} sources`;

/** Drops every table (documents, reviews, users and tokens too) and rebuilds the schema. */
export async function resetStore(db: Db): Promise<void> {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await migrate(db);
}

export function register(program: Command): void {
  const db = program.command('db').description('Manage the store: schema migrations, seeding, reset');

  db.command('migrate')
    .description('Apply pending schema migrations')
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(
        opts,
        async (store) => {
          const applied = await migrate(store);
          process.stdout.write(
            applied.length
              ? `applied ${applied.join(', ')} to the ${describeStore(opts)}\n`
              : `the schema is up to date (${describeStore(opts)})\n`,
          );
        },
        false,
      );
    });

  db.command('seed')
    .description('Validate the curated dataset and write it into the store (user documents and reviews are kept)')
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<SeedOptions>();
      // Validate before opening the store: a broken dataset never touches it.
      const ds = loadDataset(opts.dataset);
      await withStore(opts, async (store) => {
        const r = await seed(store, ds);
        process.stdout.write(`seeded ${summary(r)} into the ${describeStore(opts)}\n`);
      });
    });

  db.command('reset')
    .description('Delete everything in the store (documents, reviews, users, tokens too), then migrate and seed')
    .option('--yes', 'confirm that everything in the store may be deleted')
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<SeedOptions & { yes?: boolean }>();
      if (!opts.yes) throw usageError(`this deletes everything in the ${describeStore(opts)}; add --yes to go ahead`);
      const ds = loadDataset(opts.dataset);
      await withStore(opts, async (store) => {
        await resetStore(store);
        const r = await seed(store, ds);
        process.stdout.write(`reset the ${describeStore(opts)} and seeded ${summary(r)}\n`);
      });
    });
}
