import { ByteSource, indexOfAscii, readRange, u32le } from './bytes.ts';
import { readHeader, type HeaderFacts } from './dimensions.ts';
import { extensionOf } from './formats.ts';
import { sha256Hex } from './sha256.ts';
import { sniffType } from './sniff.ts';
import type { FileFacts, FileLike, FileProblem, ReadFileFactsOptions, SniffedType } from './types.ts';

export const DEFAULT_HEAD_BYTES = 64 * 1024;
export const DEFAULT_MAX_SCAN_BYTES = 1024 * 1024;
/**
 * Web Crypto has no incremental SHA-256, so a file is hashed in one piece and must fit in memory:
 * files above this cap are not hashed (`too-large-to-hash`) and not compared for duplicates.
 * A support form's own size limit (WhatsApp: 5 MB) flags such files anyway.
 */
export const DEFAULT_MAX_HASH_BYTES = 64 * 1024 * 1024;
const TAIL_BYTES = 1024;

/** Name, size and MIME: what is known without reading a byte. */
export function metadataFacts(file: FileLike, problems: readonly FileProblem[] = []): FileFacts {
  const name = typeof file.name === 'string' ? file.name : '';
  const size = Number.isFinite(file.size) && file.size >= 0 ? file.size : 0;
  return {
    name,
    size,
    declaredMime: typeof file.type === 'string' ? file.type.toLowerCase() : '',
    extension: extensionOf(name),
    sniffedType: 'unknown',
    problems: size === 0 && !problems.includes('not-read') ? ['empty', ...problems] : [...problems],
  };
}

/**
 * What a file really is, read from as few bytes as possible: the type from its magic bytes,
 * the dimensions (and EXIF orientation) from its header, truncation from its header and last
 * KiB, and optionally its SHA-256. Never throws: read errors become the `unreadable` problem.
 */
export async function readFileFacts(file: FileLike, options: ReadFileFactsOptions = {}): Promise<FileFacts> {
  let base: FileFacts;
  try {
    base = metadataFacts(file);
  } catch {
    return { name: '', size: 0, declaredMime: '', extension: '', sniffedType: 'unknown', problems: ['unreadable'] };
  }
  if (base.size === 0) return base;
  const problems: FileProblem[] = [];
  let sniffedType: SniffedType;
  let header: HeaderFacts;
  try {
    const src = await ByteSource.open(
      file,
      options.headBytes ?? DEFAULT_HEAD_BYTES,
      options.maxScanBytes ?? DEFAULT_MAX_SCAN_BYTES,
    );
    sniffedType = sniffType(src.head);
    const cut = await tailLooksCut(sniffedType, src); // first: the tail must not wait for the scan budget
    header = await readHeader(sniffedType, src);
    if (header.truncated || cut) problems.push('truncated');
  } catch {
    return { ...base, problems: ['unreadable'] };
  }
  const facts: { -readonly [K in keyof FileFacts]: FileFacts[K] } = { ...base, sniffedType, problems };
  const { width, height, orientation } = header;
  if (width && height && width > 0 && height > 0) {
    const swap = orientation !== undefined && orientation >= 5;
    facts.width = swap ? height : width;
    facts.height = swap ? width : height;
  } else if (isImageType(sniffedType) && !problems.includes('truncated')) {
    problems.push('no-dimensions');
  }
  if (orientation !== undefined) facts.orientation = orientation;
  if (options.hash ?? true) {
    const hashed = await hashFile(file, options.maxHashBytes ?? DEFAULT_MAX_HASH_BYTES);
    if ('sha256' in hashed) facts.sha256 = hashed.sha256;
    else problems.push(hashed.problem);
  }
  return facts;
}

function isImageType(t: SniffedType): boolean {
  return t !== 'unknown' && t !== 'pdf' && t !== 'zip';
}

/** The whole file's SHA-256 (hex), or why not. Never throws. */
export async function hashFile(
  file: FileLike,
  maxBytes: number,
): Promise<{ sha256: string } | { problem: 'too-large-to-hash' | 'unreadable' }> {
  if (file.size > maxBytes) return { problem: 'too-large-to-hash' };
  try {
    return { sha256: await sha256Hex(await readRange(file, 0, file.size)) };
  } catch {
    return { problem: 'unreadable' };
  }
}

/** True when the format's end marker is missing from the last KiB (an incomplete download or copy). */
async function tailLooksCut(type: SniffedType, src: ByteSource): Promise<boolean> {
  const size = src.size;
  if (type === 'webp') return size < 12 || 8 + u32le(src.head, 4) > size;
  if (type === 'bmp') {
    const declared = u32le(src.head, 2);
    return declared > 0 && declared > size;
  }
  if (type !== 'png' && type !== 'jpeg' && type !== 'gif' && type !== 'pdf') return false;
  const start = Math.max(0, size - TAIL_BYTES);
  const tail =
    size <= src.head.length ? src.head.subarray(start, size) : await src.read(start, size - start, TAIL_BYTES);
  if (tail.length === 0) return false; // could not read within budget: say nothing
  switch (type) {
    case 'png':
      return indexOfAscii(tail, 'IEND') < 0;
    case 'gif':
      return tail[tail.length - 1] !== 0x3b;
    case 'pdf':
      return indexOfAscii(tail, '%%EOF') < 0;
    case 'jpeg': {
      // Motion photos (Google, Samsung) append a video after the JPEG: no EOI near the end.
      const head = src.head;
      if (indexOfAscii(head, 'MotionPhoto') >= 0 || indexOfAscii(head, 'MicroVideo') >= 0) return false;
      if (indexOfAscii(tail, 'SEFT') >= 0) return false;
      for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return false;
      return true;
    }
  }
}
