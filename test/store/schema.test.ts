import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { dumpSchema } from '../../src/store/dump-schema.js';
import { listMigrations, migrate } from '../../src/store/migrate.js';
import { forEachAdapter, REPO_ROOT } from './harness.js';

forEachAdapter(
  'schema',
  (ctx) => {
    test('every migration is recorded, and migrating again applies nothing', async () => {
      const { rows } = await ctx.db.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY version');
      assert.deepEqual(
        rows.map((r) => r.name),
        listMigrations().map((m) => m.name),
      );
      assert.deepEqual(await migrate(ctx.db), []);
    });

    test(
      'src/store/schema.sql is the schema the migrations build',
      { skip: ctx.adapter !== 'pglite' && 'the dump is taken on PGlite' },
      async () => {
        const committed = readFileSync(join(REPO_ROOT, 'src', 'store', 'schema.sql'), 'utf8');
        assert.equal(
          committed,
          await dumpSchema(ctx.db),
          'src/store/schema.sql is stale: run `npx tsx src/store/dump-schema.ts > src/store/schema.sql` and commit it',
        );
      },
    );
  },
  { seeded: false },
);
