import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, minimumTextContrast, readableOn } from './contrast';
import { cssVariablesResolver, lightSurfaces } from './css-variables';
import { theme } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const { light } = cssVariablesResolver(full);

function variable(name: `--${string}`): string {
  const value = light[name];
  if (value === undefined) throw new Error(`the resolver sets no ${name}`);
  return value;
}

describe('contrast', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#868e96', '#ffffff', 3.32], // Mantine's dimmed grey, which axe-core flagged
    ['#868e96', '#f7f6f0', 3.06],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  it('darkens a colour only as far as needed, and leaves a readable one alone', () => {
    const darkened = readableOn('#868e96', ['#ffffff']);
    expect(contrastRatio(darkened, '#ffffff')).toBeGreaterThanOrEqual(minimumTextContrast);
    expect(contrastRatio(darkened, '#ffffff')).toBeLessThan(5);
    expect(readableOn('#212529', ['#ffffff'])).toBe('#212529');
  });
});

describe('the light scheme’s text colours read at 4.5:1 or more', () => {
  it.each(lightSurfaces)('dimmed text and error text on %s', (surface) => {
    for (const name of ['--mantine-color-dimmed', '--mantine-color-error'] as const) {
      expect(contrastRatio(variable(name), surface), name).toBeGreaterThanOrEqual(minimumTextContrast);
    }
  });

  it.each(Object.keys(full.colors))(
    '%s: light-variant text on its background and hover, coloured text on the page',
    (name) => {
      const shades = full.colors[name] ?? [];
      const lightText = variable(`--mantine-color-${name}-light-color`);
      for (const background of [shades[1] ?? '', shades[2] ?? '', ...lightSurfaces]) {
        expect(contrastRatio(lightText, background), `${lightText} on ${background}`).toBeGreaterThanOrEqual(
          minimumTextContrast,
        );
      }
      const text = variable(`--mantine-color-${name}-text`);
      for (const surface of lightSurfaces) {
        expect(contrastRatio(text, surface), `${text} on ${surface}`).toBeGreaterThanOrEqual(
          minimumTextContrast,
        );
      }
    },
  );
});
