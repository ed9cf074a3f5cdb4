import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../../atoms/Button/Button';
import { Banner } from '../../molecules/Banner/Banner';
import { EmptyState } from '../../molecules/EmptyState/EmptyState';
import { MessageComposer } from '../../molecules/MessageComposer/MessageComposer';
import { SearchField } from '../../molecules/SearchField/SearchField';
import { TypingIndicator } from '../../molecules/TypingIndicator/TypingIndicator';
import { ChatHeader } from '../../organisms/ChatHeader/ChatHeader';
import { ChatList } from '../../organisms/ChatList/ChatList';
import { MessageList } from '../../organisms/MessageList/MessageList';
import { ada, grace, linus, me, NOW, sampleChats, sampleMessages } from '../../test/fixtures';
import type { ChatMessage, ChatSummary, PendingAttachment, UserId } from '../../types';
import { ChatPage, type ChatPagePane } from './ChatPage';

const people = [ada, grace, linus, { id: 'c-alan', name: 'Alan Turing', presence: 'online' as const }, { id: 'c-hedy', name: 'Hedy Lamarr' }];

export interface ChatPageDemoProps {
  initialChatId?: ChatSummary['id'] | null;
  reconnecting?: boolean;
  chats?: ChatSummary[];
  initialPane?: ChatPagePane;
  /** Files can be attached (button, paste, drop on the conversation); they "upload" at once. */
  withAttachments?: boolean;
  /** Starts with files dragged over the conversation, to show the drop overlay. */
  dragOver?: boolean;
}

/** What a browser's drag of files from the desktop sends first (for the drop overlay story). */
function dragFilesOver(target: Element) {
  const event = new Event('dragenter', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [], dropEffect: 'none' } });
  target.dispatchEvent(event);
}

const pending = (files: File[]): PendingAttachment[] =>
  files.map((file, i) => ({ id: `${Date.now()}-${i}-${file.name}`, name: file.name, size: file.size, type: file.type, status: 'uploaded' }));

/** A stateful, realistic chat screen assembled from kit parts (stories and tests only). */
export function ChatPageDemo({
  initialChatId = 'c-ada',
  reconnecting = false,
  chats = sampleChats,
  initialPane = 'conversation',
  withAttachments = false,
  dragOver = false,
}: ChatPageDemoProps) {
  const [attachments, setAttachments] = useState<PendingAttachment[]>([]);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const conversation = root.current?.querySelector('[data-pane="conversation"]');
    if (dragOver && conversation) dragFilesOver(conversation);
  }, [dragOver]);
  const attach = (files: File[]) => setAttachments((all) => [...all, ...pending(files)]);
  const [selectedId, setSelectedId] = useState<ChatSummary['id'] | null>(initialChatId);
  const [pane, setPane] = useState<ChatPagePane>(initialChatId ? initialPane : 'list');
  const [messages, setMessages] = useState<Record<string, ChatMessage[]>>({ 'c-ada': sampleMessages });
  const [query, setQuery] = useState('');
  const selected = chats.find((c) => c.id === selectedId);
  const conversation = selected ? (messages[String(selected.id)] ?? []) : [];
  const names = useMemo(() => new Map<UserId, string>([[me.id, me.name], ...people.map((p) => [p.id, p.name] as [UserId, string])]), []);
  const getAuthorName = useCallback((id: UserId) => names.get(id), [names]);
  const found = query ? people.filter((p) => p.name.toLowerCase().includes(query.toLowerCase())) : [];

  const update = (id: ChatMessage['id'], change: (m: ChatMessage) => ChatMessage | null) => {
    if (!selected) return;
    const key = String(selected.id);
    setMessages((all) => ({
      ...all,
      [key]: (all[key] ?? []).flatMap((m) => (m.id === id ? (change(m) ?? []) : [m])),
    }));
  };

  const send = (text: string) => {
    if (!selected) return;
    const key = String(selected.id);
    setMessages((all) => ({
      ...all,
      [key]: [
        ...(all[key] ?? []),
        {
          id: `new-${Date.now()}`,
          authorId: me.id,
          text: text || attachments.map((a) => a.name).join(', '),
          timestamp: new Date(),
          status: 'sending',
        },
      ],
    }));
    setAttachments([]);
  };

  return (
    <ChatPage
      ref={root}
      onDropFiles={withAttachments ? attach : undefined}
      activePane={pane}
      title="Chat"
      sidebarActions={
        <Button variant="secondary" size="sm">
          Log out
        </Button>
      }
      banner={
        reconnecting ? (
          <Banner tone="warning" busy>
            Reconnecting…
          </Banner>
        ) : null
      }
      search={
        <>
          <SearchField label="Search people" value={query} onValueChange={setQuery} />
          {found.length > 0 ? (
            <ul aria-label="People" style={{ listStyle: 'none', margin: 0, padding: '4px 0' }}>
              {found.map((p) => (
                <li key={p.id}>
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      setSelectedId(p.id);
                      setPane('conversation');
                      setQuery('');
                    }}
                  >
                    {p.name}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      }
      chatList={
        <ChatList
          chats={chats}
          selectedId={selectedId}
          searchable={false}
          onSelect={(id) => {
            setSelectedId(id);
            setPane('conversation');
          }}
          now={NOW}
          timeZone="UTC"
          locale="en-GB"
        />
      }
      header={
        selected ? (
          <ChatHeader
            partner={selected}
            lastSeen={selected.presence === 'offline' ? new Date(NOW.getTime() - 3 * 3600_000) : null}
            now={NOW}
            locale="en-GB"
            onBack={() => setPane('list')}
          />
        ) : undefined
      }
      messageList={
        selected ? (
          <MessageList
            conversationKey={selected.id}
            messages={conversation}
            currentUserId={me.id}
            label={selected.name}
            getAuthorName={getAuthorName}
            showAuthorNames={false}
            onEdit={(m, text) => update(m.id, (x) => ({ ...x, text, edited: true }))}
            onDelete={(m) => update(m.id, (x) => ({ ...x, text: '', deleted: true }))}
            onDiscard={(m) => update(m.id, () => null)}
            onRetry={(m) =>
              setMessages((all) => {
                const key = String(selected.id);
                return { ...all, [key]: (all[key] ?? []).map((x) => (x.id === m.id ? { ...x, status: 'sending' } : x)) };
              })
            }
            emptyState={<EmptyState title="No messages yet" description={`Say hello to ${selected.name}.`} />}
            now={NOW}
            timeZone="UTC"
            locale="en-GB"
          />
        ) : undefined
      }
      typing={selected ? <TypingIndicator names={selected.typing ? [selected.name] : []} /> : undefined}
      composer={
        selected ? (
          <MessageComposer
            onSend={send}
            disabled={reconnecting && false}
            {...(withAttachments
              ? {
                  attachments,
                  onAttachFiles: attach,
                  onRemoveAttachment: (id: string) => setAttachments((all) => all.filter((a) => a.id !== id)),
                }
              : {})}
          />
        ) : undefined
      }
      emptyConversation={<EmptyState title="Pick a conversation" description="Or search for someone to start a new one." />}
    />
  );
}
