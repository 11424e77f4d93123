import type { StageKind } from '@nguon/domain';
import { IconClipboardText, IconPackage, IconTransform } from '@tabler/icons-react';
import type { ComponentType } from 'react';

interface KindLook {
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** A Mantine colour name: the card's accent, the palette's icon and the minimap's fill. */
  color: string;
}

/** One look per stage kind, the same on the canvas, in the palette and in the side panel. */
export const stageKindLooks: Record<StageKind, KindLook> = {
  stage: { icon: IconClipboardText, color: 'leaf' },
  transformation: { icon: IconTransform, color: 'earth' },
  packaging: { icon: IconPackage, color: 'blue' },
};

/** Solid colours for the minimap (it draws SVG, CSS variables are fine there too). */
export const minimapColors: Record<StageKind, string> = {
  stage: 'var(--mantine-color-leaf-5)',
  transformation: 'var(--mantine-color-earth-5)',
  packaging: 'var(--mantine-color-blue-5)',
};
