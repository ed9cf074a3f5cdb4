import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { base, color, fontSize, radius, space } from '../../utils/theme';

/** Pieces the log-in and register forms share. */

export const FormRoot = styled.form`
  ${base}
  display: flex;
  flex-direction: column;
  gap: ${space('lg')};
  width: 100%;
`;

export const FormAlert = styled.div`
  padding: ${space('sm')} ${space('md')};
  border: 1px solid ${color('danger')};
  border-radius: ${radius('md')};
  background: ${color('dangerSurface')};
  color: ${color('text')};
  font-size: ${fontSize('sm')};
`;

/** Said once a request went through (a status, not an alert). */
export const FormNotice = styled.p`
  margin: 0;
  padding: ${space('sm')} ${space('md')};
  border: 1px solid ${color('success')};
  border-radius: ${radius('md')};
  font-size: ${fontSize('sm')};
`;

const FormFooter = styled.p`
  margin: 0;
  text-align: center;
  font-size: ${fontSize('sm')};
  color: ${color('textMuted')};
  a {
    color: ${color('link')};
  }
`;

/**
 * "Create an account" / "I already have an account": a real link when `href` is set (with `onClick`
 * taking over navigation for client-side routing), else a link-styled button; nothing without either.
 */
export function FormSwitch({ href, onClick, children }: { href?: string; onClick?: () => void; children: ReactNode }) {
  if (!href && !onClick) return null;
  return (
    <FormFooter>
      {href ? (
        <a
          href={href}
          onClick={
            onClick
              ? (e) => {
                  e.preventDefault();
                  onClick();
                }
              : undefined
          }
        >
          {children}
        </a>
      ) : (
        <Button variant="link" onClick={onClick}>
          {children}
        </Button>
      )}
    </FormFooter>
  );
}
