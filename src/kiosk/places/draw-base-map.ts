// Draws the places map's base layer at build time (vite.config.ts `baseMap`), from Natural
// Earth's countries in the world-atlas TopoJSON: Kazakhstan and the part of its neighbours
// around it, as SVG path data in map units, so the kiosk ships a few kilobytes of paths
// instead of the world. Pure: the caller reads the file.

import { geoPath } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { mapProjection } from './map-projection.ts';
import { simplifyLine, type Point } from './simplify-line.ts';

/** What the kiosk imports as `virtual:eske-base-map`. */
export interface BaseMap {
  /** The drawn area in map units, `[[left, top], [right, bottom]]`. */
  extent: [[number, number], [number, number]];
  /** Kazakhstan's bounding box in map units. */
  homeExtent: [[number, number], [number, number]];
  /** Kazakhstan's outline. */
  home: string;
  /** Every other country, cut to the extent. */
  neighbours: string;
}

export interface BaseMapOptions {
  /** ISO 3166-1 numeric code of the country the map is about (Kazakhstan). */
  homeId: string;
  /** How far the drawing reaches past the home country, as a share of its width and height on each side. */
  margin: number;
  /** How far, in degrees, a simplified border may stray on the home country and on the others. */
  homeToleranceDeg: number;
  otherToleranceDeg: number;
}

/**
 * 0.02° is about 2 km: Kazakhstan's outline stays true at the closest zoom. The neighbours are
 * context, at a tenth of a degree. Together about 6 KB gzipped from the 50m data.
 */
export const BASE_MAP_OPTIONS: BaseMapOptions = { homeId: '398', margin: 0.35, homeToleranceDeg: 0.02, otherToleranceDeg: 0.1 };

type Countries = Topology<{ countries: GeometryCollection }>;

export function drawBaseMap(topology: Countries, options: BaseMapOptions = BASE_MAP_OPTIONS): BaseMap {
  const simplified = simplifyArcs(topology, homeArcs(topology, options.homeId), options);
  const countries = feature(simplified, simplified.objects.countries).features;
  const home = countries.find((country) => String(country.id) === options.homeId);
  if (!home) throw new Error(`draw-base-map: the topology has no country ${options.homeId}`);

  const projection = mapProjection();
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(home);
  const marginX = (x1 - x0) * options.margin;
  const marginY = (y1 - y0) * options.margin;
  const extent: BaseMap['extent'] = [
    [round(x0 - marginX), round(y0 - marginY)],
    [round(x1 + marginX), round(y1 + marginY)],
  ];
  const clipped = projection.clipExtent(extent);
  const draw = (shapes: typeof countries) => {
    const context = new RelativePath();
    const path = geoPath(clipped, context);
    for (const shape of shapes) path(shape);
    return context.result();
  };
  return {
    extent,
    homeExtent: [
      [round(x0), round(y0)],
      [round(x1), round(y1)],
    ],
    home: draw([home]),
    neighbours: draw(countries.filter((country) => country !== home)),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG path data with each point as the step from the last, in tenths of a unit, and no command
 * letter a path can do without (after `m` the pairs are steps of a line): a third of the size
 * of absolute positions. Rounds positions, not steps, so the rounding never adds up along a
 * border.
 */
class RelativePath {
  #data: string[] = [];
  /** The pen, and where its ring began: after `z` the pen is back there. */
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;

  moveTo(x: number, y: number): void {
    this.#data.push('m');
    this.#step(x, y, true);
    this.#startX = this.#x;
    this.#startY = this.#y;
  }

  lineTo(x: number, y: number): void {
    this.#step(x, y, false);
  }

  closePath(): void {
    this.#data.push('z');
    this.#x = this.#startX;
    this.#y = this.#startY;
  }

  /** geoPath begins each shape so; one string holds them all. */
  beginPath(): void {}

  /** geoPath draws Points as arcs; the base map has none. */
  arc(): void {}

  result(): string {
    return this.#data.join('');
  }

  #step(x: number, y: number, always: boolean): void {
    const tenthsX = Math.round(x * 10);
    const tenthsY = Math.round(y * 10);
    const dx = tenthsX - this.#x;
    const dy = tenthsY - this.#y;
    if (!always && dx === 0 && dy === 0) return;
    this.#x = tenthsX;
    this.#y = tenthsY;
    const after = this.#data.at(-1) ?? 'm';
    // A number needs a space before it unless its own minus sign or a command letter ends the last one.
    const gap = (text: string, previous: string) => (/[mz]$/.test(previous) || text.startsWith('-') ? '' : ' ');
    const first = number(dx);
    const second = number(dy);
    this.#data.push(`${gap(first, after)}${first}${gap(second, first)}${second}`);
  }
}

/** Tenths as the shortest SVG number: 5 → `.5`, -12 → `-1.2`. */
function number(tenths: number): string {
  const text = (Math.abs(tenths) / 10).toString().replace(/^0\./, '.');
  return tenths < 0 ? `-${text}` : text;
}

/** The indexes of the arcs the home country's rings are made of; a negative index is an arc walked backwards. */
function homeArcs(topology: Countries, homeId: string): Set<number> {
  const arcs = new Set<number>();
  const walk = (value: unknown) => {
    if (typeof value === 'number') arcs.add(value < 0 ? ~value : value);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  for (const geometry of topology.objects.countries.geometries) {
    if (String(geometry.id) === homeId && 'arcs' in geometry) walk(geometry.arcs);
  }
  return arcs;
}

/**
 * Decodes each arc to degrees and simplifies it. Arcs are shared by the two countries they
 * divide, so simplifying arcs (not rings) keeps every border drawn once: neighbours never gap
 * or overlap.
 */
function simplifyArcs(topology: Countries, home: Set<number>, options: BaseMapOptions): Countries {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc, index) => {
    let x = 0;
    let y = 0;
    const degrees = arc.map(([dx = 0, dy = 0]): Point => {
      // A quantized topology stores each position as the step from the one before.
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }
      return [dx, dy];
    });
    const tolerance = home.has(index) ? options.homeToleranceDeg : options.otherToleranceDeg;
    return simplifyLine(degrees, tolerance).map(([lon, lat]) => [lon, lat]);
  });
  // The arcs are now in degrees, so the topology no longer says how to unquantize them.
  return { type: topology.type, objects: topology.objects, arcs };
}
