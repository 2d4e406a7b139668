/** `hero-cities search QUERY`: the same search as the atlas, printed by kind. */
import type { Command } from 'commander';
import { search, SEARCH_KINDS, type SearchResults } from '../../store/queries/search.js';
import { ensureSeededFrom, withStore, type GlobalOptions } from '../store.js';

interface SearchOptions extends GlobalOptions {
  json?: boolean;
  limit: number;
}

const HEADINGS = {
  place: 'Places',
  event: 'Events',
  memorial: 'Memorials',
  claim: 'Claims',
  document: 'Documents',
} as const;

const unescape = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
  );

export function formatResults(r: SearchResults, tty: boolean): string {
  const lines: string[] = [];
  for (const kind of SEARCH_KINDS) {
    if (r[kind].length === 0) continue;
    lines.push(`${HEADINGS[kind]}:`);
    for (const h of r[kind]) {
      const snippet = unescape(
        h.snippet.replace(/<b>/g, tty ? '\x1b[1m' : '').replace(/<\/b>/g, tty ? '\x1b[22m' : ''),
      );
      lines.push(
        `  ${h.id}  ${h.title}${h.place && h.kind !== 'place' && h.kind !== 'claim' ? ` (${h.place})` : ''}`,
        `      ${snippet}`,
      );
    }
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('search')
    .description('Find places, events, memorials, claims and documents; misspelt and historical names work too')
    .argument('<query...>', 'words to look for, e.g. Volgagrad or "siege of Leningrad"')
    .option('--json', 'print the results as JSON, grouped by kind')
    .option('-n, --limit <n>', 'results per kind', (v) => Math.max(1, Math.min(50, Number(v) || 10)), 10)
    .action(async (words: string[], _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<SearchOptions>();
      const query = words.join(' ');
      await withStore(opts, async (db) => {
        await ensureSeededFrom(db, opts);
        const r = await search(db, query, { limit: opts.limit });
        if (opts.json) {
          process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        } else if (Object.values(r).every((hits) => hits.length === 0)) {
          process.stdout.write(`nothing found for "${query}"; try fewer words or another spelling\n`);
        } else {
          process.stdout.write(formatResults(r, process.stdout.isTTY === true) + '\n');
        }
      });
    });
}
