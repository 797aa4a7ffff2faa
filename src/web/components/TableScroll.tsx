import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a phone instead of widening the page. The scrolling box is a focusable, named
 * region so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({
  label,
  minWidth,
  maxHeight,
  children,
}: {
  label: string;
  minWidth: number;
  maxHeight?: number;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      maxHeight={maxHeight}
      tabIndex={0}
      role="region"
      aria-label={label}
      // Contains absolutely positioned content (visually hidden header text) that would widen the page.
      style={{ position: 'relative' }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
