import type { Finding } from '../types.ts';
import { asRecord, fileParams, finding, readable, readSeverity } from './common.ts';
import type { AttachmentRule } from './types.ts';

export interface DuplicateOptions {
  readonly severity: 'info' | 'warn' | 'error';
}

const ID = 'file-duplicate';

/** The same content twice (SHA-256), whatever the names: each later copy names the first. */
export const fileDuplicate: AttachmentRule<DuplicateOptions> = {
  id: ID,
  defaults: { severity: 'warn' },
  parseOptions(input) {
    const o = asRecord(input, ID);
    return { severity: readSeverity(o.severity, 'warn', ID) };
  },
  check(files, _input, options): Finding[] {
    const out: Finding[] = [];
    const first = new Map<string, number>();
    files.forEach((f, i) => {
      if (!readable(f) || f.sha256 === undefined || f.sha256 === '') return;
      const j = first.get(f.sha256);
      if (j === undefined) {
        first.set(f.sha256, i);
        return;
      }
      const same = files[j]!;
      out.push(
        finding(ID, options.severity, 'hint.file.duplicate', {
          ...fileParams(f, i),
          same: same.name || `#${j + 1}`,
          sameIndex: j + 1,
        }),
      );
    });
    return out;
  },
};
