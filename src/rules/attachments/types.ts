import type { FileFacts } from '../../files/types.ts';
import type { Finding } from '../types.ts';

/** What the page's `<input type=file>` says, plus the UI locale for formatted params. */
export interface InputConstraints {
  /** The `accept` attribute ('' when absent). */
  readonly accept: string;
  /** The `multiple` attribute. */
  readonly multiple: boolean;
  /** UI locale ('en', 'zh_TW', 'it', 'id' or any BCP 47 tag) for sizes and lists in params; default 'en'. */
  readonly locale?: string;
}

/**
 * One attachment check, one module, like the text rules: `options` are plain data chosen by a
 * profile; `check` is pure (same facts, input and options, same findings). Findings are on the
 * 'attachments' field; each names its file in `params.file` (and `params.index`, 1-based),
 * except findings about the count of files.
 */
export interface AttachmentRule<Options> {
  readonly id: string;
  readonly defaults: Options;
  /** Returns a validated copy of options, or throws with a readable message. */
  parseOptions(input: unknown): Options;
  check(files: readonly FileFacts[], input: InputConstraints, options: Options): Finding[];
}
