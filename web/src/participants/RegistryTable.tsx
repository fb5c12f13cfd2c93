// The registry on one day as a table: searchable by name or code, filterable by status, sortable
// by every column; a row opens the entry's record.
import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { Link, navigate } from '../app/router';
import { SortHeader, useSort } from '../ui/sort';
import { StatusBadge } from './StatusBadge';
import { STATUSES, type ParticipantSummary, type Status } from './types';

type Column = 'code' | 'name' | 'status' | 'since' | 'measures';

interface Row {
  entry: ParticipantSummary;
  name: string;
}

export function detailHref(code: string, date: string): string {
  return `/participants/${encodeURIComponent(code)}?at=${date}`;
}

export function RegistryTable({ entries, date }: { entries: readonly ParticipantSummary[]; date: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status | ''>('');

  const rows = useMemo<Row[]>(() => entries.map((entry) => ({ entry, name: i18n.country(entry.code, entry.name) })), [entries, i18n]);
  const filtered = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase(i18n.lang);
    return rows.filter(
      (r) =>
        (!status || r.entry.status === status) &&
        (!needle || r.entry.code.toLocaleLowerCase(i18n.lang).includes(needle) || r.name.toLocaleLowerCase(i18n.lang).includes(needle) || r.entry.name.toLocaleLowerCase(i18n.lang).includes(needle)),
    );
  }, [rows, search, status, i18n.lang]);

  const value = useCallback(
    (r: Row, column: Column): string | number => {
      switch (column) {
        case 'code':
          return r.entry.code;
        case 'name':
          return r.name;
        case 'status':
          return STATUSES.indexOf(r.entry.status);
        case 'since':
          return r.entry.statusSince;
        case 'measures':
          return -r.entry.measures.length;
      }
    },
    [],
  );
  const [sorted, sort] = useSort(filtered, 'name' as Column, value, i18n.lang);
  const present = STATUSES.filter((s) => entries.some((e) => e.status === s));

  return (
    <section className="registry-table" aria-labelledby="registry-table-title">
      <h2 id="registry-table-title">{t('table.title')}</h2>
      <div className="filters">
        <label>
          {t('table.filter')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          {t('table.statusFilter')}
          <select value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">{t('table.allStatuses')}</option>
            {present.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="filter-count" role="status">
          {t('table.shown', { shown: i18n.number(sorted.length), total: i18n.number(entries.length) })}
        </p>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('table.caption', { date: i18n.day(date) })}</caption>
          <thead>
            <tr>
              <SortHeader sort={sort} column="code">{t('table.code')}</SortHeader>
              <SortHeader sort={sort} column="name">{t('table.name')}</SortHeader>
              <SortHeader sort={sort} column="status">{t('table.status')}</SortHeader>
              <SortHeader sort={sort} column="since">{t('table.since')}</SortHeader>
              <SortHeader sort={sort} column="measures">{t('table.measures')}</SortHeader>
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ entry, name }) => (
              <tr key={entry.code} className="clickable" data-code={entry.code} onClick={() => navigate(detailHref(entry.code, date))}>
                <td className="code">{entry.code}</td>
                <td>
                  <Link to={detailHref(entry.code, date)} onClick={(e) => e.stopPropagation()}>
                    {name}
                  </Link>
                  {entry.members.length > 0 && <div className="sub">{t('table.members', { count: i18n.number(entry.members.length) })}</div>}
                </td>
                <td>
                  <StatusBadge status={entry.status} />
                </td>
                <td className="nowrap">{i18n.day(entry.statusSince)}</td>
                <td>
                  {entry.measures.map((m) => (
                    <span key={m.id} className="measure-tag">
                      {t(`measure.${m.kind}`)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {sorted.length === 0 && <p className="empty">{t('table.empty')}</p>}
      </div>
    </section>
  );
}
