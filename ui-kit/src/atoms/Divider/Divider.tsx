import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { color, themeOf } from '../../utils/theme';

export interface DividerProps extends ComponentPropsWithoutRef<'hr'> {
  orientation?: 'horizontal' | 'vertical';
  /** Space around the line. */
  spacing?: 'none' | 'sm' | 'md';
}

const Line = styled.hr<{ $vertical: boolean; $spacing: 'none' | 'sm' | 'md' }>`
  flex: none;
  border: none;
  margin: ${(p) => {
    const gap = p.$spacing === 'none' ? '0' : themeOf(p).space[p.$spacing === 'sm' ? 'sm' : 'lg'];
    return p.$vertical ? `0 ${gap}` : `${gap} 0`;
  }};
  background: ${color('border')};
  ${(p) => (p.$vertical ? 'width: 1px; align-self: stretch;' : 'height: 1px; width: 100%;')}
`;

/** A thin separator line (`<hr>`, or `role="separator"` with `aria-orientation` when vertical). */
export const Divider = forwardRef<HTMLHRElement, DividerProps>(function Divider({ orientation = 'horizontal', spacing = 'none', ...rest }, ref) {
  const vertical = orientation === 'vertical';
  return (
    <Line
      ref={ref}
      $vertical={vertical}
      $spacing={spacing}
      aria-orientation={vertical ? 'vertical' : undefined}
      data-orientation={orientation}
      {...rest}
    />
  );
});
