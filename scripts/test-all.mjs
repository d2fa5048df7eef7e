// `npm test`: every check the project has, in order, then one summary line.
// Steps: typecheck, lint (+format), unit tests, Chrome and Firefox builds,
// web-ext lint on the Firefox build, end-to-end tests in real Chromium and Firefox.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const results = [];
let testsPassed = 0;
let testsFailed = 0;

function run(name, cmd, args, { vitestJson } = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = r.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (vitestJson && existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    testsPassed += report.numPassedTests ?? 0;
    testsFailed += (report.numFailedTests ?? 0) + (ok || report.numFailedTests ? 0 : 1);
    results.push({ name, ok, seconds, detail: `${report.numPassedTests} passed, ${report.numFailedTests} failed` });
  } else {
    if (ok) testsPassed++;
    else testsFailed++;
    results.push({ name, ok, seconds, detail: ok ? 'ok' : `exit ${r.status ?? r.signal}` });
  }
  return ok;
}

mkdirSync('test-results', { recursive: true });
const npx = 'npx';
run('typecheck', npx, ['tsc', '--noEmit']);
run('lint', npx, ['eslint', '.']);
run('format', npx, ['prettier', '--check', '.']);
run(
  'unit tests',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  {
    vitestJson: 'test-results/unit.json',
  },
);
const chrome = run('build chrome', npx, ['wxt', 'build']);
const firefox = run('build firefox', npx, ['wxt', 'build', '-b', 'firefox']);
if (firefox) run('web-ext lint', 'node', ['scripts/web-ext-lint.mjs']);
if (chrome && firefox) {
  run(
    'e2e (Chromium + Firefox)',
    npx,
    [
      'vitest',
      'run',
      '-c',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/e2e.json',
    ],
    { vitestJson: 'test-results/e2e.json' },
  );
} else {
  results.push({ name: 'e2e (Chromium + Firefox)', ok: false, seconds: '0', detail: 'not run: a build failed' });
  testsFailed++;
}

console.log('\nSummary');
for (const r of results)
  console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(26)} ${r.detail.padEnd(24)} ${r.seconds}s`);
console.log(`\n${testsPassed} passed, ${testsFailed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
