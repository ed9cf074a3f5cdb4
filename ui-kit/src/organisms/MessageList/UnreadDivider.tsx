import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { color, fontSize, fontWeight, space } from '../../utils/theme';

const Line = styled.div`
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  padding: ${space('xs')} 0;
  color: ${color('danger')};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('medium')};
  &::before,
  &::after {
    content: '';
    flex: 1;
    height: 1px;
    background: currentColor;
  }
`;

/** "New messages": the line MessageList draws before the first unread message. */
export function UnreadDivider() {
  const { messages: t } = useKitLocale();
  return (
    <Line role="separator" aria-label={t.newMessagesDivider} data-unread-divider>
      <span aria-hidden="true">{t.newMessagesDivider}</span>
    </Line>
  );
}
