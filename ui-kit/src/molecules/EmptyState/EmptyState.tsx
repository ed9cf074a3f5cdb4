import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { ChatIcon } from '../../utils/icons';
import { base, color, fontSize, fontWeight, space } from '../../utils/theme';

export interface EmptyStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
  /** Decorative illustration; a chat bubble by default, `null` for none. */
  icon?: ReactNode;
  /** A call to action (button or link). */
  action?: ReactNode;
}

const Root = styled.div`
  ${base}
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: ${space('sm')};
  padding: ${space('xl')} ${space('lg')};
  text-align: center;
  color: ${color('textMuted')};
`;

const Title = styled.p`
  margin: 0;
  font-size: ${fontSize('lg')};
  font-weight: ${fontWeight('medium')};
  color: ${color('text')};
`;

const Description = styled.p`
  margin: 0;
  max-width: 40ch;
  font-size: ${fontSize('sm')};
`;

/** A friendly placeholder for empty lists, no results or no conversation selected. */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  { title, description, icon, action, children, ...rest },
  ref,
) {
  return (
    <Root ref={ref} data-kind="empty-state" {...rest}>
      {icon === undefined ? <ChatIcon size={40} /> : icon}
      <Title>{title}</Title>
      {description ? <Description>{description}</Description> : null}
      {children}
      {action}
    </Root>
  );
});
