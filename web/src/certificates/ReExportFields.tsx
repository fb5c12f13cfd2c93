// The re-export part of the issue form (issue #21): the import certificates drawn on (number and
// carats drawn on each), each import's balance left and origin as the server counts them, and the
// origin and provenance the re-export takes from them (one origin, or mixed with the countries listed).
import { useEffect } from 'react';
import { useI18n } from '../i18n';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { fetchImportBalance, type ImportBalance } from '../companies/api';

export interface Drawing {
  number: string;
  carats: string;
}

const NUMBER = /^[A-Z]{2}(-[A-Z]{2})?-\d{4}-\d{6,9}$/;

/** What the re-export's origin and provenance will be, from the balances of its imports (as the server derives them). */
export function derivedOrigin(balances: readonly ImportBalance[], reExportingCountry: string): { origin: string; origins: string[]; provenance: string } | null {
  if (balances.length === 0) return null;
  const origins = new Set<string>();
  for (const b of balances) {
    if (b.origin !== 'mixed') origins.add(b.origin);
    else for (const o of b.origins ?? [b.countryOfExport]) origins.add(o);
  }
  const exporters = new Set(balances.map((b) => b.countryOfExport));
  const list = [...origins].sort();
  return { origin: list.length === 1 ? list[0]! : 'mixed', origins: list, provenance: exporters.size === 1 ? [...exporters][0]! : reExportingCountry };
}

function Row({ index, drawing, error, onChange, onRemove, onBalance }: { index: number; drawing: Drawing; error?: string; onChange(d: Drawing): void; onRemove(): void; onBalance(b: ImportBalance | null): void }) {
  const { t, country } = useI18n();
  const f = useFormats();
  const number = drawing.number.trim().toUpperCase();
  const valid = NUMBER.test(number);
  const balance = useApi((signal) => (valid ? fetchImportBalance(number, signal) : Promise.resolve(null)), [number, valid]);
  const b = balance.data ?? null;
  useEffect(() => onBalance(b), [b]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <tr data-import={index}>
      <td>
        <input name={`imports.${index}.number`} aria-label={t('reexport.number')} value={drawing.number} onChange={(e) => onChange({ ...drawing, number: e.target.value })} />
        {b && (
          <small className="hint" data-testid="import-balance">
            {b.cancelled ? t('reexport.cancelled') : b.confirmedCarats === null ? t('reexport.notConfirmed') : t('reexport.left', { left: f.carats(b.leftCarats), confirmed: f.carats(b.confirmedCarats), origin: b.origin === 'mixed' ? t('reexport.mixed', { countries: (b.origins ?? []).map((c) => country(c)).join(', ') }) : country(b.origin) })}
          </small>
        )}
        {balance.error ? <small className="field-error" lang="en">{balance.error instanceof Error ? balance.error.message : String(balance.error)}</small> : null}
      </td>
      <td>
        <input name={`imports.${index}.carats`} inputMode="decimal" aria-label={t('reexport.carats')} aria-invalid={error ? true : undefined} value={drawing.carats} onChange={(e) => onChange({ ...drawing, carats: e.target.value })} />
        {error && <small className="field-error" lang="en">{error}</small>}
      </td>
      <td>
        <button type="button" className="button-secondary" onClick={onRemove}>
          {t('reexport.remove')}
        </button>
      </td>
    </tr>
  );
}

export function ReExportFields({ drawings, setDrawings, balances, setBalance, exporterCountry, goodsCarats, err }: {
  drawings: Drawing[];
  setDrawings(d: Drawing[]): void;
  balances: (ImportBalance | null)[];
  setBalance(i: number, b: ImportBalance | null): void;
  exporterCountry: string;
  goodsCarats: number;
  err(path: string): string | undefined;
}) {
  const { t, country } = useI18n();
  const f = useFormats();
  const known = balances.filter((b): b is ImportBalance => b !== null);
  const derived = derivedOrigin(known, exporterCountry);
  const drawn = drawings.reduce((s, d) => s + (Number(d.carats.replace(',', '.')) || 0), 0);
  return (
    <fieldset data-testid="reexport">
      <legend>{t('reexport.title')}</legend>
      <p className="hint">{t('reexport.intro')}</p>
      {drawings.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('reexport.number')}</th>
              <th scope="col">{t('reexport.carats')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {drawings.map((d, i) => (
              <Row
                key={i}
                index={i}
                drawing={d}
                error={[err(`imports.${i}.number`), err(`imports.${i}.carats`)].filter(Boolean).join('; ') || undefined}
                onChange={(next) => setDrawings(drawings.map((x, j) => (j === i ? next : x)))}
                onRemove={() => {
                  setDrawings(drawings.filter((_, j) => j !== i));
                  setBalance(i, null);
                }}
                onBalance={(b) => setBalance(i, b)}
              />
            ))}
          </tbody>
        </table>
      )}
      {err('imports') && <small className="field-error" lang="en">{err('imports')}</small>}
      {drawings.length > 0 && <p data-testid="drawn-total">{t('reexport.drawnTotal', { drawn: f.carats(drawn), goods: f.carats(goodsCarats) })}</p>}
      {derived && (
        <p data-testid="derived-origin">
          {t('reexport.derived', {
            origin: derived.origin === 'mixed' ? t('reexport.mixed', { countries: derived.origins.map((c) => country(c)).join(', ') }) : country(derived.origin),
            provenance: derived.provenance ? country(derived.provenance) : '—',
          })}
        </p>
      )}
      <button type="button" className="button-secondary" onClick={() => setDrawings([...drawings, { number: '', carats: '' }])}>
        {t('reexport.add')}
      </button>
    </fieldset>
  );
}
