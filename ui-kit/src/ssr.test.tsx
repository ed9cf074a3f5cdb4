/**
 * @jest-environment node
 *
 * The kit imports and renders on a server: no `window` or `document` at import time or while
 * rendering with react-dom/server (stream-chat-react broke SSR that way).
 */
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

describe('server-side rendering', () => {
  it('runs in an environment without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('imports the package entry and renders a full chat page to a string, with styles', async () => {
    const kit = await import('./index');
    const messages = [
      { id: 1, authorId: 'ada', text: '<img src=x onerror=alert(1)> hi https://example.com', timestamp: '2026-11-25T10:00:00Z' },
      { id: 2, authorId: 'me', text: 'hello', timestamp: '2026-11-25T10:01:00Z', status: 'read' as const },
    ];
    const sheet = new ServerStyleSheet();
    let html: string;
    try {
      html = renderToString(
        sheet.collectStyles(
          <kit.ChatThemeProvider theme="dark">
            <kit.ChatPage
              activePane="conversation"
              sidebarActions={<kit.Button variant="secondary">Log out</kit.Button>}
              search={<kit.SearchField label="Search people" />}
              chatList={<kit.ChatList chats={[{ id: 'ada', name: 'Ada Lovelace', unreadCount: 120, lastMessage: 'hi' }]} selectedId="ada" />}
              banner={
                <kit.Banner tone="warning" busy>
                  Reconnecting…
                </kit.Banner>
              }
              header={<kit.ChatHeader partner={{ name: 'Ada Lovelace', presence: 'online' }} onBack={() => {}} />}
              messageList={<kit.MessageList messages={messages} currentUserId="me" label="Ada Lovelace" />}
              typing={<kit.TypingIndicator names={['Ada Lovelace']} />}
              composer={<kit.MessageComposer onSend={() => {}} />}
            />
            <kit.MessageBubble message={messages[0]!} />
            <kit.AuthPage title="Log in">
              <kit.LoginForm onSubmit={() => {}} onRegister={() => {}} />
            </kit.AuthPage>
            <kit.RegisterForm onSubmit={() => {}} onLogin={() => {}} />
            <kit.ChatList chats={[{ id: 'g:1', kind: 'group', name: 'Team chat', memberCount: 3, lastMessageAuthor: 'Alice', lastMessage: 'hi' }]} />
            <kit.ChatHeader kind="group" partner={{ name: 'Team chat' }} memberCount={3} />
            <kit.CreateGroupForm people={[{ id: 'u:1', name: 'Alice Smith' }]} defaultSelectedIds={['u:1']} onCreate={() => {}} />
            <kit.GroupMembersPanel
              groupName="Team chat"
              members={[{ id: 'u:1', name: 'Alice Smith', role: 'admin' }]}
              currentUserId="u:1"
              onLeave={() => {}}
            />
          </kit.ChatThemeProvider>,
        ),
      );
      const css = sheet.getStyleTags();
      expect(css).toContain(kit.darkTheme.colors.surface);
    } finally {
      sheet.seal();
    }
    expect(html).toContain('role="log"');
    expect(html).toContain('aria-label="Ada Lovelace"');
    expect(html).toContain('Reconnecting…');
    expect(html).toContain('99+');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src="x"');
    expect(html).toContain('Log in');
    expect(html).toContain('Create an account');
    expect(html).toContain('Team chat, group, 3 members');
    expect(html).toContain('Alice: hi');
    expect(html).toContain('Remove Alice Smith');
    expect(html).toContain('Leave group');
  });
});
