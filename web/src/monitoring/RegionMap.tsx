// The map of a region (d3-geo + world-atlas, the registry map's geometry): the world's shapes zoomed
// to the countries watched; those countries filled, those under a UN measure hatched.
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { loadWorld, type WorldGeometry } from '../participants/worldAtlas';

const HATCH = 'kpcs-region-hatch';

/** The bounding box of d3-geo path strings (absolute M/L commands). */
function bounds(paths: string[]): [number, number, number, number] | undefined {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const d of paths) {
    for (const m of d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
      const x = Number(m[1]);
      const y = Number(m[2]);
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return Number.isFinite(x0) ? [x0, y0, x1, y1] : undefined;
}

export function RegionMap({ countries, measured }: { countries: readonly string[]; measured: readonly string[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [world, setWorld] = useState<WorldGeometry>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    loadWorld().then((w) => live && setWorld(w), (e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, []);
  const box = useMemo(() => {
    if (!world) return undefined;
    const b = bounds(world.countries.filter((c) => countries.includes(c.code)).map((c) => c.d));
    if (!b) return undefined;
    const pad = Math.max(b[2] - b[0], b[3] - b[1]) * 0.25;
    return `${b[0] - pad} ${b[1] - pad} ${b[2] - b[0] + 2 * pad} ${b[3] - b[1] + 2 * pad}`;
  }, [world, countries]);

  if (error) return <ErrorMessage error={error} />;
  if (!world || !box) return <div className="map-placeholder" role="status">{t('map.loading')}</div>;
  return (
    <figure className="world-map region-map">
      <svg viewBox={box} role="img" aria-label={t('region.map')} data-testid="region-map" style={{ maxHeight: 360, width: '100%' }}>
        <defs>
          <pattern id={HATCH} patternUnits="userSpaceOnUse" width="1.5" height="1.5" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="1.5" className="map-hatch-line" style={{ strokeWidth: 0.4 }} />
          </pattern>
        </defs>
        <g className="map-countries">
          {world.countries.map((c, i) => (
            <path key={i} d={c.d} className={countries.includes(c.code) ? 'map-country map-entry' : 'map-country'} data-code={c.code || undefined} data-status={countries.includes(c.code) ? 'participant' : 'none'} style={{ strokeWidth: 0.2 }}>
              <title>{c.code ? i18n.country(c.code, c.atlasName) : c.atlasName}</title>
            </path>
          ))}
        </g>
        <g aria-hidden="true">
          {world.countries.filter((c) => measured.includes(c.code)).map((c, i) => (
            <path key={i} d={c.d} className="map-measure" fill={`url(#${HATCH})`} style={{ strokeWidth: 0.4 }} />
          ))}
        </g>
      </svg>
    </figure>
  );
}
