/** antd and dayjs locales for the current language (dates display as dd/mm/yyyy in both). */

import enUSModule from 'antd/es/locale/en_US.js';
import type { Locale } from 'antd/es/locale/index.js';
import viVNModule from 'antd/es/locale/vi_VN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';
import 'dayjs/locale/en.js';
import type { Lang } from './I18nProvider.tsx';

/**
 * antd ships these files as ES modules without `"type": "module"`, so TypeScript (NodeNext) types the default import
 * as the CommonJS namespace while the bundler hands us the locale itself. Accept both shapes.
 */
function interop(m: unknown): Locale {
  const value = m as Locale & { default?: Locale };
  return value.default ?? value;
}

const antdLocales: Record<Lang, Locale> = { vi: interop(viVNModule), en: interop(enUSModule) };

export const DATE_FORMAT = 'DD/MM/YYYY';

export function antdLocaleFor(lang: Lang): Locale {
  dayjs.locale(lang === 'en' ? 'en' : 'vi');
  return antdLocales[lang];
}
