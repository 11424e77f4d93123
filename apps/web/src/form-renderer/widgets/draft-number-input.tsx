import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { numberOf } from './number-value';

export interface DraftNumberInputProps extends Omit<NumberInputProps, 'value' | 'onChange'> {
  value: number | undefined;
  onNumberChange: (value: number | undefined) => void;
}

/**
 * A number input that keeps what is being typed ("10," on the way to "10,5") while the form holds the
 * number so far; a value changed from outside replaces the text. Accepts both decimal separators.
 */
export function DraftNumberInput({ value, onNumberChange, ...rest }: DraftNumberInputProps) {
  const [draft, setDraft] = useState<number | string>(value ?? '');
  useEffect(() => {
    setDraft((current) => (numberOf(current) === value ? current : (value ?? '')));
  }, [value]);
  const change = (next: number | string) => {
    setDraft(next);
    if (typeof next === 'number') onNumberChange(next);
    else if (next.trim() === '') onNumberChange(undefined);
    else if (numberOf(next) !== undefined && numberOf(next) !== value) onNumberChange(numberOf(next));
  };
  return (
    <NumberInput
      allowedDecimalSeparators={['.', ',']}
      hideControls
      clampBehavior="none"
      {...rest}
      value={draft}
      onChange={change}
    />
  );
}
