/**
 * `hero-cities import FILE`: restores a full backup made with
 * `hero-cities export --format backup` (or GET … it is never served by the
 * API, as it holds password and token hashes). Everything in the store is
 * replaced, in one transaction; a store that holds data needs --replace.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importBackup } from '../../export/backup.js';
import { storeHasData } from '../../store/queries/backup.js';
import { usageError } from '../errors.js';
import { describeStore, withStore, type GlobalOptions } from '../store.js';

interface ImportOptions extends GlobalOptions {
  replace?: boolean;
}

export function register(program: Command): void {
  program
    .command('import')
    .description('Restore a full backup (from `export --format backup`) into the store, replacing what is there')
    .argument('<file>', 'the backup file')
    .option('--replace', 'replace the data of a store that is not empty')
    .action(async (file: string, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ImportOptions>();
      const text = await readFile(file, 'utf8').catch((err: Error) => {
        throw usageError(`cannot read ${file}: ${err.message}`);
      });
      const result = await withStore(opts, async (db) => {
        if (!opts.replace && (await storeHasData(db))) {
          throw usageError(
            `the ${describeStore(opts)} already holds data; run again with --replace to overwrite all of it with the backup`,
          );
        }
        return importBackup(db, text);
      });
      process.stdout.write(`restored ${result.rows} rows into ${result.tables} tables (${describeStore(opts)})\n`);
    });
}
