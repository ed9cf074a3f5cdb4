import { css, styled } from 'styled-components';
import { base, color, fontSize, fontWeight, motion, radius, space } from './theme';

/**
 * The look shared by list rows (a chat in the list, a search result): avatar · two lines of text ·
 * a side column, with hover and keyboard focus. Each row adds its own element and states.
 */
export const listRow = css`
  ${base}
  display: grid;
  grid-template-columns: auto 1fr auto;
  align-items: center;
  gap: ${space('md')};
  padding: ${space('sm')} ${space('md')};
  border-radius: ${radius('md')};
  cursor: pointer;
  transition: background-color ${motion('fast')};
  &:hover {
    background: ${color('surfaceAlt')};
  }
  &:focus-visible {
    outline: 2px solid ${color('focusRing')};
    outline-offset: -2px;
  }
`;

/** The middle column: the row's title over its second line. */
export const RowBody = styled.span`
  display: flex;
  flex-direction: column;
  min-width: 0;
`;

const oneLine = css`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export const RowTitle = styled.span`
  font-weight: ${fontWeight('medium')};
  ${oneLine}
`;

/** The muted second line (last message, snippet). */
export const RowSubtitle = styled.span`
  font-size: ${fontSize('sm')};
  color: ${color('textMuted')};
  ${oneLine}
`;
