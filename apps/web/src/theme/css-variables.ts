import { type CSSVariablesResolver, DEFAULT_THEME, getPrimaryShade, type MantineTheme } from '@mantine/core';
import { readableOn } from './contrast';

/** What text sits on in the light scheme: white cards, the warm page (app.css), Mantine's light greys (hovers, stripes). */
export const lightSurfaces = ['#ffffff', '#f7f6f0', '#f8f9fa', '#f1f3f5', '#e9ecef'] as const;

/** Secondary ("dimmed") text: Mantine's gray-6 reads at 3.3:1 on white, so it is darkened to 4.5:1 on every surface. */
export const dimmedText = readableOn(DEFAULT_THEME.colors.gray[6], lightSurfaces);

/**
 * Text of the light and subtle variants (badges, alerts, the active navigation link) is shade 9 on shade 1, or on
 * shade 2 while hovered; several palettes (orange, yellow, green, our leaf) fall under 4.5:1 there. `c="red"`
 * text is the filled shade on the page. Each is darkened just enough.
 */
function readableColorText(theme: MantineTheme): Record<string, string> {
  const filled = getPrimaryShade(theme, 'light');
  return Object.fromEntries(
    Object.entries(theme.colors).flatMap(([name, shades]) => [
      [
        `--mantine-color-${name}-light-color`,
        readableOn(shades[9], [shades[1], shades[2], ...lightSurfaces]),
      ],
      [`--mantine-color-${name}-text`, readableOn(shades[filled], lightSurfaces)],
    ]),
  );
}

/** Light-scheme colours that meet WCAG AA contrast (the app has no dark scheme yet). */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': dimmedText,
    // a field's error message and the text of the field in error: Mantine's red-6 reads at 3.3:1 on white
    '--mantine-color-error': readableOn(theme.colors.red[6], lightSurfaces),
    ...readableColorText(theme),
  },
  dark: {},
});
