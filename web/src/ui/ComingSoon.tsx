/** The page of a module that later issues build: what it will do, in a calm, finished-looking card. */
import { ArrowLeftOutlined, ToolOutlined } from '@ant-design/icons';
import { Button, Card, Result, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { NavItem } from '../app/navigation.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from './PageHeader.tsx';

export function BackHomeButton() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Button type="primary" icon={<ArrowLeftOutlined />} onClick={() => navigate('/')}>
      {t('soon.back')}
    </Button>
  );
}

export function ComingSoon({ item }: { item: NavItem }) {
  const { t } = useI18n();
  const name = t(item.label);
  return (
    <>
      <PageHeader title={name} subtitle={t(item.description)} />
      <Card className="coming-soon">
        <Result
          icon={<ToolOutlined className="coming-soon-icon" />}
          title={
            <>
              {t('soon.title')} <Tag color="gold">{t('home.soon')}</Tag>
            </>
          }
          subTitle={t('soon.body', { module: name })}
          extra={<BackHomeButton />}
        />
      </Card>
    </>
  );
}
