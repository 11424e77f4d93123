import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useT } from '../../i18n/use-t';

/** React Flow's screen-reader labels in the person's language. */
export function useCanvasAriaLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('designer.aria.node'),
      'node.a11yDescription.keyboardDisabled': t('designer.aria.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }) => t('designer.aria.moved', { x, y }),
      'edge.a11yDescription.default': t('designer.aria.edge'),
      'controls.ariaLabel': t('designer.aria.controls'),
      'controls.zoomIn.ariaLabel': t('designer.aria.zoomIn'),
      'controls.zoomOut.ariaLabel': t('designer.aria.zoomOut'),
      'controls.fitView.ariaLabel': t('designer.aria.fitView'),
      'controls.interactive.ariaLabel': t('designer.aria.interactive'),
      'minimap.ariaLabel': t('designer.aria.minimap'),
      'handle.ariaLabel': t('designer.aria.handle'),
    }),
    [t],
  );
}
