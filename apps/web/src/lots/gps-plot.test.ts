import { describe, expect, it } from 'vitest';
import { formatMeters, openStreetMapUrl, plotGpsPoints } from './gps-plot';

describe('plotGpsPoints', () => {
  it('keeps north up and east right inside the padded box', () => {
    const plot = plotGpsPoints(
      [
        { label: '1', lat: 9.6, lon: 105.97 },
        { label: '2', lat: 9.61, lon: 105.99 },
      ],
      320,
      200,
      24,
    );
    const [southWest, northEast] = plot.points;
    expect(northEast?.x).toBeGreaterThan(southWest?.x ?? 0);
    expect(northEast?.y).toBeLessThan(southWest?.y ?? 0);
    for (const point of plot.points) {
      expect(point.x).toBeGreaterThanOrEqual(24);
      expect(point.x).toBeLessThanOrEqual(296);
      expect(point.y).toBeGreaterThanOrEqual(24);
      expect(point.y).toBeLessThanOrEqual(176);
    }
  });

  it('centres a single point and gives a round scale', () => {
    const plot = plotGpsPoints([{ label: '1', lat: 21.02, lon: 105.85 }], 320, 200, 24);
    expect(plot.points[0]).toMatchObject({ x: 160, y: 100 });
    expect([1, 2, 5].some((step) => String(plot.scale.meters).startsWith(String(step)))).toBe(true);
    expect(plot.scale.length).toBeGreaterThan(0);
    expect(plot.scale.length).toBeLessThan(272);
  });

  it.each([
    [50, '50\u00a0m'],
    [2000, '2\u00a0km'],
  ])('writes %d m as %s', (meters, text) => {
    expect(formatMeters(meters)).toBe(text);
  });

  it('links a point to OpenStreetMap', () => {
    expect(openStreetMapUrl(9.6, 105.97)).toBe(
      'https://www.openstreetmap.org/?mlat=9.600000&mlon=105.970000#map=17/9.600000/105.970000',
    );
  });
});
