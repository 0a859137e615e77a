// The import rules of the house (npm run check:layers; .ci/run runs it). Layers point one way:
// a module may import from its own layer and the layers below it, never from one above.
const LAYERS = [
  ['server, cli', '^src/(server\\.ts$|cli/)'],
  ['app', '^src/app\\.ts$'],
  ['http', '^src/(yoga\\.ts$|http/|ops/)'],
  ['schema', '^src/schema/'],
  ['read, services, shared', '^src/(read|services|shared)/'],
  ['ingest, values', '^src/(ingest|values)/'],
  ['errors', '^src/errors/'],
  ['db', '^src/db/'],
  ['config, lexicon, text, threads, cache', '^src/(config\\.ts|limits\\.ts|lexicon/|text/|threads/|cache/|generated/)'],
];

const upward = LAYERS.slice(1).map(([name, path], i) => ({
  name: `no-upward-from-${name.replace(/\W+/g, '-')}`,
  comment: `${name} must not import from the layers above it`,
  severity: 'error',
  from: { path },
  to: { path: `(${LAYERS.slice(0, i + 1).map(([, p]) => p).join('|')})` },
}));

module.exports = {
  forbidden: [
    ...upward,
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'src-is-self-contained', comment: 'the product never imports its tests or benchmarks', severity: 'error', from: { path: '^src/' }, to: { path: '^(tests|bench|scripts)/' } },
    { name: 'tests-do-not-import-bench', comment: 'test support lives in tests/helpers; bench may use it, never the reverse', severity: 'error', from: { path: '^tests/' }, to: { path: '^bench/' } },
    { name: 'bench-uses-test-helpers-only', severity: 'error', from: { path: '^bench/' }, to: { path: '^tests/(?!helpers/)' } },
    { name: 'every-layer-is-known', comment: 'a new top-level folder of src/ needs a place in LAYERS', severity: 'error', from: { path: '^src/' }, to: { path: '^src/', pathNot: LAYERS.map(([, p]) => p).join('|') } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
