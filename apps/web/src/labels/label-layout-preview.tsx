import { Box, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  type LabelDesign,
  type LabelLayout,
  type LabelTextRun,
  labelTextRuns,
  qrModuleCount,
} from '@nguon/domain';
import { useId, useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { labelPreviewGeometry, modulesPath, placeholderQrModules } from './label-preview-geometry';

export interface LabelSample {
  url: string;
  code: string;
  productName: string;
}

const quietZone = 4;

// The PDF's fonts: Be Vietnam Pro (embedded there) for the name and hints, Courier for the code.
const fontFamilies = {
  regular: "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Arial, sans-serif",
  bold: "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Arial, sans-serif",
  mono: "'Courier New', Courier, 'Liberation Mono', monospace",
} as const;

/**
 * One run as the PDF prints it: the same lines, cuts, sizes and baselines (the domain's labelTextRuns). The
 * browser may lack Be Vietnam Pro, so its font is stretched to the printed width.
 */
function TextRun({ run }: { run: LabelTextRun }) {
  return (
    <text
      x={run.x}
      y={run.baseline}
      fontSize={run.fontSizeMm}
      fontWeight={run.font === 'bold' ? 600 : 400}
      fontFamily={fontFamilies[run.font]}
      textLength={run.widthMm}
      lengthAdjust="spacingAndGlyphs"
      data-testid="label-preview-text"
    >
      {run.text}
    </text>
  );
}

/** One label drawn in its own millimetres: the QR placeholder with its quiet zone, then the text lines. */
function LabelDrawing({ design, sample }: { design: LabelDesign; sample: LabelSample }) {
  const modules = qrModuleCount(sample.url) ?? 33;
  const path = useMemo(() => modulesPath(placeholderQrModules(sample.url, modules)), [sample.url, modules]);
  const { qr } = design;
  const scale = qr.width / (modules + 2 * quietZone);
  return (
    <>
      <g transform={`translate(${qr.x + quietZone * scale} ${qr.y + quietZone * scale}) scale(${scale})`}>
        <path d={path} fill="#111" />
      </g>
      {labelTextRuns(design, sample).map((run) => (
        <TextRun key={`${run.baseline}-${run.text}`} run={run} />
      ))}
    </>
  );
}

/**
 * The live preview of a layout: one whole page with every label cell (the design drawn once and reused per
 * cell) and one label enlarged. Cells past the page edge are red.
 */
export function LabelLayoutPreview({ layout, sample }: { layout: LabelLayout; sample: LabelSample }) {
  const t = useT();
  const symbolId = `label-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const geometry = useMemo(() => labelPreviewGeometry(layout), [layout]);
  if (!geometry) {
    return (
      <Text size="sm" c="dimmed" data-testid="label-preview-empty">
        {t('labels.preview.incomplete')}
      </Text>
    );
  }
  const { page, cells, design, overflowing } = geometry;
  const { labelWidthMm: lw, labelHeightMm: lh } = layout;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" data-testid="label-preview">
      <Stack gap={4} align="center">
        <Box
          component="svg"
          viewBox={`0 0 ${page.width} ${page.height}`}
          role="img"
          aria-label={t('labels.preview.pageAria', { count: cells.length })}
          style={{
            width: '100%',
            maxWidth: 260,
            maxHeight: 360,
            background: '#fff',
            boxShadow: '0 1px 4px #0003',
          }}
          data-testid="label-preview-page"
        >
          <defs>
            <symbol id={symbolId} viewBox={`0 0 ${lw} ${lh}`}>
              <LabelDrawing design={design} sample={sample} />
            </symbol>
          </defs>
          {cells.map((cell, index) => (
            <g key={`${cell.x}-${cell.y}`} data-testid="label-preview-cell">
              <use href={`#${symbolId}`} x={cell.x} y={cell.y} width={cell.width} height={cell.height} />
              <rect
                x={cell.x}
                y={cell.y}
                width={cell.width}
                height={cell.height}
                fill="none"
                stroke={overflowing.includes(index) ? '#e03131' : '#adb5bd'}
                strokeWidth={overflowing.includes(index) ? 0.8 : 0.25}
              />
            </g>
          ))}
        </Box>
        <Text size="xs" c="dimmed">
          {t('labels.preview.pageCaption', { count: cells.length, width: page.width, height: page.height })}
        </Text>
      </Stack>
      <Stack gap={4} align="center">
        <Box
          component="svg"
          viewBox={`-0.5 -0.5 ${lw + 1} ${lh + 1}`}
          role="img"
          aria-label={t('labels.preview.labelAria')}
          style={{ width: '100%', maxWidth: 320, background: '#fff' }}
          data-testid="label-preview-label"
        >
          <rect x={0} y={0} width={lw} height={lh} rx={1} fill="#fff" stroke="#868e96" strokeWidth={0.2} />
          <LabelDrawing design={design} sample={sample} />
        </Box>
        <Text size="xs" c="dimmed">
          {t('labels.preview.labelCaption', { width: lw, height: lh })}
        </Text>
      </Stack>
    </SimpleGrid>
  );
}
