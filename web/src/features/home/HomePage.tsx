/** Overview: greeting, the person's roles and unit, and tiles for the modules their roles may open. */
import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { NAV_ITEMS } from '../../app/navigation.tsx';
import { formatToday } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { RoleTags } from '../../ui/RoleTags.tsx';

export default function HomePage() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const tiles = NAV_ITEMS.filter((i) => i.group !== 'main' && i.group !== 'hidden' && hasAnyRole(me, i.roles));
  return (
    <>
      <Card className="home-welcome">
        <Row gutter={[24, 12]} align="middle">
          <Col xs={24} md={14}>
            <Typography.Title level={1}>{t('home.greeting', { name: me.fullName })}</Typography.Title>
            <Typography.Text type="secondary">
              {formatToday(new Date(), lang)} · {t('home.intro')}
            </Typography.Text>
          </Col>
          <Col xs={24} md={10}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('home.ward')}>
                {lang === 'en' ? me.ward.nameEn : me.ward.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('home.roles')}>
                <span data-testid="my-roles">
                  <RoleTags roles={me.roles} />
                </span>
              </Descriptions.Item>
            </Descriptions>
          </Col>
        </Row>
      </Card>
      <Typography.Title level={2} style={{ fontSize: 18, margin: '4px 0 14px' }}>
        {t('home.modules')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {tiles.map((i) => (
          <Col key={i.key} xs={24} sm={12} lg={8} xl={6}>
            <Card className="module-tile" size="small" hoverable>
              <Link to={i.path} data-tile={i.key}>
                <span className="tile-icon" aria-hidden="true">
                  {i.icon}
                </span>
                <div className="tile-title">
                  {t(i.label)}
                  {i.page ? null : (
                    <Tag color="gold" variant="outlined" style={{ fontWeight: 400 }}>
                      {t('home.soon')}
                    </Tag>
                  )}
                </div>
                <div className="tile-desc">{t(i.description)}</div>
              </Link>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
