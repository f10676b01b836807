/** An API error in the reader's language (messageVi / message), with its stable code for support calls. */
import { Alert } from 'antd';
import { ApiError, errorMessage } from '../app/api.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function ErrorAlert({ error }: { error: unknown }) {
  const { lang, t } = useI18n();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('common.error')}
      description={
        <>
          {errorMessage(error, lang)}
          {code ? <span className="error-code"> ({code})</span> : null}
        </>
      }
    />
  );
}
