/** Form 07, the dossier register: a range of receipt dates → register.xlsx (download) or register.pdf (print). */
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { registerUrl } from './queries.ts';

const ISO = 'YYYY-MM-DD';

export function RegisterModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const [from, to] = [range[0].format(ISO), range[1].format(ISO)];
  const tooLong = range[1].diff(range[0], 'day') > 366;
  return (
    <Modal open title={t('dos.reg.title')} onCancel={onClose} footer={null} width={520} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('dos.reg.help')}</Typography.Paragraph>
      <label className="dos-field-label" htmlFor="dos-register-range">
        {t('dos.reg.period')}
      </label>
      <DatePicker.RangePicker
        id="dos-register-range"
        format="DD/MM/YYYY"
        value={range}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        style={{ width: '100%', marginBottom: 20 }}
        status={tooLong ? 'error' : undefined}
      />
      <Flex gap={8} justify="flex-end" wrap>
        <Button
          icon={<FileExcelOutlined />}
          href={registerUrl('xlsx', from, to)}
          disabled={tooLong}
          download={`so-theo-doi-${from}-${to}.xlsx`}
        >
          {t('dos.reg.xlsx')}
        </Button>
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          href={registerUrl('pdf', from, to)}
          target="_blank"
          rel="noopener"
          disabled={tooLong}
        >
          {t('dos.reg.pdf')}
        </Button>
      </Flex>
    </Modal>
  );
}
