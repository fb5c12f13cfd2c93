// An authority officer submits its Participant's statistics: a trade or production file (CSV or
// XLSX with the columns of trade.csv or production.csv) is first checked by the server without writing anything (dry
// run) — the preview of what would be stored, or every bad row, column and reason — then submitted.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { ApiError } from '../api';
import { Page } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { fetchSubmissions, importFile } from './api';
import type { ImportResult, Kind } from './types';

const COLUMNS: Record<Kind, string> = {
  trade: 'reporter,period,flow,partner,hs_code,carats,value_usd,certificates',
  production: 'reporter,period,mining,carats,value_usd',
};

function Preview({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const f = useFormats();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="import-preview">
        <caption>{t(result.dryRun ? 'submit.previewCaption' : 'submit.doneCaption', { rows: f.integer(result.rows) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('submit.reporter')}</th>
            <th scope="col">{t('submit.period')}</th>
            <th scope="col" className="num">{t('submit.version')}</th>
            <th scope="col" className="num">{t('submit.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {result.submissions.map((s) => (
            <tr key={`${s.reporter}-${s.period}`}>
              <td>
                <span className="code">{s.reporter}</span>
              </td>
              <td>{s.period}</td>
              <td className="num">{s.version}</td>
              <td className="num">{f.integer(s.rows)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Problems({ error }: { error: ApiError }) {
  const { t } = useI18n();
  return (
    <div className="message message-error" role="alert" data-testid="import-errors">
      <p>
        <strong>{t('submit.refused')}</strong> <span lang="en">{error.message}</span>
      </p>
      {error.details.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col" className="num">{t('submit.row')}</th>
                <th scope="col">{t('submit.column')}</th>
                <th scope="col">{t('submit.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {error.details.map((d, i) => (
                <tr key={i}>
                  <td className="num">{d.row ?? ''}</td>
                  <td>
                    <span className="code">{d.column ?? d.path ?? ''}</span>
                  </td>
                  <td lang="en">{d.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function SubmitPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const [kind, setKind] = useState<Kind>('trade');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult>();
  const [done, setDone] = useState<ImportResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const participant = user?.participant ?? undefined;
  const history = useApi((signal) => (participant ? fetchSubmissions(participant, signal) : Promise.resolve({ submissions: [] })), [participant]);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    if (dryRun) {
      setPreview(undefined);
      setDone(undefined);
    }
    try {
      const result = await importFile(kind, file, dryRun);
      if (dryRun) setPreview(result);
      else {
        setDone(result);
        setPreview(undefined);
        history.reload();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };

  const recent = [...(history.data?.submissions ?? [])].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)).slice(0, 20);

  return (
    <Page title={t('submit.title')} intro={t('submit.intro')}>
      <form className="card form" onSubmit={check} aria-labelledby="submit-form-title">
        <h2 id="submit-form-title">{t('submit.formTitle')}</h2>
        <fieldset className="checks">
          <legend>{t('submit.kind')}</legend>
          {(['trade', 'production'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setPreview(undefined);
                  setError(undefined);
                }}
              />
              {t(`submit.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <p className="hint">
          {t('submit.columns')} <code>{COLUMNS[kind]}</code>
          {kind === 'trade' && <> — {t('submit.certificatesRule')}</>}
        </p>
        <label>
          {t('submit.file')} (CSV, XLSX)
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(undefined);
              setDone(undefined);
              setError(undefined);
            }}
          />
        </label>
        <button type="submit" disabled={busy || !file}>
          {busy && !preview ? t('submit.checking') : t('submit.check')}
        </button>
      </form>

      {error instanceof ApiError && error.code === 'invalid_input' ? <Problems error={error} /> : <ErrorMessage error={error} />}

      {preview && (
        <section className="card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('submit.previewTitle')}</h2>
          <p>{t('submit.previewText')}</p>
          <Preview result={preview} />
          <button type="button" onClick={() => void run(false)} disabled={busy} data-testid="submit-for-real">
            {busy ? t('users.busy') : t('submit.submit')}
          </button>
        </section>
      )}

      {done && (
        <div className="message message-ok" role="status" data-testid="import-done">
          <p>{t('submit.done', { rows: i18n.number(done.rows) })}</p>
          <Preview result={done} />
        </div>
      )}

      {participant && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('submit.history', { participant: i18n.country(participant) })}</h2>
          {history.error ? <ErrorMessage error={history.error} onRetry={history.reload} /> : null}
          {recent.length === 0 && history.data && <p className="empty">{t('submit.noHistory')}</p>}
          {recent.length > 0 && (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('submit.kind')}</th>
                    <th scope="col">{t('submit.period')}</th>
                    <th scope="col" className="num">{t('submit.version')}</th>
                    <th scope="col" className="num">{t('submit.rows')}</th>
                    <th scope="col">{t('submit.when')}</th>
                    <th scope="col">{t('submit.by')}</th>
                    <th scope="col">{t('submit.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {recent.map((s) => (
                    <tr key={`${s.kind}-${s.period}-${s.version}`} className={s.current ? 'current' : undefined}>
                      <td>{t(`submit.kind.${s.kind}`)}</td>
                      <td>{s.period}</td>
                      <td className="num">{s.version}</td>
                      <td className="num">{s.rows}</td>
                      <td className="nowrap">{i18n.instant(s.submittedAt)}</td>
                      <td>{s.submittedBy}</td>
                      <td lang="en">{s.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
