#!/usr/bin/env node
// The `diplograph` command. Runs the compiled JavaScript in dist/ (no TypeScript transpiling at
// start), compiling it first when a source file is newer (scripts/build.mjs, under a second).
import { buildDist } from '../scripts/build.mjs';

await buildDist();
await import('../dist/cli/main.js');
