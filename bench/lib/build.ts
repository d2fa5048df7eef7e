/**
 * Production builds for the benchmark, into bench/out/build/ so that a benchmark run never replaces
 * the `.output/` another command (e2e tests, npm start) is using. Same config as `npm run build`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'wxt';

export interface Builds {
  readonly chrome: string;
  readonly firefox: string;
  readonly source: 'fresh build (bench/out/build)' | 'existing .output';
}

export async function buildBoth(root: string, outDir: string): Promise<Builds> {
  for (const browser of ['chrome', 'firefox'] as const) {
    await quietly(() => build({ root, browser, outDir, logger: quietLogger }));
  }
  return {
    chrome: join(outDir, 'chrome-mv3'),
    firefox: join(outDir, 'firefox-mv3'),
    source: 'fresh build (bench/out/build)',
  };
}

export function existingBuilds(root: string): Builds {
  const chrome = join(root, '.output', 'chrome-mv3');
  const firefox = join(root, '.output', 'firefox-mv3');
  for (const d of [chrome, firefox]) {
    if (!existsSync(join(d, 'manifest.json'))) {
      throw new Error(`${d} has no build: run \`npm run build:all\` or drop --no-build.`);
    }
  }
  return { chrome, firefox, source: 'existing .output' };
}

const noop = (): void => {};
/** Keeps WXT quiet except for warnings and errors (the benchmark prints its own progress). */
const quietLogger = {
  debug: noop,
  log: noop,
  info: noop,
  success: noop,
  warn: (...args: unknown[]): void => console.warn(...args),
  error: (...args: unknown[]): void => console.error(...args),
  fatal: (...args: unknown[]): void => console.error(...args),
  box: noop,
  level: 3,
};

/** Holds back WXT's progress spinner (it writes to the streams directly); replays it if the build fails. */
async function quietly<T>(task: () => Promise<T>): Promise<T> {
  const held: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const hold = ((chunk: unknown): boolean => {
    held.push(typeof chunk === 'string' ? chunk : String(chunk));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = hold;
  process.stderr.write = hold;
  try {
    return await task();
  } catch (e) {
    process.stdout.write = out;
    process.stderr.write = err;
    const esc = String.fromCharCode(27);
    err(held.join('').replace(new RegExp(`${esc}\\[[0-9;?]*[A-Za-z]`, 'g'), ''));
    throw e;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
