import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { color, focusRing, fontSize, motion, radius, space } from '../../utils/theme';

export interface ControlButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** The visible text, which is also the button's name. */
  label: string;
  icon: ReactNode;
  /** The thing it toggles is on (muted, camera off, sharing): `data-active`, for styling only. */
  active?: boolean;
  danger?: boolean;
}

const Root = styled.button`
  display: inline-flex;
  flex-direction: column;
  align-items: center;
  gap: ${space('xs')};
  min-width: 64px;
  padding: ${space('xs')};
  border: none;
  border-radius: ${radius('md')};
  background: transparent;
  color: inherit;
  font: inherit;
  font-size: ${fontSize('xs')};
  cursor: pointer;
  ${focusRing}
`;

const Disc = styled.span`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 48px;
  height: 48px;
  border-radius: ${radius('round')};
  background: ${color('surfaceAlt')};
  color: ${color('text')};
  transition: background-color ${motion('fast')};
  ${Root}:hover > & {
    background: ${color('border')};
  }
  ${Root}[data-active] > & {
    background: ${color('text')};
    color: ${color('surface')};
  }
  ${Root}[data-variant='danger'] > & {
    background: ${color('danger')};
    color: ${color('onDanger')};
  }
`;

/** A call control: an icon on a disc with its name written under it. */
export const ControlButton = forwardRef<HTMLButtonElement, ControlButtonProps>(function ControlButton(
  { label, icon, active = false, danger = false, type = 'button', ...rest },
  ref,
) {
  return (
    <Root ref={ref} type={type} data-active={active || undefined} data-variant={danger ? 'danger' : undefined} {...rest}>
      <Disc aria-hidden="true">{icon}</Disc>
      <span>{label}</span>
    </Root>
  );
});
