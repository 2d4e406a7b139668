/**
 * `hero-cities token create NAME | list | revoke ID`: bearer tokens for the
 * API's writes. The secret is printed once, at creation; only its SHA-256 is
 * stored.
 */
import type { Command } from 'commander';
import { createToken, listTokens, revokeToken } from '../../store/queries/tokens.js';
import { writeAudit } from '../../store/queries/audit.js';
import { usageError } from '../errors.js';
import { withStore, type GlobalOptions } from '../store.js';

const cliActor = () => `cli:${process.env.USER ?? 'unknown'}`;

export function register(program: Command): void {
  const token = program.command('token').description('Manage the bearer tokens that allow writes through the API');

  token
    .command('create')
    .description('Create a token and print its secret (shown only this once)')
    .argument('<name>', 'who or what will use it, e.g. "import-script"')
    .action(async (name: string, _o, cmd: Command) => {
      if (!name.trim()) throw usageError('give the token a name, e.g. `hero-cities token create import-script`');
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      const { token: t, secret } = await withStore(opts, async (db) => {
        const made = await createToken(db, name);
        await writeAudit(db, {
          actor: cliActor(),
          action: 'token.create',
          target: made.token.id,
          detail: { name: made.token.name },
        });
        return made;
      });
      process.stderr.write(`created token ${t.id} (${t.name}); the secret below is shown only now, keep it safe:\n`);
      process.stdout.write(`${secret}\n`);
    });

  token
    .command('list')
    .description('List tokens (never their secrets)')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }, cmd: Command) => {
      const tokens = await withStore(cmd.optsWithGlobals<GlobalOptions>(), (db) => listTokens(db));
      if (o.json) {
        process.stdout.write(JSON.stringify(tokens, null, 2) + '\n');
        return;
      }
      if (tokens.length === 0) {
        process.stdout.write('no tokens; create one with `hero-cities token create NAME`\n');
        return;
      }
      for (const t of tokens) {
        const state = t.revokedAt
          ? `revoked ${t.revokedAt}`
          : t.lastUsedAt
            ? `last used ${t.lastUsedAt}`
            : 'never used';
        process.stdout.write(`${t.id}\t${t.name}\tcreated ${t.createdAt}\t${state}\n`);
      }
    });

  token
    .command('revoke')
    .description('Revoke a token: requests with it are refused from now on')
    .argument('<id>', 'the token id shown by `token list` (tok_…)')
    .action(async (id: string, _o, cmd: Command) => {
      const done = await withStore(cmd.optsWithGlobals<GlobalOptions>(), async (db) => {
        const ok = await revokeToken(db, id);
        if (ok) await writeAudit(db, { actor: cliActor(), action: 'token.revoke', target: id });
        return ok;
      });
      if (!done) throw usageError(`there is no active token "${id}"; \`hero-cities token list\` shows the ids`);
      process.stdout.write(`revoked ${id}\n`);
    });
}
