// Times a start the way a user waits for it: from spawning the command to the first 200 from
// /readyz, then stops it with SIGTERM.
//   node scripts/measure-start.mjs <port> <command> [args...]      e.g. … 4714 node bin/diplograph.js start
import { spawn } from 'node:child_process';

const [port, command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/measure-start.mjs <port> <command> [args...]');
  process.exit(2);
}
const t0 = performance.now();
const child = spawn(command, args, { env: { ...process.env, PORT: port, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
for (;;) {
  if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
  if (child.exitCode !== null) {
    console.error(`exited with ${child.exitCode}:\n${output}`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 25));
}
const readyMs = Math.round(performance.now() - t0);
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
console.log(JSON.stringify({ readyMs }));
