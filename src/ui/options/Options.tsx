import type { JSX } from 'preact';
import type { Locale } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';

export function Options({ locale }: { readonly locale: Locale }): JSX.Element {
  return (
    <main class="options">
      <h1>{t(locale, 'options.title')}</h1>
      <p>{t(locale, 'options.intro')}</p>
    </main>
  );
}
