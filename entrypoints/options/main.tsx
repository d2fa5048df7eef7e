import { render } from 'preact';
import { Options } from '../../src/ui/options/Options.tsx';
import { pickLocale } from '../../src/i18n/index.ts';
import '../../src/ui/popup/popup.css';

const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale.replace('_', '-');
const root = document.getElementById('app');
if (root) render(<Options locale={locale} />, root);
