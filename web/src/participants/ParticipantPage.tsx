// One registry entry's record (/participants/{code}?at=): its status on the chosen day, its status
// history, the UN measures that applied to it, and its Kimberley Process authority. The registry's
// own notes (basis, note) exist in English only and are marked so.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Link, useLocation } from '../app/router';
import type { PageProps } from '../app/route';
import { Page, Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { fetchParticipant } from './api';
import { StatusBadge } from './StatusBadge';
import { isDay, today, type Measure, type StatusPeriod } from './types';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ParticipantPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const code = (params.code ?? '').toUpperCase();
  const asked = useLocation().query.get('at');
  const date = isDay(asked) ? asked : today();
  const detail = useApi((signal) => fetchParticipant(code, date, signal), [code, date]);
  const p = detail.data;
  const back = date === today() ? '/' : `/?at=${date}`;
  const title = p ? i18n.country(p.code, p.name) : code;

  const periodStart = (period: StatusPeriod) =>
    period.fromPrecision === 'year' ? <span title={t('detail.yearOnly')}>{period.validFrom.slice(0, 4)}</span> : i18n.day(period.validFrom);
  const inForce = (m: Measure) => m.validFrom <= date && (m.validTo === null || date < m.validTo);
  const languageName = (tag: string) => {
    try {
      return new Intl.DisplayNames(i18n.lang, { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  };

  return (
    <Page title={title}>
      <p className="back">
        <Link to={back}>← {t('detail.back')}</Link>
      </p>
      {detail.error ? <ErrorMessage error={detail.error} onRetry={detail.reload} /> : null}
      {!p && !detail.error && <Loading />}
      {p && (
        <>
          <dl className="facts">
            <Field label={t('detail.statusOn', { date: i18n.day(date) })}>
              <StatusBadge status={p.status} /> <span className="sub">{t('detail.since', { date: i18n.day(p.statusSince) })}</span>
            </Field>
            <Field label={t('detail.code')}>
              <span className="code">{p.code}</span>
            </Field>
            {p.memberOf && (
              <Field label={t('detail.memberOf')}>
                {i18n.country(p.memberOf.participant)} <span className="code">{p.memberOf.participant}</span>{' '}
                <span className="sub">{t('detail.since', { date: i18n.day(p.memberOf.validFrom) })}</span>
                {p.memberOf.basis && <div className="sub" lang="en">{p.memberOf.basis}</div>}
              </Field>
            )}
            <Field label={t('detail.kind')}>{t(`kind.${p.kind}`)}</Field>
            <Field label={t('detail.language')}>{p.language === 'en' ? t('detail.englishOnly') : languageName(p.language)}</Field>
            <Field label={t('detail.validity')}>{i18n.number(p.certificateValidityDays)}</Field>
            {p.measures.length > 0 && (
              <Field label={t('detail.measures')}>
                {p.measures.map((m) => (
                  <span key={m.id} className="measure-tag">
                    {t(`measure.${m.kind}`)}
                  </span>
                ))}
              </Field>
            )}
          </dl>

          {p.members.length > 0 && (
            <section aria-labelledby="members-title">
              <h2 id="members-title">{t('detail.members', { date: i18n.day(date) })}</h2>
              <ul className="member-list">
                {p.members
                  .map((m) => ({ code: m, name: i18n.country(m) }))
                  .sort((a, b) => a.name.localeCompare(b.name, i18n.lang))
                  .map((m) => {
                    const since = p.memberHistory?.find((h) => h.country === m.code);
                    return (
                      <li key={m.code}>
                        {m.name} <span className="code">{m.code}</span>
                        {since && since.validFrom > (p.history[0]?.validFrom ?? since.validFrom) && (
                          <span className="sub" title={since.basis ?? undefined}> {t('detail.since', { date: i18n.day(since.validFrom) })}</span>
                        )}
                      </li>
                    );
                  })}
              </ul>
            </section>
          )}

          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('detail.history')}</h2>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('table.status')}</th>
                    <th scope="col">{t('detail.from')}</th>
                    <th scope="col">{t('detail.to')}</th>
                    <th scope="col">{t('detail.basis')}</th>
                    <th scope="col">{t('detail.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.history.map((h, i) => (
                    <tr key={i} className={h.validFrom <= date && (h.validTo === null || date < h.validTo) ? 'current' : undefined}>
                      <td>
                        <StatusBadge status={h.status} />
                      </td>
                      <td className="nowrap">{periodStart(h)}</td>
                      <td className="nowrap">{h.validTo ? i18n.day(h.validTo) : t('detail.open')}</td>
                      <td className="prose" lang="en">{h.basis}</td>
                      <td className="prose" lang="en">{h.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="measures-title">
            <h2 id="measures-title">{t('detail.measures')}</h2>
            {p.allMeasures.length === 0 ? (
              <p>{t('detail.noMeasures')}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('detail.measure')}</th>
                      <th scope="col">{t('detail.from')}</th>
                      <th scope="col">{t('detail.to')}</th>
                      <th scope="col">{t('detail.basis')}</th>
                      <th scope="col">{t('detail.note')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.allMeasures.map((m) => (
                      <tr key={m.id} className={inForce(m) ? 'current' : undefined}>
                        <td>
                          <span className="measure-tag">{t(`measure.${m.kind}`)}</span>
                          {inForce(m) && <div className="sub">{t('detail.inForce')}</div>}
                        </td>
                        <td className="nowrap">{i18n.day(m.validFrom)}</td>
                        <td className="nowrap">{m.validTo ? i18n.day(m.validTo) : t('detail.open')}</td>
                        <td className="prose" lang="en">{m.basis}</td>
                        <td className="prose" lang="en">{m.note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="authority-title">
            <h2 id="authority-title">{t('detail.authority')}</h2>
            <dl className="facts">
              <Field label={t('detail.authorityName')}>{p.authority.name ?? <span className="muted">{t('detail.notRecorded')}</span>}</Field>
              <Field label={t('detail.address')}>{p.authority.address ?? <span className="muted">{t('detail.notRecorded')}</span>}</Field>
              <Field label={t('detail.email')}>
                {p.authority.email ? <a href={`mailto:${p.authority.email}`}>{p.authority.email}</a> : <span className="muted">{t('detail.notRecorded')}</span>}
              </Field>
            </dl>
          </section>
        </>
      )}
    </Page>
  );
}
