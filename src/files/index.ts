/**
 * Attachment facts: what chosen files really are, read from as few bytes as possible.
 * Pure (Blob/File-like in, plain data out); runs in pages, workers and Node alike.
 *
 * - `checkFiles(files, input, profile.rules, { signal })`: everything for one file input;
 *   bounded (maxFiles, budgetMs, hash caps) and yielding between files.
 * - `readFileFacts(file)`: one file's type, dimensions, orientation, truncation and SHA-256.
 * - `formatBytes(n, locale)`: "6.2 MB" / "6,2 MB".
 */
export {
  checkFiles,
  type CheckFilesOptions,
  type CheckFilesResult,
  type SkippedFile,
  type SkipReason,
} from './check.ts';
export { readFileFacts, DEFAULT_MAX_HASH_BYTES } from './facts.ts';
export { formatBytes, formatList } from './format.ts';
export { parseAccept, matchesAccept } from './accept.ts';
export type { FileFacts, FileLike, FileProblem, ReadFileFactsOptions, SniffedType } from './types.ts';
