// CI guard: regenerates everything and fails if a committed generated file changed, i.e. someone
// changed a source (Pothos schema, Prisma schema, SDK operations) without running `npm run generate`.
import { execFileSync } from 'node:child_process';

const COMMITTED_GENERATED = ['schema.graphql', 'sdk/src/generated'];

execFileSync('npm', ['run', '--silent', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...COMMITTED_GENERATED], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`Generated files are stale; run \`npm run generate\` and commit:\n${changed}`);
  process.exit(1);
}
// The SDK's version must follow the schema (scripts/sdk-version.ts).
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/sdk-version.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
console.log('generated files are current');
