/** An answer card, in the answer's language. Everything is rendered as text: nothing from the server is HTML. */
import type { AnswerCard } from '../../../../src/modules/assistant/contracts.ts';
import { translate } from '../../i18n/I18nProvider.tsx';
import { groupDocuments } from './document-groups.ts';

export function AnswerCardView({
  card,
  lang,
  onTakeTicket,
  ticketHint,
  busy,
}: {
  card: AnswerCard;
  lang: 'vi' | 'en';
  onTakeTicket?: (() => void) | undefined;
  ticketHint?: string | undefined;
  busy?: boolean;
}) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const docs = groupDocuments(card.documents);
  return (
    <article className="as-card" lang={lang} data-testid="answer-card">
      <header className="as-card-head">
        <h2>{card.name}</h2>
        {lang === 'en' && card.name !== card.nameVi ? (
          <p className="as-card-vi" lang="vi">
            {card.nameVi}
          </p>
        ) : null}
        <span className="as-card-code">{card.code}</span>
      </header>
      <section className={`as-where${card.handledHere ? '' : ' as-where-away'}`}>
        <h3>{t('as.card.where')}</h3>
        <p>
          {card.where.group ? <span className="as-group-letter">{card.where.group.letter}</span> : null}
          {card.where.text}
        </p>
      </section>
      {card.canTakeTicket && onTakeTicket ? (
        <button type="button" className="as-ticket-btn" onClick={onTakeTicket} disabled={busy}>
          {t('as.takeTicket')}
          {card.where.group ? ` · ${t('as.group', { letter: card.where.group.letter })}` : ''}
        </button>
      ) : card.canTakeTicket && ticketHint ? (
        <p className="as-note">{ticketHint}</p>
      ) : null}
      <dl className="as-facts">
        <div>
          <dt>{t('as.card.fee')}</dt>
          <dd>{card.fee ?? t('as.card.unknown')}</dd>
        </div>
        <div>
          <dt>{t('as.card.time')}</dt>
          <dd>{card.processingTime ?? t('as.card.unknown')}</dd>
        </div>
        <div>
          <dt>{t('as.card.online')}</dt>
          <dd>{card.online ? t('as.card.onlineYes') : t('as.card.onlineNo')}</dd>
        </div>
        {card.result ? (
          <div>
            <dt>{t('as.card.result')}</dt>
            <dd>{card.result}</dd>
          </div>
        ) : null}
      </dl>
      <section className="as-docs">
        <h3>{t('as.card.documents')}</h3>
        {docs.main.length ? <DocList docs={docs.main} t={t} /> : null}
        {docs.cases.length ? (
          <details open={docs.main.length === 0 && docs.cases.length <= 5}>
            <summary>{t('as.card.cases', { n: docs.cases.length })}</summary>
            <DocList docs={docs.cases} t={t} />
          </details>
        ) : null}
        {docs.notes.length ? (
          <details>
            <summary>{t('as.card.notes', { n: docs.notes.length })}</summary>
            <DocList docs={docs.notes} t={t} />
          </details>
        ) : null}
        {card.documentsNote ? <p className="as-note">{card.documentsNote}</p> : null}
      </section>
    </article>
  );
}

type T = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string;

function DocList({ docs, t }: { docs: AnswerCard['documents']; t: T }) {
  const counts = (o: number | null, c: number | null) =>
    [o ? t('as.card.originals', { n: o }) : '', c ? t('as.card.copies', { n: c }) : ''].filter(Boolean).join(', ');
  return (
    <ol>
      {docs.map((d) => (
        <li key={`${d.condition ?? ''}|${d.name}`}>
          <span lang="vi">{d.condition ? `${d.condition}: ${d.name}` : d.name}</span>
          {counts(d.originals, d.copies) ? <small> ({counts(d.originals, d.copies)})</small> : null}
        </li>
      ))}
    </ol>
  );
}
