/** The real format of a file, from its first bytes (magic numbers), whatever its name says. */
export type SniffedType =
  'png' | 'jpeg' | 'gif' | 'webp' | 'heic' | 'avif' | 'pdf' | 'zip' | 'bmp' | 'tiff' | 'unknown';

/**
 * What went wrong while reading a file.
 * - `empty`: 0 bytes.
 * - `unreadable`: the browser could not read it (moved, deleted, permission, still downloading).
 * - `truncated`: the header or the end of the format is missing (an incomplete download or copy).
 * - `too-large-to-hash`: larger than the hash cap; not compared for duplicates.
 * - `no-dimensions`: an image format whose size was not found within the bounded header scan.
 * - `not-read`: not read at all (over the file-count or time budget); name, size and MIME only.
 * - `not-hashed`: not hashed because the hash budget (time or total bytes) ran out.
 */
export type FileProblem =
  'empty' | 'unreadable' | 'truncated' | 'too-large-to-hash' | 'no-dimensions' | 'not-read' | 'not-hashed';

/** Everything the attachment rules know about one chosen file. Plain data. */
export interface FileFacts {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** `File.type` as the browser reported it (from the name on most systems); '' when none. */
  readonly declaredMime: string;
  /** Lower-case extension without the dot ('' when none). */
  readonly extension: string;
  readonly sniffedType: SniffedType;
  /** Display width in px (after EXIF/HEIF rotation), when the header says. */
  readonly width?: number;
  readonly height?: number;
  /** EXIF orientation 1–8 (HEIF `irot` mapped to its EXIF equivalent), when present. */
  readonly orientation?: number;
  /** Lower-case hex SHA-256 of the whole content, when hashed. */
  readonly sha256?: string;
  readonly problems: readonly FileProblem[];
}

/** A `Blob` slice: anything with `arrayBuffer()`. */
export interface BlobLike {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The parts of a DOM `File` that the reader uses; Node's `File`/`Blob` fit too. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  slice(start?: number, end?: number): BlobLike;
}

export interface ReadFileFactsOptions {
  /** Hash the content (default true). */
  readonly hash?: boolean;
  /** Files larger than this are not hashed (`too-large-to-hash`). Default 64 MiB. */
  readonly maxHashBytes?: number;
  /** Bytes read from the start for type and dimensions. Default 64 KiB. */
  readonly headBytes?: number;
  /** Most bytes read in all while looking for dimensions (JPEG SOF, HEIF meta). Default 1 MiB. */
  readonly maxScanBytes?: number;
}
