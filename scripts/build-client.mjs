#!/usr/bin/env node
// Bundles the atlas's progressive-enhancement script (src/web/client/) with esbuild.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entry = 'src/web/client/main.ts';
if (existsSync(entry)) {
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    outfile: 'dist/web/client/main.js',
  });
}
