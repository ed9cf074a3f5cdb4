import { createContext, useContext } from 'react';
import { styled } from 'styled-components';
import { LinkPreviewCard } from '../LinkPreviewCard/LinkPreviewCard';
import type { ChatMessage } from '../../types';
import { space } from '../../utils/theme';

/**
 * "Remove preview" for the reader's own messages. A context rather than a bubble prop so that
 * MessageList can offer it without every memoized bubble taking one more prop.
 */
export const LinkPreviewRemoveContext = createContext<((message: ChatMessage) => void) | undefined>(undefined);

const Card = styled(LinkPreviewCard)`
  margin-block-start: ${space('xs')};
`;

/** A bubble's link preview card, when the message has one and is not deleted. */
export function BubbleLinkPreview({ message, own }: { message: ChatMessage; own: boolean }) {
  const remove = useContext(LinkPreviewRemoveContext);
  if (!message.linkPreview || message.deleted) return null;
  return <Card preview={message.linkPreview} onRemove={own && remove ? () => remove(message) : undefined} />;
}
