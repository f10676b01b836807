/** VI / EN switch; the choice is stored in localStorage by the i18n provider. */
import { Segmented } from 'antd';
import { type Lang, useI18n } from '../i18n/I18nProvider.tsx';

export function LanguageSwitch({ className }: { className?: string }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      className={className}
      aria-label={t('lang.label')}
      size="middle"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: <span lang="vi">VI</span>, title: 'Tiếng Việt' },
        { value: 'en', label: <span lang="en">EN</span>, title: 'English' },
      ]}
    />
  );
}
