/*
 * libphonenumber-js, bound to one metadata set.
 *
 * Metadata choice — 'max' (metadata.max.json). Measured with this package version (1.13.16) and
 * `npm run eval:phone -- test/fixtures/phone/cases.json --compare` (119 cases, 29 countries):
 *   set      raw bytes   gzip -9   eval correct   mobile vs fixed line
 *   min       83,298     18,946      119/119      no: type known for 7 of the 39 numbers
 *   mobile    98,793     23,569      105/119      yes, but every landline (+39 06…) is "invalid"
 *   max      156,639     38,907      119/119      yes
 * 'min' is as accurate for "which number was meant" but cannot tell a mobile number, which the
 * WhatsApp profile needs ("not a mobile number"). 'mobile' can, but it only knows mobile numbers, so
 * the generic profile would call every landline invalid (and Italian landlines must pass). 'max'
 * costs ~20 KB gzip more than 'min'; the rules are its only importer, so the bundle carries it once.
 */
import type { CountryCode, MetadataJson, NumberType, PhoneNumber } from 'libphonenumber-js/core';
import {
  Metadata,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/max/metadata';

export type { NumberType, PhoneNumber } from 'libphonenumber-js/core';

export type LengthProblem = 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' | 'INVALID_COUNTRY' | 'NOT_A_NUMBER';

/** The few library calls the phone checks use, bound to one metadata set. None of them throws. */
export interface PhoneLib {
  /** `text` is digits with an optional leading '+'; without '+', `country` says whose national number it is. */
  parse(text: string, country?: string): PhoneNumber | undefined;
  validateLength(text: string, country?: string): LengthProblem | undefined;
  isCountry(country: string): boolean;
  /** '39' for 'IT'; null for an unknown country. */
  callingCode(country: string): string | null;
  /** The main country of a calling code ('1' → 'US', '39' → 'IT'), or null. */
  mainCountry(callingCode: string): string | null;
  /** The trunk prefix a country's national numbers start with ('0'), or null when it has none. */
  nationalPrefix(country: string): string | null;
  /** The country's international call prefix as an anchored pattern (IT: ^00, US: ^011), or null. */
  iddPrefix(country: string): RegExp | null;
}

interface NumberingPlanLike {
  nationalPrefix(): string | undefined;
  IDDPrefix(): string | undefined;
}

export function makePhoneLib(metadata: MetadataJson): PhoneLib {
  const meta = new Metadata(metadata);
  const callingCodes = (metadata as unknown as { country_calling_codes: Record<string, string[]> })
    .country_calling_codes;
  const prefixCache = new Map<string, string | null>();
  const iddCache = new Map<string, RegExp | null>();

  function plan(country: string): NumberingPlanLike | null {
    if (!isCountry(country)) return null;
    meta.selectNumberingPlan(country as CountryCode);
    return (meta as unknown as { numberingPlan?: NumberingPlanLike }).numberingPlan ?? null;
  }
  function isCountry(country: string): boolean {
    try {
      return /^[A-Z]{2}$/.test(country) && isSupportedCountry(country as CountryCode, metadata);
    } catch {
      return false;
    }
  }

  return {
    parse(text, country) {
      try {
        return country && isCountry(country)
          ? parsePhoneNumberFromString(text, country as CountryCode, metadata)
          : parsePhoneNumberFromString(text, metadata);
      } catch {
        return undefined;
      }
    },
    validateLength(text, country) {
      try {
        return country && isCountry(country)
          ? validatePhoneNumberLength(text, country as CountryCode, metadata)
          : validatePhoneNumberLength(text, metadata);
      } catch {
        return 'NOT_A_NUMBER';
      }
    },
    isCountry,
    callingCode(country) {
      try {
        return isCountry(country) ? String(getCountryCallingCode(country as CountryCode, metadata)) : null;
      } catch {
        return null;
      }
    },
    mainCountry(callingCode) {
      return callingCodes[callingCode]?.[0] ?? null;
    },
    nationalPrefix(country) {
      if (!prefixCache.has(country)) prefixCache.set(country, plan(country)?.nationalPrefix() ?? null);
      return prefixCache.get(country) ?? null;
    },
    iddPrefix(country) {
      if (!iddCache.has(country)) {
        const src = plan(country)?.IDDPrefix();
        let re: RegExp | null;
        try {
          re = src ? new RegExp(`^(?:${src})`) : null;
        } catch {
          re = null;
        }
        iddCache.set(country, re);
      }
      return iddCache.get(country) ?? null;
    },
  };
}

/** The library with the 'max' metadata (see the table above). */
export const PHONE_LIB: PhoneLib = makePhoneLib(maxMetadata);

/** Number types that are not a personal mobile line (WhatsApp registers mobile numbers). */
export const NOT_MOBILE_TYPES: ReadonlySet<NumberType> = new Set<NumberType>([
  'FIXED_LINE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'UAN',
  'VOICEMAIL',
  'PAGER',
]);
