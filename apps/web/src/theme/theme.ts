import { Badge, createTheme, type MantineColorsTuple, Notification } from '@mantine/core';

// Calm leaf green for actions, a warm earth tone for accents.
const leaf: MantineColorsTuple = [
  '#f0f7ee',
  '#e0ecdc',
  '#bfd8b6',
  '#9cc38e',
  '#7eb16c',
  '#6ba656',
  '#60a04a',
  '#4f8b3b',
  '#447c32',
  '#366b26',
];

const earth: MantineColorsTuple = [
  '#faf4ed',
  '#efe6da',
  '#dfcbb1',
  '#cfae85',
  '#c19660',
  '#b88648',
  '#b47e3b',
  '#9e6b2d',
  '#8d5f26',
  '#7b511c',
];

export const theme = createTheme({
  primaryColor: 'leaf',
  primaryShade: { light: 8, dark: 6 },
  colors: { leaf, earth },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    // Vietnamese diacritics read better in sentence case than in capitals; badges are short, never cut them.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' }, label: { textTransform: 'none' } } }),
    // a dialog's title bar is drawn as <header>, which outside <main> is a second page banner for screen readers
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
    // a toast's text is read, not glanced at: Mantine's dimmed grey (3.3:1 on white) is below WCAG's 4.5:1
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-gray-7)' } } }),
  },
});
