/**
 * The atlas map, drawn on the server as SVG: Natural Earth borders
 * (world-atlas, countries-50m) in a conic equal-area projection centred on
 * 35°E, which keeps Eastern Europe's shapes and areas honest from the Black
 * Sea to the Kola Peninsula. No tiles, no script: it prints and works
 * without JavaScript; the client script only adds zoom.
 *
 * Paths are rounded to whole units and points closer than one unit are
 * dropped: the map is drawn at ~600 units wide, so nothing visible is lost
 * and the page stays small. The borders are computed once per process.
 */
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath, geoGraticule, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const MAP_WIDTH = 680;
export const MAP_HEIGHT = 740;

/** The part of the world the atlas shows: Brest to Stalingrad, Novorossiysk to Murmansk. */
const EXTENT: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [22, 43.4],
      [47, 43.4],
      [22, 69.8],
      [47, 69.8],
      [34.5, 42.8],
    ],
  },
};

/** Countries whose territory holds a Hero City today (ISO 3166 numeric): Russia, Ukraine, Belarus. */
const HOST_COUNTRIES = new Set(['643', '804', '112']);

export function atlasProjection(): GeoProjection {
  return geoConicEqualArea()
    .parallels([47, 65])
    .rotate([-35, 0])
    .fitExtent(
      [
        [12, 12],
        [MAP_WIDTH - 12, MAP_HEIGHT - 12],
      ],
      EXTENT,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/** A path context that rounds to whole units and drops points that do not move. */
class RoundingPath {
  private parts: string[] = [];
  private lx = NaN;
  private ly = NaN;
  moveTo(x: number, y: number) {
    this.lx = Math.round(x);
    this.ly = Math.round(y);
    this.parts.push(`M${this.lx} ${this.ly}`);
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (rx === this.lx && ry === this.ly) return;
    this.parts.push(`l${rx - this.lx} ${ry - this.ly}`);
    this.lx = rx;
    this.ly = ry;
  }
  closePath() {
    this.parts.push('z');
  }
  arc() {}
  toString() {
    // Drop rings that collapsed to a point: "M x y z" with nothing drawn.
    return this.parts.join('').replace(/M-?\d+ -?\d+z/g, '');
  }
}

function draw(projection: GeoProjection, object: Parameters<ReturnType<typeof geoPath>>[0]): string {
  const ctx = new RoundingPath();
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(object);
  return ctx.toString();
}

export interface BaseMap {
  land: string;
  hosts: string;
  borders: string;
  graticule: string;
}

let cached: BaseMap | undefined;

/** Land, the host countries, inner borders and a 5° graticule, as SVG path data. */
export function baseMap(): BaseMap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection;
    land: GeometryCollection;
  }>;
  const projection = atlasProjection();
  const countries = feature(topo, topo.objects.countries) as FeatureCollection;
  const hosts: FeatureCollection = {
    type: 'FeatureCollection',
    features: countries.features.filter((f) => HOST_COUNTRIES.has(String(f.id))),
  };
  cached = {
    land: draw(projection, feature(topo, topo.objects.land) as FeatureCollection),
    hosts: draw(projection, hosts),
    borders: draw(
      projection,
      mesh(topo, topo.objects.countries, (a, b) => a !== b),
    ),
    graticule: draw(
      projection,
      geoGraticule()
        .step([5, 5])
        .extent([
          [15, 40],
          [55, 75],
        ])(),
    ),
  };
  return cached;
}

export interface MapMarker {
  id: string;
  href: string;
  label: string;
  /** Read by screen readers and shown as the tooltip. */
  title: string;
  lon: number;
  lat: number;
  /** A CSS class choosing the colour, e.g. `marker-1945`. */
  tone: string;
  radius: number;
}

/** Where each label sits, so that neighbours (Kerch, Novorossiysk, Sevastopol; Moscow, Tula) do not collide. */
const LABEL_SIDE: Record<string, 'left' | 'right' | 'above' | 'below'> = {
  sevastopol: 'left',
  odesa: 'left',
  kerch: 'above',
  novorossiysk: 'right',
  brest: 'right',
  minsk: 'right',
  smolensk: 'right',
  moscow: 'right',
  tula: 'right',
  kyiv: 'right',
  leningrad: 'right',
  murmansk: 'right',
  stalingrad: 'left',
};

/** Quiet labels for the countries and seas, placed by hand where no marker is. */
export interface MapLabel {
  text: string;
  lon: number;
  lat: number;
  sea?: boolean;
}

export function AtlasMap(props: { markers: MapMarker[]; title: string; desc: string; labels?: MapLabel[] }) {
  const base = baseMap();
  const projection = atlasProjection();
  return (
    <svg
      class="atlas-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby="map-title map-desc"
      data-zoomable="true"
    >
      <title id="map-title">{props.title}</title>
      <desc id="map-desc">{props.desc}</desc>
      <rect class="map-sea" x="0" y="0" width={MAP_WIDTH} height={MAP_HEIGHT} />
      <g class="map-base" aria-hidden="true">
        <path class="map-graticule" d={base.graticule} />
        <path class="map-land" d={base.land} />
        <path class="map-hosts" d={base.hosts} />
        <path class="map-borders" d={base.borders} />
        {(props.labels ?? []).map((l) => {
          const p = projection([l.lon, l.lat]);
          return p ? (
            <text
              class={l.sea ? 'map-label sea' : 'map-label'}
              x={Math.round(p[0])}
              y={Math.round(p[1])}
              text-anchor="middle"
            >
              {l.text}
            </text>
          ) : null;
        })}
      </g>
      <g class="map-markers">
        {props.markers.map((m) => {
          const p = projection([m.lon, m.lat]);
          if (!p) return null;
          const [x, y] = [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
          const side = LABEL_SIDE[m.id] ?? 'right';
          const gap = m.radius + 4;
          const lx = side === 'left' ? x - gap : side === 'right' ? x + gap : x;
          const ly = side === 'above' ? y - gap - 2 : side === 'below' ? y + gap + 11 : y + 4;
          const anchor = side === 'left' ? 'end' : side === 'right' ? 'start' : 'middle';
          return (
            <a href={m.href} class={`marker ${m.tone}`} aria-label={m.title}>
              <title>{m.title}</title>
              <circle cx={x} cy={y} r={m.radius} />
              <text x={lx} y={ly} text-anchor={anchor}>
                {m.label}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}

/**
 * A small map of one place's memorials: an equirectangular projection scaled
 * by the cosine of the latitude, fitted to the memorials. Numbered markers
 * match the list beside it.
 */
export function MemorialMap(props: {
  centre: { lat: number; lon: number };
  items: { n: number; id: string; lat: number; lon: number; label: string; year: number | null }[];
  title: string;
}) {
  const W = 320;
  const H = 240;
  const pts = [...props.items.map((i) => [i.lon, i.lat] as const), [props.centre.lon, props.centre.lat] as const];
  const k = Math.cos((props.centre.lat * Math.PI) / 180);
  const xs = pts.map((p) => p[0] * k);
  const ys = pts.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const span = Math.max(maxX - minX, maxY - minY, 0.01);
  const scale = Math.min((W - 60) / span, (H - 60) / span);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const px = (lon: number) => Math.round((W / 2 + (lon * k - cx) * scale) * 10) / 10;
  const py = (lat: number) => Math.round((H / 2 - (lat - cy) * scale) * 10) / 10;
  // A scale bar: how many units one kilometre is (1° of latitude ≈ 111 km).
  const kmUnits = scale / 111;
  const barKm = [1, 2, 5, 10, 20, 50].find((km) => km * kmUnits >= 40) ?? 50;
  return (
    <svg class="memorial-map" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="memorial-map-title">
      <title id="memorial-map-title">{props.title}</title>
      <rect class="map-land" x="0" y="0" width={W} height={H} />
      <g class="memorial-centre" aria-hidden="true">
        <circle cx={px(props.centre.lon)} cy={py(props.centre.lat)} r="14" />
      </g>
      {placePins(props.items.map((i) => ({ ...i, x: px(i.lon), y: py(i.lat) }))).map((i) => (
        <g class="memorial-pin">
          <title>{i.year ? `${i.label} (${i.year})` : i.label}</title>
          {(i.dx !== i.x || i.dy !== i.y) && <line class="pin-leader" x1={i.x} y1={i.y} x2={i.dx} y2={i.dy} />}
          <circle cx={i.dx} cy={i.dy} r="9" />
          <text x={i.dx} y={i.dy + 4} text-anchor="middle">
            {String(i.n)}
          </text>
          {i.year !== null && (
            <text class="pin-year" x={i.dx + 12} y={i.dy + 4}>
              {String(i.year)}
            </text>
          )}
        </g>
      ))}
      <g class="scale-bar" aria-hidden="true">
        <line x1="12" y1={H - 14} x2={12 + barKm * kmUnits} y2={H - 14} />
        <text x="12" y={H - 20}>{`${barKm} km`}</text>
      </g>
    </svg>
  );
}

/** Pins that would overlap are moved apart (with a leader line to the true spot). */
function placePins<T extends { x: number; y: number }>(items: T[]): (T & { dx: number; dy: number })[] {
  const out: (T & { dx: number; dy: number })[] = [];
  for (const i of items) {
    let dx = i.x;
    let dy = i.y;
    for (let k = 0; k < 12 && out.some((o) => Math.hypot(o.dx - dx, o.dy - dy) < 19); k++) {
      const a = (k * Math.PI) / 3;
      dx = Math.round((i.x + Math.cos(a) * 21 * (1 + Math.floor(k / 6))) * 10) / 10;
      dy = Math.round((i.y + Math.sin(a) * 21 * (1 + Math.floor(k / 6))) * 10) / 10;
    }
    out.push({ ...i, dx, dy });
  }
  return out;
}
