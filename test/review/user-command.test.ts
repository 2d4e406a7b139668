import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readFirstLine } from '../../src/cli/commands/user.js';

test('readFirstLine takes the first line of standard input without its line ending', async () => {
  assert.equal(await readFirstLine(Readable.from(['secret pass', 'word\r\nrest\n'])), 'secret password');
  assert.equal(await readFirstLine(Readable.from(['\uFEFFno newline'])), 'no newline');
});

// `user add` and `user list` through commander in a child process, with the password on stdin.
const PROGRAM = `
import { Command } from 'commander';
import { register } from './src/cli/commands/user.ts';
const program = new Command('hero-cities').option('--data <dir>').exitOverride();
register(program);
try { await program.parseAsync(process.argv.slice(1), { from: 'user' }); } catch (e) { console.error(String(e.message ?? e)); process.exitCode = 2; }
`;

function cli(args: string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROGRAM, '--', ...args], {
    input,
    encoding: 'utf8',
    cwd: process.cwd(),
  });
}

test('hero-cities user add reads the password from stdin, stores a scrypt hash; user list shows the user', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-user-'));
  try {
    const data = join(dir, 'db');
    const add = cli(['--data', data, 'user', 'add', 'Anna', '--password-stdin'], 'a good long password\n');
    assert.equal(add.status, 0, add.stderr);
    assert.match(add.stdout, /added curator "anna"/);
    const short = cli(['--data', data, 'user', 'add', 'boris'], 'short\n');
    assert.notEqual(short.status, 0);
    assert.match(short.stderr, /at least 10 characters/);
    const badName = cli(['--data', data, 'user', 'add', 'no spaces'], 'a good long password\n');
    assert.notEqual(badName.status, 0);
    const list = cli(['--data', data, 'user', 'list', '--json'], '');
    assert.equal(list.status, 0, list.stderr);
    const users = JSON.parse(list.stdout) as { username: string; role: string }[];
    assert.deepEqual(
      users.map((u) => [u.username, u.role]),
      [['anna', 'curator']],
    );
    assert.ok(!list.stdout.includes('scrypt'), 'hashes are not printed');
    const signout = cli(['--data', data, 'user', 'signout', 'anna'], '');
    assert.equal(signout.status, 0, signout.stderr);
    assert.match(signout.stdout, /ended 0 sessions of "anna"/);
    const nobody = cli(['--data', data, 'user', 'signout', 'nobody'], '');
    assert.notEqual(nobody.status, 0);
    assert.match(nobody.stderr, /no curator "nobody"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
