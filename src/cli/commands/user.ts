/**
 * `hero-cities user add NAME` and `hero-cities user list`: curator accounts
 * for the review workbench. The password never appears on the command line
 * (where `ps` and shell history would keep it): it is typed at a prompt that
 * does not echo, or read from standard input when that is not a terminal or
 * with --password-stdin (`printf '%s\n' "$PW" | hero-cities user add anna`).
 * Adding a user who exists sets a new password and ends their sessions;
 * `hero-cities user signout NAME` ends them without one (a lost laptop).
 */
import type { Command } from 'commander';
import { deleteUserSessions } from '../../store/queries/sessions.js';
import { checkUsername, findUser, listUsers, upsertUser } from '../../store/queries/users.js';
import { writeAudit } from '../../store/queries/audit.js';
import { checkPassword, hashPassword } from '../../web/auth/password.js';
import { usageError } from '../errors.js';
import { describeStore, withStore, type GlobalOptions } from '../store.js';

/** Reads one line from the terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(question);
    let buf = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (err?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(buf);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u0004') return buf === '' ? done(new Error('cancelled')) : done();
        if (ch === '\u007f' || ch === '\b') buf = [...buf].slice(0, -1).join('');
        else if (ch >= ' ') buf += ch;
      }
    };
    input.on('data', onData);
  });
}

/** The first line of standard input, without its line ending. */
export async function readFirstLine(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) break;
  }
  return (text.split(/\r?\n/)[0] ?? '').replace(/^\uFEFF/, '');
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return readFirstLine();
  const first = await promptHidden('Password: ');
  const problem = checkPassword(first);
  if (problem) throw usageError(problem);
  const second = await promptHidden('Password again: ');
  if (first !== second) throw usageError('the two passwords differ; run the command again');
  return first;
}

export function register(program: Command): void {
  const user = program.command('user').description('Manage the curators who may sign in to the review workbench');

  user
    .command('add')
    .description('Add a curator, or set a new password for one (asks for the password; never pass it as an argument)')
    .argument('<name>', 'username: lower-case letters, digits, ".", "_" or "-"')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--role <role>', 'role of the account', 'curator')
    .action(async (name: string, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { passwordStdin?: boolean; role: string }>();
      const username = name.trim().toLowerCase();
      const bad = checkUsername(username);
      if (bad) throw usageError(bad);
      const password = await readPassword(Boolean(opts.passwordStdin));
      const weak = checkPassword(password);
      if (weak) throw usageError(weak);
      const hash = await hashPassword(password);
      await withStore(opts, async (db) => {
        const created = await upsertUser(db, username, hash, opts.role);
        if (!created) await deleteUserSessions(db, username);
        await writeAudit(db, { actor: 'cli', action: created ? 'user.add' : 'user.password', target: username });
        process.stdout.write(
          created
            ? `added curator "${username}" to the ${describeStore(opts)}\n`
            : `set a new password for "${username}" (their sessions have ended) in the ${describeStore(opts)}\n`,
        );
      });
    });

  user
    .command('signout')
    .description('End every session of a curator, in every browser (their password stays)')
    .argument('<name>', 'username')
    .action(async (name: string, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      const username = name.trim().toLowerCase();
      await withStore(opts, async (db) => {
        if (!(await findUser(db, username)))
          throw usageError(`there is no curator "${username}"; see: hero-cities user list`);
        const ended = await deleteUserSessions(db, username);
        await writeAudit(db, { actor: 'cli', action: 'user.signout', target: username, detail: { sessions: ended } });
        process.stdout.write(`ended ${ended} session${ended === 1 ? '' : 's'} of "${username}"\n`);
      });
    });

  user
    .command('list')
    .description('List the curators')
    .option('--json', 'print JSON')
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      await withStore(opts, async (db) => {
        const users = (await listUsers(db)).map(({ username, role, createdAt }) => ({ username, role, createdAt }));
        if (opts.json) process.stdout.write(JSON.stringify(users, null, 2) + '\n');
        else if (users.length === 0) process.stdout.write('no curators yet; add one with: hero-cities user add NAME\n');
        else for (const u of users) process.stdout.write(`${u.username}\t${u.role}\t${u.createdAt}\n`);
      });
    });
}
