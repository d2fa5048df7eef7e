import type { SniffedType } from './types.ts';

interface FormatInfo {
  /** How people call it: shown in hints ("JPG", "PDF"). Not translated: these are format names. */
  readonly label: string;
  /** MIME types; the first is canonical. */
  readonly mimes: readonly string[];
  /** Extensions (lower-case, no dot); the first is the usual one. */
  readonly extensions: readonly string[];
  readonly image: boolean;
}

export const FORMATS: Readonly<Record<Exclude<SniffedType, 'unknown'>, FormatInfo>> = {
  png: { label: 'PNG', mimes: ['image/png', 'image/apng'], extensions: ['png', 'apng'], image: true },
  jpeg: {
    label: 'JPG',
    mimes: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif', 'pjpeg', 'pjp'],
    image: true,
  },
  gif: { label: 'GIF', mimes: ['image/gif'], extensions: ['gif'], image: true },
  webp: { label: 'WebP', mimes: ['image/webp'], extensions: ['webp'], image: true },
  heic: {
    label: 'HEIC',
    mimes: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'],
    extensions: ['heic', 'heif', 'hif'],
    image: true,
  },
  avif: { label: 'AVIF', mimes: ['image/avif'], extensions: ['avif'], image: true },
  pdf: { label: 'PDF', mimes: ['application/pdf', 'application/x-pdf'], extensions: ['pdf'], image: false },
  zip: {
    label: 'ZIP',
    mimes: ['application/zip', 'application/x-zip-compressed', 'application/x-zip'],
    extensions: ['zip'],
    image: false,
  },
  bmp: { label: 'BMP', mimes: ['image/bmp', 'image/x-bmp', 'image/x-ms-bmp'], extensions: ['bmp', 'dib'], image: true },
  tiff: { label: 'TIFF', mimes: ['image/tiff', 'image/tiff-fx'], extensions: ['tif', 'tiff'], image: true },
};

const KNOWN = Object.keys(FORMATS) as Exclude<SniffedType, 'unknown'>[];

/** The format a name's extension claims, or null when we don't sniff that format. */
export function typeOfExtension(extension: string): Exclude<SniffedType, 'unknown'> | null {
  const ext = extension.toLowerCase();
  return KNOWN.find((t) => FORMATS[t].extensions.includes(ext)) ?? null;
}

/** The format a MIME type claims, or null. */
export function typeOfMime(mime: string): Exclude<SniffedType, 'unknown'> | null {
  const m = mime.toLowerCase().split(';')[0]!.trim();
  return KNOWN.find((t) => FORMATS[t].mimes.includes(m)) ?? null;
}

/** HEIF's extensions hold both HEVC (HEIC) and AV1 (AVIF) images. */
export function sameFamily(a: SniffedType, b: SniffedType): boolean {
  if (a === b) return true;
  const heif = (t: SniffedType) => t === 'heic' || t === 'avif';
  return heif(a) && heif(b);
}

/** Lower-case extension of a file name, without the dot; '' when none (or a dot-file). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return '';
  const ext = base.slice(dot + 1).toLowerCase();
  return ext.length <= 10 ? ext : '';
}

/** A short label for what a file is: the sniffed format, else what its name or MIME says. */
export function typeLabel(type: SniffedType): string {
  return type === 'unknown' ? '?' : FORMATS[type].label;
}
