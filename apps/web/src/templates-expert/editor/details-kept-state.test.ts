import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftEditsKey, forgetDraftEdits, forgetKept, useKeptState } from './details-kept-state';

const isText = (value: unknown): value is string => typeof value === 'string';

describe('edits kept for a draft', () => {
  afterEach(() => forgetKept());

  it('come back to a tab shown again, and are dropped for that draft only once it is published or thrown away', () => {
    const first = renderHook(() => useKeptState('draft-a:details', () => '', isText));
    first.result.current[1]('Ghi chú đang gõ');
    const other = renderHook(() => useKeptState('draft-b:details', () => '', isText));
    other.result.current[1]('Của mẫu khác');
    first.unmount();

    expect(renderHook(() => useKeptState('draft-a:details', () => '', isText)).result.current[0]).toBe(
      'Ghi chú đang gõ',
    );
    forgetDraftEdits('draft-a');
    expect(renderHook(() => useKeptState('draft-a:details', () => '', isText)).result.current[0]).toBe('');
    expect(renderHook(() => useKeptState('draft-b:details', () => '', isText)).result.current[0]).toBe(
      'Của mẫu khác',
    );
  });

  it('are kept per draft id and start time, and all dropped by the id', () => {
    const older = `${draftEditsKey({ id: 'tea', createdAt: '2026-12-01T08:00:00.000Z' })}:details`;
    const newer = `${draftEditsKey({ id: 'tea', createdAt: '2026-12-08T08:00:00.000Z' })}:details`;
    renderHook(() => useKeptState(older, () => '', isText)).result.current[1]('Cũ');
    expect(renderHook(() => useKeptState(newer, () => '', isText)).result.current[0]).toBe('');
    renderHook(() => useKeptState(newer, () => '', isText)).result.current[1]('Mới');
    forgetDraftEdits('tea');
    expect(renderHook(() => useKeptState(older, () => '', isText)).result.current[0]).toBe('');
    expect(renderHook(() => useKeptState(newer, () => '', isText)).result.current[0]).toBe('');
  });
});
