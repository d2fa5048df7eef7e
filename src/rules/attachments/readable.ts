import type { Finding } from '../types.ts';
import { asRecord, fileParams, finding } from './common.ts';
import type { AttachmentRule } from './types.ts';

export type ReadableOptions = Record<string, never>;

const ID = 'file-readable';

/** Empty (0 bytes), unreadable, or cut-off (truncated) files. */
export const fileReadable: AttachmentRule<ReadableOptions> = {
  id: ID,
  defaults: {},
  parseOptions(input) {
    asRecord(input, ID);
    return {};
  },
  check(files): Finding[] {
    const out: Finding[] = [];
    files.forEach((f, i) => {
      const p = fileParams(f, i);
      if (f.problems.includes('empty')) out.push(finding(ID, 'error', 'hint.file.empty', p));
      else if (f.problems.includes('unreadable')) out.push(finding(ID, 'error', 'hint.file.unreadable', p));
      else if (f.problems.includes('truncated')) out.push(finding(ID, 'warn', 'hint.file.truncated', p));
    });
    return out;
  },
};
