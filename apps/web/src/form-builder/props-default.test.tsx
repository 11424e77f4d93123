import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder-test-utils';

describe('a date field’s default', { timeout: 30_000 }, () => {
  it('is typed day first (dd/mm/yyyy) whatever the browser locale, and stored as yyyy-mm-dd', () => {
    const { lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-date'));
    const input = screen.getByTestId('fb-prop-default');
    expect(input.getAttribute('placeholder')).toBe('nn/tt/nnnn');
    fireEvent.change(input, { target: { value: '05/12/2026' } });
    expect(lastModel().fields[0]?.defaultValue).toBe('2026-12-05');
  });
});
