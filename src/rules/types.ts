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

/**
 * A one-click fix.
 * - `value`: what to write into the field the finding is about (always set; a UI that knows
 *   nothing else can write just this).
 * - `label`: the locale key of the fix button, filled with the finding's `params`
 *   (e.g. 'hint.fix.use' = "Use {suggestion}"). When absent, use 'hint.fix.use'.
 * - `parts`: when the fix spans several fields of the same form, the value for each field kind
 *   (e.g. `{ 'phone-country': 'IT', phone: '3123456789' }`). It always repeats the finding's own
 *   field with `value`. For 'phone-country' the part is an ISO 3166 alpha-2 country code: pick the
 *   option with `pickDialOption()` from `src/rules/phone/dial-control.ts`.
 */
export interface Fix {
  readonly value: string;
  readonly label?: MessageKey;
  readonly parts?: Readonly<Partial<Record<FieldKind, string>>>;
}

/** What a rule returns: a code (a locale key) and its parameters; never words. */
export interface Finding {
  readonly rule: string;
  readonly field: FieldKind;
  readonly severity: Severity;
  readonly code: MessageKey;
  readonly params: Params;
  readonly fix?: Fix;
  /**
   * Advice that must not nag: show it at most once per field per page. The UI keeps, per field
   * element, the set of `findingKey(f)` it has shown and skips a `once` finding already in it
   * (after the first showing, the next finding in order, if any, may take its place).
   */
  readonly once?: boolean;
}

/** A stable identity for a finding, the same across calls: `rule:code`. */
export function findingKey(f: Pick<Finding, 'rule' | 'code'>): string {
  return `${f.rule}:${f.code}`;
}

/** Where a phone number's country may be read from, strongest first (see `inferCountry`). */
export interface CountryHints {
  /** The page's own country / dial-code control, as text: 'IT', '+39', 'Italy (+39)'. Defaults to `fields['phone-country']`. */
  readonly fromControl?: string;
  /** The active profile's country, ISO alpha-2, when the service is national. */
  readonly profile?: string;
  /** The page's hostname or its top-level domain ('www.example.it' or 'it'). */
  readonly tld?: string;
  /** The browser's UI locale (navigator.language), BCP 47. */
  readonly browserLocale?: string;
}

/** What a rule may know besides the value it checks. */
export interface RuleContext {
  /** Current values of the other classified fields of the same form. */
  readonly fields: Readonly<Partial<Record<FieldKind, string>>>;
  /** BCP 47 language of the page (`<html lang>`), or '' when unknown. */
  readonly pageLang: string;
  /** Active service profile id ('generic' when none applies). */
  readonly profileId: string;
  /** Country hints for phone numbers; `pageLang` and `fields['phone-country']` are used too. */
  readonly country?: CountryHints;
  /** The UI locale (e.g. 'it', 'zh_TW'): used only to name countries in params (`countryName`). */
  readonly uiLocale?: string;
  /**
   * 'typing' while the person is still typing (input events): rules then hold back complaints that
   * only mean "not finished yet" (a missing @, a number too short). 'done' (blur, or absent): all.
   */
  readonly phase?: 'typing' | 'done';
}

/**
 * One check, one module. `options` are plain data chosen by a profile;
 * `check` is pure: same value, context and options, same findings.
 */
export interface Rule<Options> {
  readonly id: string;
  readonly field: FieldKind;
  readonly defaults: Options;
  /** Returns a validated copy of options (missing ones take the defaults), or throws with a readable message. */
  parseOptions(input: unknown): Options;
  check(value: string, ctx: RuleContext, options: Options): Finding[];
}
