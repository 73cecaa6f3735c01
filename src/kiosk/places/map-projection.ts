// The one projection of the places map: the build draws the base map through d3-geo's
// projection (draw-base-map.ts), and the kiosk puts each place on that drawing with
// `projectLonLat`, the same formula written out, since d3-geo's projection machinery would
// cost the app 8 KB gzipped for a few points. A test holds the two to the same result. No DOM.

import { geoConicEqualArea, type GeoProjection } from 'd3-geo';

/**
 * An Albers equal-area conic centred on Kazakhstan (about 40.5°–55.5° N, 46.5°–87.5° E), so
 * no region looks larger than it is. The standard parallels sit a sixth of the span in from
 * each edge, the usual rule for least distortion over a country. Scale 1000 puts the country
 * about 580 units across, so one decimal is finer than any screen pixel.
 */
const CENTRAL_MERIDIAN = 67;
const CENTRAL_PARALLEL = 48;
const PARALLELS: [number, number] = [43, 53];
const SCALE = 1000;

/** For the build: d3-geo's projection, with the clipping and resampling that drawing needs. */
export function mapProjection(): GeoProjection {
  return geoConicEqualArea()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .center([0, CENTRAL_PARALLEL])
    .parallels(PARALLELS)
    .scale(SCALE)
    .translate([0, 0]);
}

const RADIANS = Math.PI / 180;
const sinFirst = Math.sin(PARALLELS[0] * RADIANS);
const cone = (sinFirst + Math.sin(PARALLELS[1] * RADIANS)) / 2;
const c = 1 + sinFirst * (2 * cone - sinFirst);
const radius = (lat: number) => Math.sqrt(c - 2 * cone * Math.sin(lat * RADIANS)) / cone;
const centreRadius = radius(CENTRAL_PARALLEL);
const apex = Math.sqrt(c) / cone;

/** Map units of a WGS 84 position, as `mapProjection()` gives them; y grows southwards, as on screen. */
export function projectLonLat(lon: number, lat: number): [number, number] {
  // Longitude from the central meridian, within ±180° as the rotation of d3-geo leaves it.
  const lambda = ((((lon - CENTRAL_MERIDIAN + 180) % 360) + 360) % 360) - 180;
  const theta = lambda * RADIANS * cone;
  const r = radius(lat);
  const x = r * Math.sin(theta);
  const y = apex - r * Math.cos(theta);
  return [x * SCALE, -(y - (apex - centreRadius)) * SCALE];
}
