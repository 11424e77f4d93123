import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app-providers';
import { setLang } from '../../i18n/lang-store';
import { ProductTypeSelect } from './product-type-select';

function typeInto(text: string) {
  render(
    <AppProviders>
      <ProductTypeSelect label="type" data-testid="type-select" />
    </AppProviders>,
  );
  const input = screen.getByTestId('type-select');
  input.focus();
  fireEvent.click(input);
  fireEvent.change(input, { target: { value: text } });
}

describe('ProductTypeSelect search', () => {
  it.each([
    ['mat ong', 'Mật ong'],
    ['MẬT', 'Mật ong'],
    ['ong mat', 'Mật ong'],
    ['nuoc mam', 'Nước mắm'],
  ])('"%s" finds "%s", as catalog search does', (typed, label) => {
    setLang('vi');
    typeInto(typed);
    expect(screen.getByRole('option', { name: label })).toBeTruthy();
  });

  it('finds nothing for a word no type has', () => {
    setLang('vi');
    typeInto('xyz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
