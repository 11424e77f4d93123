import { TextInput } from '@mantine/core';
import { expandLotCodePattern, type LotCodePatternFault, lotCodePatternFault } from '@nguon/domain';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';

const faultMessages: Record<LotCodePatternFault, MessageKey> = {
  no_seq: 'products.lotCodePattern.noSeq',
  unknown_token: 'products.lotCodePattern.unknownToken',
  bad_character: 'products.lotCodePattern.badCharacter',
  too_long: 'products.lotCodePattern.tooLong',
};

/** The next code a pattern makes today, or what is wrong with it; null while it is blank. */
export function lotCodePreview(
  pattern: string,
  today: Date,
): { example: string } | { fault: LotCodePatternFault } | null {
  const trimmed = pattern.trim();
  if (trimmed === '') return null;
  const fault = lotCodePatternFault(trimmed);
  if (fault) return { fault };
  const date = { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  return { example: expandLotCodePattern(trimmed, 1, date) };
}

interface LotCodePatternFieldProps {
  value: string;
  readOnly: boolean;
  /** The server's message (LOT_CODE_PATTERN_INVALID), shown before the live check. */
  error?: string;
  onChange: (value: string) => void;
}

/** "Mẫu mã lô": how new lots of the product are coded, with a live example of the first code. */
export function LotCodePatternField({ value, readOnly, error, onChange }: LotCodePatternFieldProps) {
  const t = useT();
  const today = new Date();
  const preview = lotCodePreview(value, today);
  const sample = lotCodePreview('R{yy}-{seq}', today);
  const hint = t('products.lotCodePattern.hint', {
    sample: sample && 'example' in sample ? sample.example : '',
  });
  const live = preview && 'fault' in preview ? t(faultMessages[preview.fault]) : undefined;
  return (
    <TextInput
      label={t('products.lotCodePattern')}
      description={
        preview && 'example' in preview
          ? `${hint} ${t('products.lotCodePattern.preview', { example: preview.example })}`
          : hint
      }
      placeholder="R{yy}-{seq}"
      maxLength={40}
      readOnly={readOnly}
      value={value}
      error={error ?? live}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid="product-lot-code-pattern"
    />
  );
}
