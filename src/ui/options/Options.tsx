import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index.ts';
import { LOCALES, t } from '../../i18n/index.ts';
import type { CheckGroup, LanguageSetting, Settings, Verbosity } from '../../settings/schema.ts';
import { CHECK_GROUPS, VERBOSITIES } from '../../settings/schema.ts';
import { setSiteEnabled } from '../../settings/sites.ts';

export interface OptionsProps {
  readonly locale: Locale;
  /** Absent while loading: the page shows only its title. */
  readonly settings?: Settings;
  /** Saves the new settings; resolves when stored. */
  readonly onChange?: (next: Settings) => Promise<void>;
  /** Clears everything stored; resolves when done. */
  readonly onReset?: () => Promise<void>;
}

const CHECK_KEYS = {
  email: 'options.checks.email',
  phone: 'options.checks.phone',
  attachments: 'options.checks.attachments',
  scam: 'options.checks.scam',
} as const satisfies Record<CheckGroup, string>;

const VERBOSITY_KEYS = {
  all: 'options.verbosity.all',
  problems: 'options.verbosity.problems',
} as const satisfies Record<Verbosity, string>;

export function Options({ locale, settings, onChange, onReset }: OptionsProps): JSX.Element {
  const [status, setStatus] = useState<'saved' | 'reset' | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Keep keyboard focus on the reset controls as they swap.
  const resetRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const swapped = useRef(false);
  useEffect(() => {
    if (!swapped.current) return;
    (confirming ? confirmRef : resetRef).current?.focus();
  }, [confirming]);
  const confirm = (on: boolean): void => {
    swapped.current = true;
    setConfirming(on);
  };

  const save = (next: Settings): void => {
    setStatus(null);
    void onChange?.(next).then(() => setStatus('saved'));
  };

  return (
    <main class="options">
      <h1>{t(locale, 'options.title')}</h1>
      <p>{t(locale, 'options.intro')}</p>
      {settings && (
        <>
          <section aria-labelledby="lang-title">
            <h2 id="lang-title">
              <label for="language">{t(locale, 'options.language.title')}</label>
            </h2>
            <select
              id="language"
              name="language"
              value={settings.language}
              onChange={(e) => save({ ...settings, language: e.currentTarget.value as LanguageSetting })}
            >
              <option value="auto">{t(locale, 'options.language.auto')}</option>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l.replace('_', '-')}>
                  {t(l, 'locale.name')}
                </option>
              ))}
            </select>
          </section>

          <fieldset>
            <legend>
              <h2>{t(locale, 'options.checks.title')}</h2>
            </legend>
            {CHECK_GROUPS.map((g) => (
              <label key={g} class="row">
                <input
                  type="checkbox"
                  name={`check-${g}`}
                  checked={settings.checks[g]}
                  onChange={(e) => save({ ...settings, checks: { ...settings.checks, [g]: e.currentTarget.checked } })}
                />
                {t(locale, CHECK_KEYS[g])}
              </label>
            ))}
          </fieldset>

          <fieldset>
            <legend>
              <h2>{t(locale, 'options.verbosity.title')}</h2>
            </legend>
            {VERBOSITIES.map((v) => (
              <label key={v} class="row">
                <input
                  type="radio"
                  name="verbosity"
                  value={v}
                  checked={settings.verbosity === v}
                  onChange={() => save({ ...settings, verbosity: v })}
                />
                {t(locale, VERBOSITY_KEYS[v])}
              </label>
            ))}
          </fieldset>

          <section aria-labelledby="sites-title">
            <h2 id="sites-title">{t(locale, 'options.sites.title')}</h2>
            {settings.disabledSites.length === 0 ? (
              <p>{t(locale, 'options.sites.none')}</p>
            ) : (
              <ul class="sites">
                {settings.disabledSites.map((site) => (
                  <li key={site}>
                    <span>{site}</span>{' '}
                    <button type="button" onClick={() => save(setSiteEnabled(settings, site, true))}>
                      {t(locale, 'options.sites.enable', { site })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="reset-title">
            <h2 id="reset-title">{t(locale, 'options.reset.title')}</h2>
            <p>{t(locale, 'options.reset.help')}</p>
            {!confirming ? (
              <button type="button" id="reset" ref={resetRef} onClick={() => confirm(true)}>
                {t(locale, 'options.reset.button')}
              </button>
            ) : (
              <div class="actions">
                <button
                  type="button"
                  id="reset-confirm"
                  ref={confirmRef}
                  class="danger"
                  onClick={() => {
                    confirm(false);
                    setStatus(null);
                    void onReset?.().then(() => setStatus('reset'));
                  }}
                >
                  {t(locale, 'options.reset.confirm')}
                </button>
                <button type="button" onClick={() => confirm(false)}>
                  {t(locale, 'options.reset.cancel')}
                </button>
              </div>
            )}
          </section>
        </>
      )}
      <p role="status" class="status" data-status={status ?? ''}>
        {status === 'saved' && t(locale, 'options.saved')}
        {status === 'reset' && t(locale, 'options.reset.done')}
      </p>
    </main>
  );
}
