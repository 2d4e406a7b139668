/** `hero-cities export --format json|csv|geojson|claims-json|… [--out FILE]`. */
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { Db, Queryable } from '../../store/db.js';
import { exportFormats } from '../../export/index.js';
import { exportClaimsJson } from '../../export/claims-json.js';
import { exportCsv } from '../../export/csv.js';
import { exportGeoJson } from '../../export/geojson.js';
import { exportJson } from '../../export/json.js';
import { ensureSeededFrom, withStore, type GlobalOptions } from '../store.js';

/** Format name to writer; other formats (JSON-LD, Linked Places, CSL-JSON) can be added here. */
export const EXPORTERS: Record<string, (db: Queryable) => Promise<string>> = {
  json: exportJson,
  csv: exportCsv,
  geojson: exportGeoJson,
  'claims-json': exportClaimsJson,
  // JSON-LD, Linked Places, CSL-JSON and the full backup, from the registry the API shares (src/export/index.ts).
  ...Object.fromEntries(
    Object.entries(exportFormats)
      .filter(([name]) => !['json', 'csv', 'geojson', 'claims-json'].includes(name))
      .map(([name, run]) => [name, async (db: Queryable) => (await run(db as Db)).body]),
  ),
};

interface ExportOptions extends GlobalOptions {
  format: string;
  out?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('Write the knowledge base out: places with their facts and references, a map layer, or a table')
    .addOption(
      new Option(
        '-f, --format <format>',
        'json (everything), csv (one row per claim), geojson (places and memorials), claims-json (every accepted claim)',
      )
        .choices(Object.keys(EXPORTERS))
        .makeOptionMandatory(),
    )
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ExportOptions>();
      const exporter = EXPORTERS[opts.format]!;
      const text = await withStore(opts, async (db) => {
        await ensureSeededFrom(db, opts);
        return exporter(db);
      });
      if (opts.out) {
        await writeFile(opts.out, text).catch((err: Error) => {
          throw new Error(`cannot write ${opts.out}: ${err.message}; check the folder exists and is writable`, {
            cause: err,
          });
        });
        process.stderr.write(`wrote ${opts.out}\n`);
      } else {
        process.stdout.write(text);
      }
    });
}
