// The world coloured by a year's rough-diamond exports (US$), using the registry map's geometry
// (participants/worldAtlas): the European Community's figure colours its member states.
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useFormats } from '../ui/format';
import { useApi } from '../ui/useApi';
import { fetchRegistry } from '../participants/api';
import { loadWorld, MAP_HEIGHT, MAP_WIDTH, type WorldGeometry } from '../participants/worldAtlas';
import type { ParticipantFigures } from './types';

const COLOURS = ['#dbe9f4', '#a9cbe5', '#6fa8d3', '#3b82bb', '#15579a', '#0b3668'];

export function ExportMap({ year, participants }: { year: number; participants: readonly ParticipantFigures[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const [world, setWorld] = useState<WorldGeometry>();
  const [error, setError] = useState<unknown>();
  const registry = useApi((signal) => fetchRegistry(`${year}-12-31`, signal), [year]);

  useEffect(() => {
    let live = true;
    loadWorld().then(
      (w) => live && setWorld(w),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, []);

  // the Participant each country's figures belong to (EU member states: the EU)
  const owner = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of registry.data?.participants ?? []) for (const m of e.members) map.set(m, e.code);
    for (const p of participants) map.set(p.participant, p.participant);
    return map;
  }, [registry.data, participants]);

  const byCode = useMemo(() => new Map(participants.map((p) => [p.participant, p])), [participants]);
  const values = participants.map((p) => p.exports.valueUsd).filter((v) => v > 0);
  const max = Math.max(1, ...values);
  const min = Math.max(1, Math.min(max, ...values));
  // log classes between the smallest and the largest exporter
  const bounds = COLOURS.map((_, i) => Math.exp(Math.log(min) + ((Math.log(max) - Math.log(min)) * i) / COLOURS.length));
  const classOf = (v: number) => {
    let c = 0;
    for (let i = 0; i < bounds.length; i++) if (v >= bounds[i]!) c = i;
    return c;
  };

  if (error) return <ErrorMessage error={error} />;
  if (!world) return <div className="map-placeholder" role="status">{t('map.loading')}</div>;

  return (
    <figure className="world-map export-map">
      <div className="map-frame">
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={t('stats.mapLabel', { year })} data-testid="export-map">
          <path d={world.sphere} className="map-sphere" />
          <path d={world.graticule} className="map-graticule" />
          <g>
            {world.countries.map((c, i) => {
              const code = owner.get(c.code);
              const figures = code ? byCode.get(code) : undefined;
              const value = figures?.exports.valueUsd ?? 0;
              const name = c.code ? i18n.country(c.code, c.atlasName) : c.atlasName;
              const title = figures ? `${name}${code !== c.code ? ` (${i18n.country(code!)})` : ''} — ${t('stats.exports')}: ${f.money(value)}` : `${name} — ${t('stats.noFigures')}`;
              return (
                <path key={i} d={c.d} className="map-country" data-code={c.code || undefined} style={value > 0 ? { fill: COLOURS[classOf(value)] } : undefined}>
                  <title>{title}</title>
                </path>
              );
            })}
          </g>
        </svg>
      </div>
      <figcaption>
        <ul className="map-legend" aria-label={t('map.legend')}>
          {COLOURS.map((colour, i) => (
            <li key={colour}>
              <span className="swatch" style={{ background: colour }} aria-hidden="true" />
              {i + 1 < bounds.length ? `${f.money(bounds[i]!)} – ${f.money(bounds[i + 1]!)}` : `≥ ${f.money(bounds[i]!)}`}
            </li>
          ))}
          <li>
            <span className="swatch" data-status="none" aria-hidden="true" />
            {t('stats.noFigures')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
