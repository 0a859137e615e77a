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
console.log('generated files are current');
