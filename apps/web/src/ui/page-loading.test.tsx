import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '../theme/theme';
import { PageLoadBoundary } from './page-loading';

function Throws({ error }: { error: Error }): never {
  throw error;
}

const shown = (error: Error) => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const view = render(
    <MantineProvider theme={theme} env="test">
      <PageLoadBoundary>
        <Throws error={error} />
      </PageLoadBoundary>
    </MantineProvider>,
  );
  const text = screen.getByRole('alert').textContent;
  view.unmount();
  return text;
};

describe('PageLoadBoundary', () => {
  it('calls a script that did not arrive a network problem, and a bug in a screen a fault of the screen', () => {
    expect(
      shown(new TypeError('Failed to fetch dynamically imported module: /assets/lot-page-x.js')),
    ).toContain('Không kết nối được máy chủ');
    const bug = shown(new TypeError("Cannot read properties of undefined (reading 'name')"));
    expect(bug).toContain('Màn hình này gặp lỗi');
    expect(bug).not.toContain('kết nối');
  });
});
