import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { useKitLocale } from '../../locale/useKitLocale';
import { NoticeText, noticeLine } from '../SystemNotice/SystemNotice';

export interface BlockedMessageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Shows the message in place of this line. */
  onShow: () => void;
}

const Root = styled.div`
  ${noticeLine}
  align-items: center;
`;

/**
 * In place of a message from someone the reader blocked (in a shared group): "Message from a
 * blocked person" and a "Show" button; nothing of the message itself until it is asked for.
 */
export const BlockedMessage = memo(
  forwardRef<HTMLDivElement, BlockedMessageProps>(function BlockedMessage({ onShow, ...rest }, ref) {
    const { messages: t } = useKitLocale();
    return (
      <Root ref={ref} data-kind="blocked-message" {...rest}>
        <NoticeText>{t.blockedMessage}</NoticeText>
        <Button variant="link" size="sm" onClick={onShow}>
          {t.showBlockedMessage}
        </Button>
      </Root>
    );
  }),
);
BlockedMessage.displayName = 'BlockedMessage';
