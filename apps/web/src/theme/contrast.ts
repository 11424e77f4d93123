/** WCAG 2 contrast, for choosing text colours that stay readable on the theme's surfaces. */

export const minimumTextContrast = 4.5;

function channels(hex: string): number[] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16));
}

function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((value) => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

/** `text` darkened (mixed with black) in small steps until it reads at 4.5:1 on every background given. */
export function readableOn(text: string, backgrounds: readonly string[]): string {
  const rgb = channels(text);
  for (let step = 0; step <= 50; step++) {
    const candidate = toHex(rgb.map((value) => value * (1 - step / 50)));
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= minimumTextContrast))
      return candidate;
  }
  return '#000000';
}
