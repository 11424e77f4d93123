export interface PlotPoint {
  label: string;
  lat: number;
  lon: number;
}

export interface PlacedPoint extends PlotPoint {
  x: number;
  y: number;
}

export interface GpsPlot {
  points: PlacedPoint[];
  /** A round distance and its length in plot units, for the scale bar. */
  scale: { meters: number; length: number };
}

const metersPerDegree = 111_320;
/** The smallest box drawn (about 200 m): one point, or several in one field, still sit in a readable frame. */
const minSpanMeters = 200;

function niceMeters(target: number): number {
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= target) ?? 10;
  return step * power;
}

/**
 * Places GPS points in a `width` x `height` box with `padding`, equirectangular around the points' mean
 * latitude (true enough over a farm or a province), keeping north up and one scale for both axes.
 */
export function plotGpsPoints(
  points: readonly PlotPoint[],
  width: number,
  height: number,
  padding: number,
): GpsPlot {
  const meanLat = points.reduce((sum, point) => sum + point.lat, 0) / Math.max(points.length, 1);
  const cosLat = Math.max(Math.cos((meanLat * Math.PI) / 180), 0.01);
  // metres east and north of the first point
  const projected = points.map((point) => ({
    east: (point.lon - (points[0]?.lon ?? 0)) * metersPerDegree * cosLat,
    north: (point.lat - (points[0]?.lat ?? 0)) * metersPerDegree,
  }));
  const easts = projected.map((p) => p.east);
  const norths = projected.map((p) => p.north);
  const [minE, maxE, minN, maxN] = [
    Math.min(...easts),
    Math.max(...easts),
    Math.min(...norths),
    Math.max(...norths),
  ];
  const innerWidth = width - 2 * padding;
  const innerHeight = height - 2 * padding;
  const spanE = Math.max(maxE - minE, minSpanMeters);
  const spanN = Math.max(maxN - minN, minSpanMeters);
  const unitsPerMeter = Math.min(innerWidth / spanE, innerHeight / spanN);
  const centerE = (minE + maxE) / 2;
  const centerN = (minN + maxN) / 2;
  const placed = points.map((point, index) => ({
    ...point,
    x: width / 2 + ((projected[index]?.east ?? 0) - centerE) * unitsPerMeter,
    y: height / 2 - ((projected[index]?.north ?? 0) - centerN) * unitsPerMeter,
  }));
  const meters = niceMeters(innerWidth / 4 / unitsPerMeter);
  return { points: placed, scale: { meters, length: meters * unitsPerMeter } };
}

export function openStreetMapUrl(lat: number, lon: number): string {
  const at = `mlat=${lat.toFixed(6)}&mlon=${lon.toFixed(6)}`;
  return `https://www.openstreetmap.org/?${at}#map=17/${lat.toFixed(6)}/${lon.toFixed(6)}`;
}

/** `850` -> `850 m`, `2000` -> `2 km`. */
export function formatMeters(meters: number): string {
  return meters >= 1000 ? `${meters / 1000}\u00a0km` : `${meters}\u00a0m`;
}
