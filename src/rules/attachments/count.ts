import type { Finding } from '../types.ts';
import { asRecord, finding, readPositiveInt, readSeverity } from './common.ts';
import type { AttachmentRule } from './types.ts';

export interface CountOptions {
  readonly max: number;
  readonly severity: 'info' | 'warn' | 'error';
}

const ID = 'file-count';

/** At most `max` files (WhatsApp: 3). A count finding: it names no file. */
export const fileCount: AttachmentRule<CountOptions> = {
  id: ID,
  defaults: { max: 3, severity: 'error' },
  parseOptions(input) {
    const o = asRecord(input, ID);
    return { max: readPositiveInt(o.max, 3, ID, 'max', 10_000), severity: readSeverity(o.severity, 'error', ID) };
  },
  check(files, _input, options): Finding[] {
    if (files.length <= options.max) return [];
    return [finding(ID, options.severity, 'hint.file.too-many', { count: files.length, max: options.max })];
  },
};
