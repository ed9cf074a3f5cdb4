import { createContext, memo, useCallback, useContext, useMemo, type ReactElement, type ReactNode } from 'react';
import { ChatListItem } from '../../molecules/ChatListItem/ChatListItem';
import type { ChatSummary, TimeInput } from '../../types';

export type ChatId = ChatSummary['id'];

/** What every row of one ChatList shares: the list's stable callbacks and the time formatting. */
export interface ChatListRowContextValue {
  register: (id: ChatId, node: HTMLDivElement | null) => void;
  /** The positioned wrapper of a row that `renderRow` wraps. */
  registerBox: (id: ChatId, node: HTMLDivElement | null) => void;
  renderRow?: (row: ReactElement, chat: ChatSummary) => ReactNode;
  onActivate: (chat: ChatSummary) => void;
  onFocusChat: (id: ChatId) => void;
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
}

export const ChatListRowContext = createContext<ChatListRowContextValue | null>(null);

export interface ChatListRowProps {
  chat: ChatSummary;
  index: number;
  start: number;
  setSize: number;
  selected: boolean;
  tabbable: boolean;
  domId: string;
}

/**
 * One positioned option. Memoized on the chat object and its place, with the callbacks from a
 * context the list keeps stable: when a conversation moves to the top, only rows whose chat,
 * position or state changed render again.
 */
export const ChatListRow = memo(function ChatListRow({ chat, index, start, setSize, selected, tabbable, domId }: ChatListRowProps) {
  const context = useContext(ChatListRowContext);
  if (!context) throw new Error('ChatListRow is rendered by ChatList only');
  const { register, registerBox, renderRow, onActivate, onFocusChat, now, locale, timeZone } = context;
  const id = chat.id;
  const ref = useCallback((node: HTMLDivElement | null) => register(id, node), [register, id]);
  const boxRef = useCallback((node: HTMLDivElement | null) => registerBox(id, node), [registerBox, id]);
  const onClick = useCallback(() => onActivate(chat), [onActivate, chat]);
  const onFocus = useCallback(() => onFocusChat(id), [onFocusChat, id]);
  const style = useMemo(
    () => ({ position: 'absolute', top: 0, insetInlineStart: 0, width: '100%', transform: `translateY(${start}px)` }) as const,
    [start],
  );
  const item = (
    <ChatListItem
      ref={ref}
      id={domId}
      data-index={renderRow ? undefined : index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={renderRow ? undefined : style}
      chat={chat}
      selected={selected}
      tabIndex={tabbable ? 0 : -1}
      onClick={onClick}
      onFocus={onFocus}
      now={now}
      locale={locale}
      timeZone={timeZone}
    />
  );
  if (!renderRow) return item;
  return (
    <div ref={boxRef} data-index={index} style={style}>
      {renderRow(item, chat)}
    </div>
  );
});
