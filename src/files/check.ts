import { runAttachmentRules, type InputConstraints } from '../rules/attachments/index.ts';
import type { Finding } from '../rules/types.ts';
import { DEFAULT_MAX_HASH_BYTES, hashFile, metadataFacts, readFileFacts } from './facts.ts';
import type { FileFacts, FileLike, FileProblem, ReadFileFactsOptions } from './types.ts';

export interface CheckFilesOptions {
  /** Files read at most (type, size, hash); the rest get name/size/MIME only. Default 20. */
  readonly maxFiles?: number;
  /** Time after which no further file is read or hashed. Default 1500 ms. */
  readonly budgetMs?: number;
  /** Clock in ms (default `performance.now`). */
  readonly now?: () => number;
  /**
   * Which files to hash for the duplicate check. 'same-size' (default) hashes only files that
   * share their size with another one: content can only be equal when sizes are, so the result
   * is the same as hashing all, at a fraction of the work. 'all' hashes every file (sha256 set
   * on each); 'none' skips duplicates.
   */
  readonly hash?: 'all' | 'same-size' | 'none';
  /** Per-file hash cap (see DEFAULT_MAX_HASH_BYTES). */
  readonly maxHashBytes?: number;
  /** Total bytes hashed at most. Default 256 MiB. */
  readonly maxTotalHashBytes?: number;
  /** Header read limits, as for readFileFacts. */
  readonly read?: Pick<ReadFileFactsOptions, 'headBytes' | 'maxScanBytes'>;
  /** Stop early (a new selection replaced this one). */
  readonly signal?: AbortSignal;
  /** Lets the page breathe between files. Default: scheduler.yield, else a MessageChannel task. */
  readonly yieldToPage?: () => Promise<void>;
}

export type SkipReason = 'max-files' | 'time-budget' | 'aborted' | 'too-large-to-hash' | 'hash-budget';

export interface SkippedFile {
  readonly name: string;
  /** 1-based, as in findings. */
  readonly index: number;
  readonly reason: SkipReason;
}

export interface CheckFilesResult {
  readonly facts: FileFacts[];
  readonly findings: Finding[];
  /** What was not done, file by file: not read at all, or not hashed. */
  readonly skipped: SkippedFile[];
  readonly aborted: boolean;
}

/** Files listed at most, even by name (a folder of 100 000 files must not make 100 000 facts). */
const MAX_LISTED = 10_000;
const RULE = 'check-files';
/** Files hashed at once: reading one file overlaps with digesting another. */
const HASH_BATCH_FILES = 3;
/** Bytes held in memory at once while hashing a batch (a single larger file still goes alone). */
const HASH_BATCH_BYTES = 64 * 1024 * 1024;

/**
 * Gives the page a turn (input, rendering) between files: `scheduler.yield()` where the browser
 * has it, else a message-channel task (no 4 ms timer clamping), else a timer.
 */
function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function listFiles(files: ArrayLike<FileLike> | Iterable<FileLike>): FileLike[] {
  const out: FileLike[] = [];
  try {
    if (typeof (files as ArrayLike<FileLike>).length === 'number') {
      const a = files as ArrayLike<FileLike>;
      for (let i = 0; i < a.length && i < MAX_LISTED; i++) if (a[i]) out.push(a[i]!);
    } else {
      for (const f of files as Iterable<FileLike>) {
        if (out.length >= MAX_LISTED) break;
        if (f) out.push(f);
      }
    }
  } catch {
    // a hostile list: keep what we have
  }
  return out;
}

/**
 * Checks the chosen files of one `<input type=file>`: reads each file's header (sequentially,
 * yielding to the page between files), hashes what the duplicate check needs, runs the
 * profile's attachment rules, and reports what was skipped. Bounded: at most `maxFiles` files
 * are read, at most `maxTotalHashBytes` hashed, nothing new starts after `budgetMs`.
 * Files not read get no per-file findings; a count finding says how many there were.
 * Never throws.
 */
export async function checkFiles(
  files: ArrayLike<FileLike> | Iterable<FileLike>,
  input: InputConstraints,
  ruleOptions: Readonly<Record<string, unknown>>,
  options: CheckFilesOptions = {},
): Promise<CheckFilesResult> {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const budgetMs = options.budgetMs ?? 1500;
  const maxFiles = Math.max(0, options.maxFiles ?? 20);
  const pause = options.yieldToPage ?? defaultYield;
  const overBudget = () => now() - start > budgetMs;
  const aborted = () => options.signal?.aborted === true;

  const list = listFiles(files);
  const facts: FileFacts[] = [];
  const skipped: SkippedFile[] = [];

  // 1. Headers, one file at a time.
  for (let i = 0; i < list.length; i++) {
    const file = list[i]!;
    const reason: SkipReason | null =
      i >= maxFiles ? 'max-files' : aborted() ? 'aborted' : i > 0 && overBudget() ? 'time-budget' : null;
    if (reason) {
      facts.push(safeMetadata(file, ['not-read']));
      skipped.push({ name: facts[i]!.name, index: i + 1, reason });
      continue;
    }
    if (i > 0) await pause();
    facts.push(await readFileFacts(file, { ...options.read, hash: false }));
  }

  // 2. Hashes, for the duplicate check.
  const mode = options.hash ?? 'same-size';
  const maxHashBytes = options.maxHashBytes ?? DEFAULT_MAX_HASH_BYTES;
  let hashBudget = options.maxTotalHashBytes ?? 256 * 1024 * 1024;
  const sizeCount = new Map<number, number>();
  for (const f of facts) if (isReadable(f)) sizeCount.set(f.size, (sizeCount.get(f.size) ?? 0) + 1);
  let notCompared = 0;
  // Files to hash, decided in order; hashed in small concurrent batches (reading one file
  // while another is digested), with a turn for the page between batches.
  const queue: number[] = [];
  for (let i = 0; i < facts.length && mode !== 'none'; i++) {
    const f = facts[i]!;
    if (!isReadable(f)) continue;
    const matters = (sizeCount.get(f.size) ?? 0) > 1;
    if (mode === 'same-size' && !matters) continue;
    if (f.size > maxHashBytes) {
      facts[i] = { ...f, problems: [...f.problems, 'too-large-to-hash'] };
      skipped.push({ name: f.name, index: i + 1, reason: 'too-large-to-hash' });
      if (matters) notCompared++;
      continue;
    }
    queue.push(i);
  }
  const notHashed = (i: number, reason: SkipReason): void => {
    const f = facts[i]!;
    facts[i] = { ...f, problems: [...f.problems, 'not-hashed'] };
    skipped.push({ name: f.name, index: i + 1, reason });
    if ((sizeCount.get(f.size) ?? 0) > 1) notCompared++;
  };
  let batches = 0;
  while (queue.length > 0) {
    const reason: SkipReason | null = aborted() ? 'aborted' : overBudget() ? 'hash-budget' : null;
    const batch: number[] = [];
    let bytes = 0;
    while (reason === null && queue.length > 0 && batch.length < HASH_BATCH_FILES) {
      const next = queue[0]!;
      const size = facts[next]!.size;
      if (size > hashBudget) {
        queue.shift();
        notHashed(next, 'hash-budget');
        continue;
      }
      if (batch.length > 0 && bytes + size > HASH_BATCH_BYTES) break;
      batch.push(queue.shift()!);
      bytes += size;
      hashBudget -= size;
    }
    if (reason !== null) {
      // Over the time budget, or aborted: the rest are not hashed.
      for (const i of queue.splice(0)) notHashed(i, reason);
      break;
    }
    if (batch.length === 0) continue;
    if (batches++ > 0) await pause();
    const hashes = await Promise.all(batch.map((i) => hashFile(list[i]!, maxHashBytes)));
    batch.forEach((i, k) => {
      const f = facts[i]!;
      const h = hashes[k]!;
      facts[i] = 'sha256' in h ? { ...f, sha256: h.sha256 } : { ...f, problems: [...f.problems, h.problem] };
    });
  }

  // 3. Rules.
  const findings: Finding[] = [];
  const notRead = facts.filter((f) => f.problems.includes('not-read')).length;
  if (notRead > 0) {
    findings.push({
      rule: RULE,
      field: 'attachments',
      severity: 'info',
      code: 'hint.file.not-checked',
      params: { count: notRead },
    });
  }
  if (notCompared > 0) {
    findings.push({
      rule: RULE,
      field: 'attachments',
      severity: 'info',
      code: 'hint.file.not-compared',
      params: { count: notCompared },
    });
  }
  try {
    findings.push(...runAttachmentRules(ruleOptions, facts, input));
  } catch {
    // never break the page
  }
  return { facts, findings, skipped, aborted: aborted() };
}

function isReadable(f: FileFacts): boolean {
  return !f.problems.some((p) => p === 'empty' || p === 'unreadable' || p === 'not-read');
}

function safeMetadata(file: FileLike, problems: FileProblem[]): FileFacts {
  try {
    return metadataFacts(file, problems);
  } catch {
    return { name: '', size: 0, declaredMime: '', extension: '', sniffedType: 'unknown', problems };
  }
}
