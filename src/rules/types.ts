import type { MessageKey } from '../i18n/keys.ts';

/** How loud a finding is: info never blocks, warn asks for a look, error is almost surely wrong. */
export type Severity = 'info' | 'warn' | 'error';

/** What a form control is for, as detection classifies it. */
export type FieldKind =
  | 'email'
  | 'email-confirm'
  | 'phone'
  | 'phone-country'
  | 'description'
  | 'attachments'
  | 'category'
  | 'name'
  | 'subject';

export type Params = Readonly<Record<string, string | number>>;

/** A one-click fix: the value to write into the field the finding is about. */
export interface Fix {
  readonly value: string;
}

/** What a rule returns: a code (a locale key) and its parameters; never words. */
export interface Finding {
  readonly rule: string;
  readonly field: FieldKind;
  readonly severity: Severity;
  readonly code: MessageKey;
  readonly params: Params;
  readonly fix?: Fix;
}

/** What a rule may know besides the value it checks. */
export interface RuleContext {
  /** Current values of the other classified fields of the same form. */
  readonly fields: Readonly<Partial<Record<FieldKind, string>>>;
  /** BCP 47 language of the page (`<html lang>`), or '' when unknown. */
  readonly pageLang: string;
  /** Active service profile id ('generic' when none applies). */
  readonly profileId: string;
}

/**
 * One check, one module. `options` are plain data chosen by a profile;
 * `check` is pure: same value, context and options, same findings.
 */
export interface Rule<Options> {
  readonly id: string;
  readonly field: FieldKind;
  readonly defaults: Options;
  /** Returns a validated copy of options, or throws with a readable message. */
  parseOptions(input: unknown): Options;
  check(value: string, ctx: RuleContext, options: Options): Finding[];
}
