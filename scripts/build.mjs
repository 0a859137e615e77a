// `npm run build`: compiles src/ to JavaScript in dist/ (one file per source file, same folders), so
// the server and the CLI start without transpiling TypeScript at every start (tsx cost about 2.5 s
// of an 8 s start on these machines). dist/ sits at the depth of src/, so paths a module computes
// from its own URL (../../prisma/migrations) stay right. esbuild only strips types: `npm run
// typecheck` is the type check. Skips the work when dist/ is newer than every source file.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
const OUT = path.join(ROOT, 'dist');
const STAMP = path.join(OUT, '.built');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every import stays an import; relative ones point at the compiled .js file beside it. */
const keepImports = {
  name: 'keep-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const relative = args.path.startsWith('./') || args.path.startsWith('../');
      return { path: relative ? args.path.replace(/\.ts$/, '.js') : args.path, external: true };
    });
  },
};

function upToDate(files) {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  const inputs = [...files, path.join(ROOT, 'package-lock.json'), import.meta.filename];
  return readFileSync(STAMP, 'utf8') === String(files.length) && inputs.every((file) => statSync(file).mtimeMs <= built);
}

export async function buildDist({ force = false } = {}) {
  const files = sources(SRC);
  if (!force && upToDate(files)) return false;
  // Built beside and swapped in, so a process starting meanwhile never loads half a build.
  const next = `${OUT}.next-${process.pid}`;
  const old = `${OUT}.old-${process.pid}`;
  await build({
    entryPoints: files,
    outdir: next,
    outbase: SRC,
    bundle: true,
    plugins: [keepImports],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(path.join(next, '.built'), String(files.length));
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(next, OUT);
  rmSync(old, { recursive: true, force: true });
  return true;
}

if (import.meta.filename === process.argv[1]) {
  const t0 = performance.now();
  const built = await buildDist({ force: process.argv.includes('--force') });
  if (!process.argv.includes('--quiet')) {
    console.error(built ? `built dist/ in ${Math.round(performance.now() - t0)} ms` : 'dist/ is up to date');
  }
}
