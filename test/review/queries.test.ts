// The workbench's store queries on every adapter: PGlite always, a PostgreSQL
// server too when DATABASE_URL_TEST is set (see test/store/harness.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adapters } from '../store/harness.js';
import { claimRow, insertFixture, reviewRows } from './helpers.js';
import { listPendingClaims, pendingFacets } from '../../src/store/queries/list-pending-claims.js';
import { decideClaims, InvalidEditError, listRecentDecisions } from '../../src/store/queries/review-claims.js';
import { countRecentFailedLogins, writeAudit } from '../../src/store/queries/audit.js';
import { findUser, listUsers, upsertUser } from '../../src/store/queries/users.js';

for (const adapter of adapters()) {
  describe(`review queries on ${adapter.name}`, () => {
    test('list, facet, decide, edit and list decisions', async () => {
      const { db, dispose } = await adapter.open();
      try {
        const f = await insertFixture(db);
        const page = await listPendingClaims(db, {}, 1, 2);
        assert.equal(page.total, 3);
        assert.equal(page.claims.length, 2);
        const conflict = (await listPendingClaims(db, { verdict: 'conflicts' })).claims[0];
        assert.equal(conflict?.id, f.conflictId);
        assert.equal(conflict?.related[0]?.id, f.curatedId);
        assert.equal(conflict?.related[0]?.value, '1942-07-17');
        const ref = conflict?.reference;
        assert.ok(ref?.window?.includes('began on 23 August 1942'));
        assert.equal(f.text.slice(ref?.spanStart ?? 0, ref?.spanEnd ?? 0), 'began on 23 August 1942');
        const facets = await pendingFacets(db);
        assert.deepEqual(
          facets.documents.map((d) => d.count),
          [3],
        );
        assert.deepEqual(facets.verdicts.map((v) => [v.verdict, v.count]).sort(), [
          ['conflicts', 1],
          ['new', 1],
          ['none', 1],
        ]);

        const r1 = await decideClaims(db, [f.newId, f.curatedId, 'missing'], { kind: 'accept' }, 'anna');
        assert.deepEqual(r1.done, [f.newId]);
        assert.deepEqual(
          r1.skipped.map((s) => s.id),
          [f.curatedId, 'missing'],
        );
        await decideClaims(
          db,
          [f.conflictId],
          { kind: 'edit', subject: 'stalingrad', value: '1942-07', accept: true, note: 'month only' },
          'anna',
        );
        const c = await claimRow(db, f.conflictId);
        assert.equal(c?.status, 'accepted');
        assert.deepEqual(c?.reconciliation, { verdict: 'agrees', with: [f.curatedId] });
        assert.deepEqual(
          (await reviewRows(db, f.conflictId)).map((r) => r.decision),
          ['edit', 'accept'],
        );
        await assert.rejects(
          decideClaims(db, [f.plainId], { kind: 'edit', subject: 'nowhere', value: 5, accept: false }, 'anna'),
          InvalidEditError,
        );
        assert.equal((await reviewRows(db, f.plainId)).length, 0, 'a refused edit leaves no trace');
        const recent = await listRecentDecisions(db, 5);
        assert.deepEqual(
          recent.map((r) => r.decision),
          ['accept', 'edit', 'accept'],
        );
        assert.equal(recent[1]?.note, 'month only');
      } finally {
        await dispose();
      }
    });

    test('users and failed sign-ins', async () => {
      const { db, dispose } = await adapter.open();
      try {
        assert.equal(await upsertUser(db, 'anna', 'scrypt$1$1$1$x$y'), true);
        assert.equal(await upsertUser(db, 'anna', 'scrypt$2$1$1$x$y'), false);
        assert.equal((await findUser(db, 'anna'))?.passwordHash, 'scrypt$2$1$1$x$y');
        assert.equal(await findUser(db, 'boris'), null);
        assert.deepEqual(
          (await listUsers(db)).map((u) => u.username),
          ['anna'],
        );
        for (let i = 0; i < 3; i++) {
          await writeAudit(db, {
            actor: 'anonymous',
            action: 'login.failed',
            target: 'anna',
            detail: { address: '10.0.0.1' },
          });
        }
        await writeAudit(db, {
          actor: 'anonymous',
          action: 'login.failed',
          target: 'boris',
          detail: { address: '10.0.0.2' },
        });
        assert.deepEqual(await countRecentFailedLogins(db, 'anna', '10.0.0.1', 900), { forUser: 3, fromAddress: 3 });
        assert.deepEqual(await countRecentFailedLogins(db, 'anna', null, 900), { forUser: 3, fromAddress: 0 });
        assert.deepEqual(await countRecentFailedLogins(db, 'carl', '10.0.0.2', 900), { forUser: 0, fromAddress: 1 });
      } finally {
        await dispose();
      }
    });
  });
}
