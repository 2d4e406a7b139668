/**
 * A minimal `hero-cities` for the ingest tests: a global --data option and the
 * ingest command, with the test pipeline. Lets the tests run (and kill) ingest
 * as a separate process without the full CLI.
 *   node --import tsx test/ingest/run-ingest.ts --data DIR ingest PATH...
 */
import { Command } from 'commander';
import { register } from '../../src/cli/commands/ingest.js';
import { testPipeline } from './helpers.js';

const program = new Command('hero-cities').option('--data <dir>', 'data directory of the embedded store');
register(program, { loadPipeline: testPipeline });
await program.parseAsync(process.argv);
