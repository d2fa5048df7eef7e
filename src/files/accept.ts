import { FORMATS, sameFamily, typeOfExtension, typeOfMime } from './formats.ts';
import type { FileFacts } from './types.ts';

const MAX_TOKENS = 64;

/** The tokens of an `accept` attribute: '.jpg', 'image/png', 'image/*' (lower-case; junk dropped). */
export function parseAccept(accept: string): string[] {
  if (typeof accept !== 'string') return [];
  return accept
    .slice(0, 4096)
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => /^\.[a-z0-9][a-z0-9.+-]*$/.test(t) || /^[a-z0-9.+-]+\/(\*|[a-z0-9.+-]+)$/.test(t))
    .slice(0, MAX_TOKENS);
}

/**
 * Does the file satisfy `accept`? Judged by what the file really is first (the sniffed type),
 * then by its MIME type, then by its extension, as the server will most likely judge it.
 * Tokens naming formats we cannot sniff ('.docx', 'video/*') are judged by MIME and name.
 * An empty or unusable `accept` accepts everything.
 */
export function matchesAccept(file: FileFacts, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const sniffed = file.sniffedType;
  const mime = file.declaredMime;
  return tokens.some((t) => {
    if (t.startsWith('.')) {
      const claimed = typeOfExtension(t.slice(1));
      if (claimed !== null && sniffed !== 'unknown') return sameFamily(claimed, sniffed);
      if (claimed !== null && mime !== '' && typeOfMime(mime) !== null) return sameFamily(claimed, typeOfMime(mime)!);
      return file.extension !== '' && t === `.${file.extension}`;
    }
    if (t.endsWith('/*')) {
      const prefix = t.slice(0, -1);
      if (sniffed !== 'unknown' && FORMATS[sniffed].mimes[0]!.startsWith(prefix)) return true;
      if (sniffed !== 'unknown' && (prefix === 'image/' || sniffed !== 'zip')) return false;
      if (mime !== '') return mime.startsWith(prefix);
      return (
        prefix === 'image/' &&
        typeOfExtension(file.extension) !== null &&
        FORMATS[typeOfExtension(file.extension)!].image
      );
    }
    const claimed = typeOfMime(t);
    if (claimed !== null && sniffed !== 'unknown') return sameFamily(claimed, sniffed);
    if (mime !== '') return mime === t || (claimed !== null && typeOfMime(mime) === claimed);
    const byName = typeOfExtension(file.extension);
    return claimed !== null && byName !== null && sameFamily(claimed, byName);
  });
}

/** Short labels for an accept list, for hints: '.jpg,.jpeg,image/png' → ['JPG', 'PNG']. */
export function acceptLabels(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    let label: string;
    if (t.startsWith('.')) {
      const type = typeOfExtension(t.slice(1));
      label = type ? FORMATS[type].label : t.slice(1).toUpperCase();
    } else if (t.endsWith('/*')) {
      label = t;
    } else {
      const known = Object.values(FORMATS).find((f) => f.mimes.includes(t));
      label = known ? known.label : t;
    }
    if (!out.includes(label)) out.push(label);
  }
  return out;
}
