import type en from './locales/en.json';

/** Every user-visible string is one of these keys; English is the reference catalog. */
export type MessageKey = keyof typeof en;
