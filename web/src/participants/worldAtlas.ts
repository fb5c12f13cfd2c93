// The world map's geometry: world-atlas countries-50m (Natural Earth, TopoJSON, ids ISO 3166-1
// numeric) loaded once as a static asset, projected with Equal Earth into a fixed viewBox; each
// shape carries its ISO alpha-2 code. Antarctica is left out to give the inhabited world the room.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { alpha2FromNumeric } from '../i18n/countries';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;
const ANTARCTICA = '010';
/** shapes smaller than this (square viewBox units) also get a dot, so small states stay visible */
const SMALL_AREA = 6;

export interface CountryShape {
  /** ISO alpha-2, or '' for the few shapes without an ISO code (Kosovo, Somaliland, northern Cyprus) */
  code: string;
  /** Natural Earth's English name, used when the code is unknown */
  atlasName: string;
  d: string;
  /** where to draw the dot of a small state, if it is one */
  dot?: [number, number];
}

export interface WorldGeometry {
  countries: CountryShape[];
  sphere: string;
  graticule: string;
}

let loading: Promise<WorldGeometry> | undefined;

export function loadWorld(): Promise<WorldGeometry> {
  loading ??= fetch(worldUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`world map: HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then(project)
    .catch((e: unknown) => {
      loading = undefined; // allow a retry
      throw e;
    });
  return loading;
}

function project(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): WorldGeometry {
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const land: Feature<Geometry, { name: string }>[] = all.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    { type: 'FeatureCollection', features: land },
  );
  const path = geoPath(projection);
  const countries: CountryShape[] = [];
  for (const f of land) {
    const d = path(f);
    if (!d) continue;
    const code = f.id === undefined ? '' : (alpha2FromNumeric(String(f.id)) ?? '');
    const shape: CountryShape = { code, atlasName: f.properties?.name ?? '', d };
    if (path.area(f) < SMALL_AREA) {
      const [x, y] = path.centroid(f);
      if (Number.isFinite(x) && Number.isFinite(y)) shape.dot = [x, y];
    }
    countries.push(shape);
  }
  return { countries, sphere: path({ type: 'Sphere' }) ?? '', graticule: path(geoGraticule10()) ?? '' };
}
