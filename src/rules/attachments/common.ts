import { FORMATS, typeOfExtension, typeOfMime } from '../../files/formats.ts';
import type { FileFacts, SniffedType } from '../../files/types.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { Finding, Params, Severity } from '../types.ts';

/** A file whose content was read (not empty, readable, not skipped): the only ones with per-file findings, besides the file-readable rule's. */
export function readable(f: FileFacts): boolean {
  return !f.problems.includes('empty') && !f.problems.includes('unreadable') && !f.problems.includes('not-read');
}

/** The file's params: its name and 1-based position (two phones' "image.jpg" differ by position). */
export function fileParams(f: FileFacts, i: number): Record<string, string | number> {
  return { file: f.name || `#${i + 1}`, index: i + 1 };
}

export function finding(rule: string, severity: Severity, code: MessageKey, params: Params): Finding {
  return { rule, field: 'attachments', severity, code, params };
}

/** The format the file's name (else its MIME type) claims, or null. */
export function claimedType(f: FileFacts): Exclude<SniffedType, 'unknown'> | null {
  return typeOfExtension(f.extension) ?? (f.declaredMime ? typeOfMime(f.declaredMime) : null);
}

/** What the file is, for hints: the sniffed format, else what its name/MIME says, else its extension. */
export function realLabel(f: FileFacts): string {
  if (f.sniffedType !== 'unknown') return FORMATS[f.sniffedType].label;
  const claimed = claimedType(f);
  if (claimed) return FORMATS[claimed].label;
  return f.extension ? f.extension.toUpperCase() : '?';
}

export function readSeverity(v: unknown, fallback: Severity, rule: string): Severity {
  if (v === undefined) return fallback;
  if (v === 'info' || v === 'warn' || v === 'error') return v;
  throw new Error(`${rule}: severity must be info, warn or error`);
}

export function readPositiveInt(v: unknown, fallback: number, rule: string, name: string, max = 2 ** 53): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) {
    throw new Error(`${rule}: ${name} must be a whole number from 1 to ${max}`);
  }
  return v;
}

export function asRecord(input: unknown, rule: string): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw new Error(`${rule}: options must be an object`);
  return input as Record<string, unknown>;
}
