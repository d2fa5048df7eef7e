import type { JSX } from 'preact';
import type { Locale } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { TabState } from '../../messages/schema.ts';
import type { ServiceProfile } from '../../profiles/schema.ts';
import en from '../../i18n/locales/en.json';

export interface PopupProps {
  readonly locale: Locale;
  /** null: the page could not be read (browser page) or has not reported yet. */
  readonly state: TabState | null;
  readonly profile: ServiceProfile;
  readonly onOpenOptions: () => void;
}

function isKey(code: string): code is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, code);
}

function StateLine({ locale, state }: { locale: Locale; state: TabState | null }): JSX.Element {
  if (!state) return <p class="state">{t(locale, 'popup.state.unavailable')}</p>;
  if (state.assessment.level === 'danger') {
    return (
      <section class="state danger" role="alert" aria-labelledby="danger-title">
        <h2 id="danger-title">{t(locale, 'popup.state.danger')}</h2>
        <h3>{t(locale, 'popup.reasons.title')}</h3>
        <ul class="reasons">
          {state.assessment.reasons.map((r) => (
            <li key={r.code}>
              {isKey(r.code) ? t(locale, r.code, r.params) : r.code}
              {r.evidence.length > 0 && (
                <div class="evidence">{t(locale, 'popup.evidence', { evidence: r.evidence.join(', ') })}</div>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (state.supportForms > 0) return <p class="state form">{t(locale, 'popup.state.form')}</p>;
  return <p class="state">{t(locale, 'popup.state.none')}</p>;
}

export function Popup({ locale, state, profile, onOpenOptions }: PopupProps): JSX.Element {
  const service = profile.name;
  return (
    <main class="popup">
      <header>
        <h1>{t(locale, 'popup.title')}</h1>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t(locale, 'popup.options')}
        </button>
      </header>
      <StateLine locale={locale} state={state} />
      <section aria-labelledby="channels-title">
        <h2 id="channels-title">{t(locale, 'popup.channels.title', { service })}</h2>
        <p class="note">{t(locale, 'popup.channels.note', { service })}</p>
        <ul class="channels">
          {profile.channels.map((c) => (
            <li key={c.id} data-channel={c.id}>
              <strong>{t(locale, c.name)}</strong>
              {c.how && <div>{t(locale, c.how)}</div>}
              {c.url && (
                <div>
                  <a href={c.url} target="_blank" rel="noreferrer noopener">
                    {c.url}
                  </a>
                </div>
              )}
              {c.email && (
                <div>
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </div>
              )}
              <div class="for">{t(locale, c.goodFor)}</div>
            </li>
          ))}
        </ul>
        <p class="caveat">{t(locale, 'popup.channels.timing', { service })}</p>
      </section>
    </main>
  );
}
