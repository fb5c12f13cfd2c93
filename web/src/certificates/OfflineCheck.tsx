// Checks a certificate file (the signed JSON) in the browser against the trust list: a saved trust
// list file, or the one this server publishes. The certificate itself never leaves the browser. A list
// from a file is accepted only if signed by a pinned key (the one this browser pinned, or the signer of
// the list this server publishes) or by a key the endorsements lead to from it.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fetchTrustList } from './api';
import { checkTrustList, verifyOffline } from './offline';
import type { Verification } from './types';
import { VerdictPanel } from './VerdictPanel';

// the key this browser trusts for trust lists: the signer of the first list of this server it checked
// (trust on first use, as `kpcs cert verify --pin`); later lists must be signed by it or endorsed from it
const PIN_KEY = 'kpcs.trustListPin';
function readPin(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(PIN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
function savePin(keyId: string) {
  try {
    globalThis.localStorage?.setItem(PIN_KEY, keyId);
  } catch {
    // no storage (private mode): the served list's signer is still the pin for an uploaded list
  }
}

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
      const stored = readPin();
      let checked: Awaited<ReturnType<typeof checkTrustList>>;
      if (trustFile) {
        // a list from a file counts only if a key the page trusts signed it, or endorses its signer:
        // the key pinned in this browser, or the signer of the list this server publishes
        let list: unknown;
        try {
          list = await readJson(trustFile);
        } catch {
          throw new Error(t('offline.notJson'));
        }
        const served = await fetchTrustList().then((l) => checkTrustList(l, stored ? [stored] : undefined), () => undefined);
        const pins = [...(stored ? [stored] : []), ...(served?.ok ? [served.list.signer.keyId] : [])];
        checked = await checkTrustList(list, pins);
        if (!checked.ok) throw new Error(`${t('offline.unpinnedList')} (${checked.reason})`);
      } else {
        checked = await checkTrustList(await fetchTrustList(), stored ? [stored] : undefined);
        if (checked.ok && !stored) savePin(checked.list.signer.keyId);
      }
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
