/**
 * Intake step 4: the dossier code, the lookup secret (shown once: it is stored hashed) and the appointment, the
 * button that prints the slip (form 01 with the secret; 02 or 03 for a supplement request or refusal), the QR
 * code of the citizen's status page.
 */
import { FileAddOutlined, FolderOpenOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { FormNumber, IntakeResult } from '../../../../src/modules/dossiers/contracts.ts';
import { absoluteUrl, QrCode } from '../../devices/QrCode.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formKey, StatusTag } from './dossier-format.tsx';
import type { ApplicantValues } from './intake-model.ts';
import { formUrl, lookupPath } from './queries.ts';

const SLIP: Record<ApplicantValues['outcome'], FormNumber> = {
  receive: '01',
  'request-supplement': '02',
  refuse: '03',
};

export function IntakeDone({
  result,
  outcome,
  onAnother,
}: {
  result: IntakeResult;
  outcome: ApplicantValues['outcome'];
  onAnother: () => void;
}) {
  const { t } = useI18n();
  const slip = SLIP[outcome];
  const lookup = absoluteUrl(lookupPath(result.code, result.lookupSecret));
  return (
    <Card>
      <Result
        status={outcome === 'refuse' ? 'warning' : 'success'}
        title={t(`dos.done.${outcome}`)}
        subTitle={<StatusTag status={result.status} />}
        style={{ padding: '8px 0 16px' }}
      />
      <Row gutter={[32, 20]} align="middle" justify="center">
        <Col xs={24} lg={13}>
          <Descriptions bordered column={1} size="middle" styles={{ label: { width: 170 } }}>
            <Descriptions.Item label={t('dos.done.code')}>
              <Typography.Text copyable className="dos-big-code mono" data-testid="dossier-code">
                {result.code}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('dos.done.secret')}>
              <Typography.Text copyable className="dos-big-secret mono" data-testid="lookup-secret">
                {result.lookupSecret}
              </Typography.Text>
            </Descriptions.Item>
            {result.appointmentAt ? (
              <Descriptions.Item label={t('dos.done.appointment')}>
                <strong className="dos-appointment">{formatDateTime(result.appointmentAt)}</strong>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Alert type="info" showIcon title={t('dos.done.secretHelp')} style={{ marginTop: 16 }} />
        </Col>
        <Col xs={24} lg={7}>
          <figure className="dos-qr">
            <QrCode text={lookup} label={t('dos.done.lookup')} className="dos-qr-img" />
            <figcaption>
              <a href={lookupPath(result.code, result.lookupSecret)} target="_blank" rel="noopener">
                {t('dos.done.lookup')}
              </a>
            </figcaption>
          </figure>
        </Col>
      </Row>
      <Flex gap={12} justify="center" wrap style={{ marginTop: 24 }}>
        <Button
          type="primary"
          size="large"
          icon={<PrinterOutlined />}
          href={formUrl(result.code, slip, slip === '01' ? result.lookupSecret : undefined)}
          target="_blank"
          rel="noopener"
          data-testid="print-slip"
        >
          {t('dos.done.print', { form: t(formKey(slip)).toLowerCase(), n: slip })}
        </Button>
        <Link to={`/dossiers/${encodeURIComponent(result.code)}`}>
          <Button size="large" icon={<FolderOpenOutlined />}>
            {t('dos.done.open')}
          </Button>
        </Link>
        <Button size="large" icon={<FileAddOutlined />} onClick={onAnother}>
          {t('dos.done.another')}
        </Button>
      </Flex>
    </Card>
  );
}
