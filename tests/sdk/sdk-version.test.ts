// The SDK's version follows the schema: a schema change without a new version and changelog entry
// is caught, and recording refuses to reuse the released version.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordSdkVersion, schemaSha256, sdkVersionProblems } from '../../scripts/sdk-version.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let copy: string;

function copyOfRepo(): string {
  copy = mkdtempSync(path.join(os.tmpdir(), 'sdk-version-'));
  mkdirSync(path.join(copy, 'sdk'));
  cpSync(path.join(ROOT, 'schema.graphql'), path.join(copy, 'schema.graphql'));
  for (const file of ['package.json', 'CHANGELOG.md']) cpSync(path.join(ROOT, 'sdk', file), path.join(copy, 'sdk', file));
  return copy;
}

const manifest = (root: string) => JSON.parse(readFileSync(path.join(root, 'sdk/package.json'), 'utf8'));

afterEach(() => rmSync(copy, { recursive: true, force: true }));

describe('the SDK version follows schema.graphql', () => {
  it('is current in this repository', () => {
    copyOfRepo();
    expect(sdkVersionProblems(ROOT)).toEqual([]);
    expect(manifest(ROOT).diplograph.schemaSha256).toBe(schemaSha256(ROOT));
  });

  it('fails on a schema change until the version is bumped, the changelog has it, and it is recorded', () => {
    const root = copyOfRepo();
    appendFileSync(path.join(root, 'schema.graphql'), '\nscalar Extra\n');
    expect(sdkVersionProblems(root)).toEqual([expect.stringMatching(/^schema\.graphql changed since @diplograph\/sdk /)]);
    expect(recordSdkVersion(root)).toEqual([expect.stringMatching(/bump "version"/)]);

    const bumped = { ...manifest(root), version: '99.0.0' };
    writeFileSync(path.join(root, 'sdk/package.json'), JSON.stringify(bumped));
    expect(recordSdkVersion(root)).toEqual(['sdk/CHANGELOG.md has no "## 99.0.0" heading']);

    appendFileSync(path.join(root, 'sdk/CHANGELOG.md'), '\n## 99.0.0\n\n- Extra scalar.\n');
    expect(recordSdkVersion(root)).toEqual([]);
    expect(sdkVersionProblems(root)).toEqual([]);
    expect(manifest(root).diplograph).toEqual({ schemaSha256: schemaSha256(root), schemaRecordedWith: '99.0.0' });
  });

  it('fails on a version bump that was not recorded', () => {
    const root = copyOfRepo();
    writeFileSync(path.join(root, 'sdk/package.json'), JSON.stringify({ ...manifest(root), version: '99.0.1' }));
    expect(sdkVersionProblems(root)).toEqual([
      expect.stringMatching(/version 99\.0\.1 but the schema hash was recorded with/),
      'sdk/CHANGELOG.md has no "## 99.0.1" heading',
    ]);
  });
});
