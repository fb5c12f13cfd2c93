// The world coloured by registry status on one day. EU member states take the European Community's
// status; countries under a UN measure are hatched and outlined. Every country is an SVG path with
// data-code (ISO alpha-2) and data-status; pointing shows a tooltip, selecting opens the record.
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { loadWorld, MAP_HEIGHT, MAP_WIDTH, type CountryShape, type WorldGeometry } from './worldAtlas';
import { STATUSES, type ParticipantSummary, type Status } from './types';

type MapStatus = Status | 'none';

interface Placement {
  /** the registry entry that speaks for the country */
  entry: ParticipantSummary;
  /** set when the country is a member state of that entry (the EU) */
  memberOf?: string;
}

interface Tooltip {
  index: number;
  x: number;
  y: number;
}

const HATCH_ID = 'kpcs-map-hatch';

export function WorldMap({ entries, date, onSelect }: { entries: readonly ParticipantSummary[]; date: string; onSelect(code: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [world, setWorld] = useState<WorldGeometry>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const figure = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    setError(undefined);
    loadWorld().then(
      (w) => live && setWorld(w),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const placements = useMemo(() => {
    const byCode = new Map<string, Placement>();
    for (const entry of entries) {
      for (const member of entry.members) if (!byCode.has(member)) byCode.set(member, { entry, memberOf: entry.code });
    }
    for (const entry of entries) byCode.set(entry.code, { entry }); // an entry of its own wins
    return byCode;
  }, [entries]);

  const present = useMemo(() => new Set(entries.map((e) => e.status)), [entries]);

  const statusOf = (shape: CountryShape): MapStatus => placements.get(shape.code)?.entry.status ?? 'none';
  const describe = (shape: CountryShape): string => {
    const name = shape.code ? i18n.country(shape.code, shape.atlasName) : shape.atlasName;
    const placement = placements.get(shape.code);
    if (!placement) return `${name} — ${t('status.none')}`;
    const parts = [name];
    if (placement.memberOf) parts.push(t('map.memberOf', { participant: i18n.country(placement.memberOf, placement.entry.name) }));
    parts.push(t(`status.${placement.entry.status}`));
    for (const m of placement.memberOf ? [] : placement.entry.measures) parts.push(t(`measure.${m.kind}`));
    return parts.join(' — ');
  };

  // the country layer re-renders only when the day or the language changes, not as the pointer moves
  const countryLayer = useMemo(
    () =>
      world && (
        <g className="map-countries">
          {world.countries.map((c, i) => (
            <path key={i} d={c.d} className={placements.has(c.code) ? 'map-country map-entry' : 'map-country'} data-index={i} data-code={c.code || undefined} data-status={statusOf(c)}>
              <title>{describe(c)}</title>
            </path>
          ))}
        </g>
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [world, placements, i18n],
  );

  if (error) return <ErrorMessage error={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!world) {
    return (
      <div className="map-placeholder" role="status">
        {t('map.loading')}
      </div>
    );
  }

  const shapeAt = (e: MouseEvent): number | undefined => {
    const index = (e.target as Element).getAttribute('data-index');
    return index === null ? undefined : Number(index);
  };
  const onMove = (e: MouseEvent) => {
    const index = shapeAt(e);
    const box = figure.current?.getBoundingClientRect();
    if (index === undefined || !box) return setTooltip(null);
    setTooltip({ index, x: e.clientX - box.left, y: e.clientY - box.top });
  };
  const onClick = (e: MouseEvent) => {
    const index = shapeAt(e);
    const shape = index === undefined ? undefined : world.countries[index];
    const placement = shape && placements.get(shape.code);
    if (placement) onSelect(placement.entry.code);
  };

  const measured = world.countries.filter((c) => !placements.get(c.code)?.memberOf && (placements.get(c.code)?.entry.measures.length ?? 0) > 0);
  const dotted = world.countries.filter((c) => c.dot && placements.has(c.code));
  const legend: MapStatus[] = [...STATUSES.filter((s) => s === 'participant' || present.has(s)), 'none'];
  const hovered = tooltip ? world.countries[tooltip.index] : undefined;

  return (
    <figure className="world-map">
      <div className="map-frame" ref={figure}>
        <svg
          data-testid="world-map"
          data-date={date}
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          role="img"
          aria-label={t('map.label', { date: i18n.day(date) })}
          onMouseMove={onMove}
          onMouseLeave={() => setTooltip(null)}
          onClick={onClick}
        >
          <defs>
            <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="4" className="map-hatch-line" />
            </pattern>
          </defs>
          <path d={world.sphere} className="map-sphere" />
          <path d={world.graticule} className="map-graticule" />
          {countryLayer}
          <g className="map-measures" aria-hidden="true">
            {measured.map((c, i) => (
              <path key={i} d={c.d} className="map-measure" fill={`url(#${HATCH_ID})`} />
            ))}
          </g>
          <g className="map-dots" aria-hidden="true">
            {dotted.map((c, i) => (
              <circle key={i} cx={c.dot![0]} cy={c.dot![1]} r={2.6} className="map-dot" data-dot-status={statusOf(c)} />
            ))}
          </g>
        </svg>
        {hovered && tooltip && (
          <div className="map-tooltip" style={{ left: tooltip.x, top: tooltip.y }} aria-hidden="true">
            {describe(hovered)}
          </div>
        )}
      </div>
      <figcaption>
        <ul className="map-legend" aria-label={t('map.legend')}>
          {legend.map((s) => (
            <li key={s}>
              <span className="swatch" data-status={s} aria-hidden="true" />
              {t(`status.${s}`)}
            </li>
          ))}
          <li>
            <span className="swatch swatch-measure" aria-hidden="true" />
            {t('map.measure')}
          </li>
        </ul>
        <p className="hint">{t('map.hint')}</p>
      </figcaption>
    </figure>
  );
}
