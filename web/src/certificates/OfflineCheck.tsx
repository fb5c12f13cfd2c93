// Checks a certificate file (the signed JSON) in the browser against the trust list: a saved trust
// list file, or the one this server publishes. The certificate itself never leaves the browser.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fetchTrustList } from './api';
import { checkTrustList, verifyOffline } from './offline';
import type { Verification } from './types';
import { VerdictPanel } from './VerdictPanel';

async function readJson(file: File): Promise<unknown> {
  return JSON.parse(await file.text());
}

export function OfflineCheck() {
  const { t } = useI18n();
  const [certificate, setCertificate] = useState<File | null>(null);
  const [trustFile, setTrustFile] = useState<File | null>(null);
  const [result, setResult] = useState<Verification>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!certificate) return;
    if (!globalThis.crypto?.subtle) {
      setError(new Error(t('offline.insecure')));
      return;
    }
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      let doc: unknown;
      try {
        doc = await readJson(certificate);
      } catch {
        throw new Error(t('offline.notJson'));
      }
      const list = trustFile ? await readJson(trustFile) : await fetchTrustList();
      const checked = await checkTrustList(list);
      if (!checked.ok) throw new Error(`${t('offline.badList')} (${checked.reason})`);
      setResult(await verifyOffline(doc, checked.list));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="card offline-check">
      <summary>{t('offline.title')}</summary>
      <p className="hint">{t('offline.intro')}</p>
      <form className="form" onSubmit={submit}>
        <label>
          {t('offline.certificate')}
          <input type="file" name="certificate" accept=".json,application/json" required onChange={(e) => setCertificate(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t('offline.trustList')}
          <input type="file" name="trustList" accept=".json,application/json" onChange={(e) => setTrustFile(e.target.files?.[0] ?? null)} />
          <small className="hint">{t('offline.trustListHint')}</small>
        </label>
        <button type="submit" disabled={busy || !certificate}>
          {busy ? t('offline.busy') : t('offline.submit')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {result && <VerdictPanel result={result} />}
    </details>
  );
}
