import { formatSizeAgainstLimit } from '../../files/format.ts';
import type { Finding } from '../types.ts';
import { asRecord, fileParams, finding, readable, readPositiveInt, readSeverity } from './common.ts';
import type { AttachmentRule } from './types.ts';

export interface MaxSizeOptions {
  /**
   * Largest allowed size in bytes. Decimal, as phones and macOS count: 5 MB = 5_000_000 bytes.
   * That is the strict reading of "under 5 MB" (5 MiB would allow 5.24 MB).
   */
  readonly maxBytes: number;
  readonly severity: 'info' | 'warn' | 'error';
}

const ID = 'file-max-size';

/** Files larger than the limit, with their size and the limit in the person's number format. */
export const fileMaxSize: AttachmentRule<MaxSizeOptions> = {
  id: ID,
  defaults: { maxBytes: 5_000_000, severity: 'error' },
  parseOptions(input) {
    const o = asRecord(input, ID);
    return {
      maxBytes: readPositiveInt(o.maxBytes, 5_000_000, ID, 'maxBytes'),
      severity: readSeverity(o.severity, 'error', ID),
    };
  },
  check(files, input, options): Finding[] {
    const out: Finding[] = [];
    files.forEach((f, i) => {
      if (!readable(f) || f.size <= options.maxBytes) return;
      const { size, limit } = formatSizeAgainstLimit(f.size, options.maxBytes, input.locale ?? 'en');
      out.push(
        finding(ID, options.severity, 'hint.file.too-big', {
          ...fileParams(f, i),
          size,
          limit,
          sizeBytes: f.size,
          limitBytes: options.maxBytes,
        }),
      );
    });
    return out;
  },
};
