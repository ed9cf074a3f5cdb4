import { useState } from 'react';
import { Button } from '../../atoms/Button/Button';
import { MessageComposer } from '../../molecules/MessageComposer/MessageComposer';
import { ChatHeader } from '../../organisms/ChatHeader/ChatHeader';
import { ChatList } from '../../organisms/ChatList/ChatList';
import { GroupMembersPanel } from '../../organisms/GroupMembersPanel/GroupMembersPanel';
import { MessageList } from '../../organisms/MessageList/MessageList';
import { me, sampleGroupChats, sampleGroupMembers, sampleGroupMessages } from '../../test/fixtures';
import { ChatPage } from './ChatPage';

/** A group chat whose members panel opens in ChatPage's side region (stories and tests only). */
export function ChatPageSideDemo({ initiallyOpen = true }: { initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const group = sampleGroupChats[0]!;
  return (
    <ChatPage
      activePane="conversation"
      chatList={<ChatList chats={sampleGroupChats} selectedId={group.id} onSelect={() => {}} />}
      header={
        <ChatHeader
          kind="group"
          partner={{ name: group.name }}
          memberCount={sampleGroupMembers.length}
          onBack={() => {}}
          actions={
            <Button variant="ghost" size="sm" aria-expanded={open} aria-controls="members" onClick={() => setOpen((v) => !v)}>
              Members
            </Button>
          }
        />
      }
      messageList={<MessageList conversationKey={group.id} label={group.name} messages={sampleGroupMessages} currentUserId={me.id} />}
      composer={<MessageComposer onSend={() => {}} />}
      sidePanelId="members"
      sidePanelLabel="Group members"
      sidePanel={
        open ? <GroupMembersPanel groupName={group.name} members={sampleGroupMembers} currentUserId={me.id} onClose={() => setOpen(false)} /> : null
      }
    />
  );
}
