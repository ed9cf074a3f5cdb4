import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { base, color, fontSize, fontWeight, radius, shadow, space } from '../../utils/theme';

export interface AuthPageProps extends Omit<ComponentPropsWithoutRef<'main'>, 'title'> {
  /** The page heading, e.g. "Log in" or "Create your account". */
  title: ReactNode;
  subtitle?: ReactNode;
  /** Logo or product name above the card. */
  brand?: ReactNode;
  /** Below the card (legal links…). */
  footer?: ReactNode;
  /** The LoginForm or RegisterForm. */
  children?: ReactNode;
}

/** The page's one `main` landmark: brand, card and footer all inside it (axe "region"). */
const Root = styled.main`
  ${base}
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: ${space('lg')};
  min-height: 100%;
  padding: ${space('xl')} ${space('lg')};
  background: ${color('background')};
`;

const Card = styled.div`
  width: 100%;
  max-width: 400px;
  padding: ${space('xl')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('lg')};
  background: ${color('surface')};
  box-shadow: ${shadow('md')};
`;

const Heading = styled.h1`
  margin: 0 0 ${space('xs')};
  font-size: ${fontSize('xl')};
  font-weight: ${fontWeight('bold')};
`;

const Sub = styled.p`
  margin: 0 0 ${space('lg')};
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

const Spacer = styled.div`
  height: ${space('lg')};
`;

const Brand = styled.div`
  font-size: ${fontSize('lg')};
  font-weight: ${fontWeight('bold')};
  color: ${color('primary')};
`;

const Footer = styled.div`
  font-size: ${fontSize('xs')};
  color: ${color('textMuted')};
`;

/** A centred card for the log-in and sign-up screens. */
export const AuthPage = forwardRef<HTMLElement, AuthPageProps>(function AuthPage({ title, subtitle, brand, footer, children, ...rest }, ref) {
  return (
    <Root ref={ref} {...rest}>
      {brand ? <Brand>{brand}</Brand> : null}
      <Card>
        <Heading>{title}</Heading>
        {subtitle ? <Sub>{subtitle}</Sub> : <Spacer />}
        {children}
      </Card>
      {footer ? <Footer>{footer}</Footer> : null}
    </Root>
  );
});
