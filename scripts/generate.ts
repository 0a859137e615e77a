// `npm run generate`: every generated file, in dependency order, with one command.
//   1. Prisma client and Pothos' Prisma types (from prisma/schema.prisma)
//   2. schema.graphql (from the Pothos schema, which needs 1)
//   3. the SDK's typed documents (from schema.graphql and sdk/operations), once codegen.ts exists
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(script: string, args: string[] = []): void {
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
}

run('scripts/generate-prisma.ts');
run('scripts/print-schema.ts');
if (existsSync('codegen.ts')) {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], { stdio: 'inherit' });
}
