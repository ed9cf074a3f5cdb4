import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled, keyframes } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { VisuallyHidden } from '../../utils/VisuallyHidden';

export interface SpinnerProps extends ComponentPropsWithoutRef<'span'> {
  /** Diameter in pixels. */
  size?: number;
  /** Text for assistive technology. Pass `null` when a parent already announces the busy state. */
  label?: string | null;
}

const spin = keyframes`to { transform: rotate(360deg); }`;

const Ring = styled.span<{ $size: number }>`
  display: inline-block;
  flex: none;
  width: ${(p) => p.$size}px;
  height: ${(p) => p.$size}px;
  border-radius: 50%;
  border: 2px solid currentColor;
  border-inline-end-color: transparent;
  animation: ${spin} 0.8s linear infinite;
  vertical-align: middle;
  @media (prefers-reduced-motion: reduce) {
    animation-duration: 2.4s;
  }
`;

/** An indeterminate progress indicator. */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner({ size = 16, label: labelProp, ...rest }, ref) {
  const { messages } = useKitLocale();
  const label = labelProp === undefined ? messages.loading : labelProp;
  if (label === null) return <Ring ref={ref} $size={size} aria-hidden="true" {...rest} />;
  return (
    <span ref={ref} role="status" {...rest}>
      <Ring $size={size} aria-hidden="true" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  );
});
