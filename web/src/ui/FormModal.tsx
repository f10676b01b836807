/** The dialog around an edit form: OK submits the form, the mutation's error shows above it, never closed by a stray click. */
import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

export function FormModal(props: {
  title: ReactNode;
  okText: string;
  pending: boolean;
  error: unknown;
  onSubmit: () => void;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      onOk={props.onSubmit}
      okText={props.okText}
      cancelText={t('common.cancel')}
      confirmLoading={props.pending}
      width={props.width}
      destroyOnHidden
      maskClosable={false}
    >
      {props.error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={props.error} />
        </div>
      ) : null}
      {props.children}
    </Modal>
  );
}
