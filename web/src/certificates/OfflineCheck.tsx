// Checks a certificate file (the signed JSON) in the browser against the trust list: a saved trust
// list file, or the one this server publishes. The certificate itself never leaves the browser. A list
// from a file is accepted only if signed by a pinned key (the one this browser pinned, or the signer of
// the list this server publishes) or by a key the endorsements lead to from it.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { fetchTrustList } from './api';
import { checkCheckpoint, checkTrustList, verifyOffline, type TrustList } from './offline';
import { checkTrustFloor, committedGeneration, generationOf, isStale } from './trust-generation';
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

// the newest trust list generation this browser accepted: an older list (from before a key was revoked,
// handed over by a thief or a stale mirror) is refused, as `kpcs cert verify --trust-state`
const GENERATION_KEY = 'kpcs.trustListGeneration';
// the cosignatures of witnesses of the trust list a checkpoint must carry (as `kpcs cert verify --witnesses`)
const WITNESSES_KEY = 'kpcs.requiredWitnesses';
function readNumber(key: string): number {
  try {
    const n = Number(globalThis.localStorage?.getItem(key) ?? '0');
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}
function saveNumber(key: string, n: number) {
  try {
    globalThis.localStorage?.setItem(key, String(n));
  } catch {
    // no storage (private mode): remembered for this page only
  }
}

/** The floors a list's generation must reach: the newest accepted here, the served list's, the bundle's checkpoint's. */
async function floorsFor(doc: unknown, list: TrustList, served: number): Promise<{ generation: number; source: string }[]> {
  const floors = [{ generation: readNumber(GENERATION_KEY), source: 'the newest list this browser accepted before' }, { generation: served, source: 'the list this server publishes now' }];
  const note = (doc as { type?: unknown; checkpoint?: unknown } | null)?.type === 'kp-certificate-bundle' ? (doc as { checkpoint?: unknown }).checkpoint : undefined;
  // the bundle's checkpoint counts when this list's log keys verify it
  if (note !== undefined && (await checkCheckpoint(note, list.keys)).ok) floors.push({ generation: committedGeneration(note) ?? 0, source: "the generation the bundle's checkpoint, signed by the log, commits to" });
  return floors;
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
  const [witnesses, setWitnesses] = useState(() => readNumber(WITNESSES_KEY));
  const [stale, setStale] = useState(false);

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
    setStale(false);
    try {
      let doc: unknown;
      try {
        doc = await readJson(certificate);
      } catch {
        throw new Error(t('offline.notJson'));
      }
      const stored = readPin();
      let checked: Awaited<ReturnType<typeof checkTrustList>>;
      let servedGeneration = 0;
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
        if (served?.ok) servedGeneration = generationOf(served.list);
        const pins = [...(stored ? [stored] : []), ...(served?.ok ? [served.list.signer.keyId] : [])];
        checked = await checkTrustList(list, pins);
        if (!checked.ok) throw new Error(`${t('offline.unpinnedList')} (${checked.reason})`);
      } else {
        checked = await checkTrustList(await fetchTrustList(), stored ? [stored] : undefined);
        if (checked.ok && !stored) savePin(checked.list.signer.keyId);
      }
      if (!checked.ok) throw new Error(`${t('offline.badList')} (${checked.reason})`);
      const floor = checkTrustFloor(checked.list, await floorsFor(doc, checked.list, servedGeneration));
      if (!floor.ok) throw new Error(`${t('offline.olderList')} (${floor.reason})`);
      const generation = generationOf(checked.list);
      if (generation > readNumber(GENERATION_KEY)) saveNumber(GENERATION_KEY, generation);
      setStale(isStale(checked.list));
      setResult(await verifyOffline(doc, checked.list, new Date(), { witnesses }));
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
        <label>
          {t('offline.witnesses')}
          <input
            type="number"
            name="witnesses"
            min={0}
            max={99}
            step={1}
            value={witnesses}
            onChange={(e) => {
              const n = Math.max(0, Math.min(99, Math.trunc(Number(e.target.value) || 0)));
              setWitnesses(n);
              saveNumber(WITNESSES_KEY, n);
            }}
          />
          <small className="hint">{t('offline.witnessesHint')}</small>
        </label>
        <button type="submit" disabled={busy || !certificate}>
          {busy ? t('offline.busy') : t('offline.submit')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {stale && <p className="hint warning">{t('offline.staleList')}</p>}
      {result && <VerdictPanel result={result} />}
    </details>
  );
}
