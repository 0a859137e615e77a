// The SDK's version follows the API schema: sdk/package.json records the sha256 of schema.graphql
// and the version it was recorded with. A schema change without a new version (and its CHANGELOG
// entry) fails `npm run sdk:version` (run by check:generated in CI).
//   npm run sdk:version              check
//   npm run sdk:version -- --record  after bumping "version" and adding its CHANGELOG heading
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface SdkManifest {
  version: string;
  diplograph: { schemaSha256: string; schemaRecordedWith: string };
}

export function schemaSha256(root: string): string {
  return createHash('sha256').update(readFileSync(path.join(root, 'schema.graphql'))).digest('hex');
}

function readManifest(root: string): SdkManifest {
  return JSON.parse(readFileSync(path.join(root, 'sdk/package.json'), 'utf8')) as SdkManifest;
}

function changelogHas(root: string, version: string): boolean {
  const changelog = readFileSync(path.join(root, 'sdk/CHANGELOG.md'), 'utf8');
  return changelog.split('\n').some((line) => line.startsWith(`## ${version}`));
}

/** What is wrong with the SDK's version against the schema; empty when all is in order. */
export function sdkVersionProblems(root: string): string[] {
  const manifest = readManifest(root);
  const problems: string[] = [];
  if (manifest.diplograph.schemaSha256 !== schemaSha256(root)) {
    problems.push(
      `schema.graphql changed since @diplograph/sdk ${manifest.diplograph.schemaRecordedWith}: bump "version" in sdk/package.json, ` +
        'add its heading to sdk/CHANGELOG.md, then run `npm run sdk:version -- --record`',
    );
  } else if (manifest.diplograph.schemaRecordedWith !== manifest.version) {
    problems.push(`sdk/package.json: version ${manifest.version} but the schema hash was recorded with ${manifest.diplograph.schemaRecordedWith}; run \`npm run sdk:version -- --record\``);
  }
  if (!changelogHas(root, manifest.version)) problems.push(`sdk/CHANGELOG.md has no "## ${manifest.version}" heading`);
  return problems;
}

/** Records the current schema hash with the current version; refuses to reuse a released version. */
export function recordSdkVersion(root: string): string[] {
  const manifest = readManifest(root);
  const hash = schemaSha256(root);
  if (hash === manifest.diplograph.schemaSha256) return sdkVersionProblems(root);
  if (manifest.version === manifest.diplograph.schemaRecordedWith) {
    return [`the schema changed but the version is still ${manifest.version}: bump "version" in sdk/package.json first`];
  }
  if (!changelogHas(root, manifest.version)) return [`sdk/CHANGELOG.md has no "## ${manifest.version}" heading`];
  manifest.diplograph = { schemaSha256: hash, schemaRecordedWith: manifest.version };
  writeFileSync(path.join(root, 'sdk/package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return [];
}

if (import.meta.filename === process.argv[1]) {
  const root = path.resolve(import.meta.dirname, '..');
  const problems = process.argv.includes('--record') ? recordSdkVersion(root) : sdkVersionProblems(root);
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exit(1);
  console.log(`@diplograph/sdk ${readManifest(root).version} matches schema.graphql`);
}
