import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatPage } from './ChatPage';
import { ChatPageDemo } from './ChatPage.demo';
import { mockChatLayout } from '../../test/layout';

describe('ChatPage', () => {
  it('places every slot: title, Log out, people search, list, banner, header, messages, composer', () => {
    render(
      <ChatPage
        title="Chat"
        sidebarActions={<button type="button">Log out</button>}
        search={<input type="search" aria-label="Search people" />}
        chatList={<div role="listbox" aria-label="Chats" />}
        banner={<div role="status">Reconnecting…</div>}
        header={<h2>Ada</h2>}
        messageList={<div role="log" aria-label="Ada" />}
        composer={<textarea aria-label="Message" />}
        activePane="conversation"
      />,
    );
    const sidebar = screen.getByRole('region', { name: 'Conversations' });
    expect(within(sidebar).getByRole('heading', { name: 'Chat' })).toBeInTheDocument();
    expect(within(sidebar).getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(within(sidebar).getByRole('searchbox', { name: 'Search people' })).toBeInTheDocument();
    expect(within(sidebar).getByRole('listbox', { name: 'Chats' })).toBeInTheDocument();
    const conversation = screen.getByRole('region', { name: 'Conversation' });
    expect(within(conversation).getByRole('log', { name: 'Ada' })).toBeInTheDocument();
    expect(within(conversation).getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting…');
    expect(screen.getByRole('region', { name: 'Conversations' }).closest('[data-active-pane]')).toHaveAttribute('data-active-pane', 'conversation');
  });

  it('shows the empty conversation placeholder when nothing is open', () => {
    render(<ChatPage chatList={<p>list</p>} emptyConversation={<p>Pick a conversation</p>} />);
    expect(screen.getByText('Pick a conversation')).toBeInTheDocument();
  });

  it('works end to end with the kit parts: open a chat, send with Enter, go back', async () => {
    const restore = mockChatLayout(); // the message list is virtualized: give it a viewport
    try {
      render(<ChatPageDemo initialChatId={null} />);
      expect(screen.getByText('Pick a conversation')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('option', { name: /Grace Hopper/ }));
      expect(screen.getByRole('log', { name: 'Grace Hopper' })).toBeInTheDocument();
      expect(screen.getByText('Say hello to Grace Hopper.')).toBeInTheDocument();
      await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi Grace!{Enter}');
      expect(await screen.findByText('Hi Grace!')).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
      const root = screen.getByRole('region', { name: 'Conversations' }).closest('[data-active-pane]');
      expect(root).toHaveAttribute('data-active-pane', 'conversation');
      await userEvent.click(screen.getByRole('button', { name: 'Back to chats' }));
      expect(root).toHaveAttribute('data-active-pane', 'list');
    } finally {
      restore();
    }
  });

  it('is one main landmark holding the banner and both panes', () => {
    render(<ChatPage banner={<div role="status">Reconnecting…</div>} chatList={<p>list</p>} />);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('status')).toHaveTextContent('Reconnecting…');
    expect(within(main).getByRole('region', { name: 'Conversations' })).toBeInTheDocument();
    expect(within(main).getByRole('region', { name: 'Conversation' })).toBeInTheDocument();
  });

  it('gives the narrow conversation view its own h1, hidden on wide screens where the sidebar title shows', () => {
    const { rerender } = render(<ChatPage title="Chats" conversationTitle="Ada" header={<h2>Ada</h2>} activePane="conversation" />);
    const conversation = screen.getByRole('region', { name: 'Conversation' });
    expect(within(conversation).getByRole('heading', { level: 1, name: 'Ada' })).toBeInTheDocument();
    rerender(<ChatPage title="Chats" header={<h2>Ada</h2>} activePane="conversation" />);
    expect(within(conversation).getByRole('heading', { level: 1, name: 'Conversation' })).toBeInTheDocument();
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/@media \(min-width: ?768px\)\s*\{[^}]*\{\s*display:\s*none/);
  });

  it('drops the sidebar border in the one-pane (narrow) layout', () => {
    render(<ChatPage chatList={<p>list</p>} />);
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    const narrow = css.match(/@media \(max-width: ?[^)]+\)\s*\{([\s\S]*?)\}\s*\}/);
    expect(narrow?.[1]).toMatch(/\[data-pane=.sidebar.\]\s*\{\s*border-inline-end:\s*none/);
  });

  it('opens the side panel as a third region beside the conversation from the wide breakpoint, in its place below it', () => {
    const { container } = render(
      <ChatPage
        activePane="conversation"
        header={<h2>Team</h2>}
        messageList={<p>messages</p>}
        sidePanel={<p>members</p>}
        sidePanelId="side"
        sidePanelLabel="Group members"
      />,
    );
    const side = screen.getByRole('region', { name: 'Group members' });
    expect(side).toHaveAttribute('id', 'side');
    expect(side).toHaveTextContent('members');
    expect(screen.getByRole('region', { name: 'Conversation' })).toHaveTextContent('messages');
    expect(container.firstChild).toHaveAttribute('data-side-open', 'true');
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    const wide = css.match(/@media \(min-width: ?1100px\)\s*\{([\s\S]*?)\}\s*\}/g)?.join('\n') ?? '';
    expect(wide).toMatch(/grid-template-columns:\s*minmax\(260px,\s*340px\) 1fr minmax\(280px,\s*360px\)/);
    expect(wide).toMatch(/\[data-pane=.conversation.\]\s*\{\s*display:\s*flex/);
  });

  it('has no side region while no side panel is given', () => {
    const { container } = render(<ChatPage header={<h2>Team</h2>} messageList={<p>messages</p>} />);
    expect(screen.queryByRole('region', { name: 'Details' })).toBeNull();
    expect(container.firstChild).toHaveAttribute('data-side-open', 'false');
  });
});

describe('ChatPage file drop', () => {
  const files = (list: File[] = []) => ({ dataTransfer: { types: ['Files'], files: list, dropEffect: 'none' } });
  const page = (onDropFiles?: (files: File[]) => void) => (
    <ChatPage header={<h2>Ada</h2>} composer={<textarea aria-label="Message" />} activePane="conversation" onDropFiles={onDropFiles} />
  );

  it('shows "Drop files to attach" while files are dragged over the conversation, and hands over the drop', () => {
    const onDropFiles = jest.fn();
    render(page(onDropFiles));
    const conversation = screen.getByRole('region', { name: 'Conversation' });
    expect(screen.queryByText('Drop files to attach')).toBeNull();
    fireEvent.dragEnter(conversation, files());
    fireEvent.dragEnter(screen.getByRole('heading', { name: 'Ada' }), files());
    fireEvent.dragLeave(conversation, files());
    expect(screen.getByText('Drop files to attach')).toBeVisible();
    expect(conversation).toHaveAttribute('data-dragging', 'true');
    const photo = new File(['x'], 'photo.png', { type: 'image/png' });
    fireEvent.drop(screen.getByRole('textbox', { name: 'Message' }), files([photo]));
    expect(onDropFiles).toHaveBeenCalledWith([photo]);
    expect(screen.queryByText('Drop files to attach')).toBeNull();
  });

  it('is no drop target without onDropFiles, or for drags without files', () => {
    const { rerender } = render(page());
    const conversation = screen.getByRole('region', { name: 'Conversation' });
    fireEvent.dragEnter(conversation, files());
    expect(screen.queryByText('Drop files to attach')).toBeNull();
    rerender(page(() => {}));
    fireEvent.dragEnter(conversation, { dataTransfer: { types: ['text/uri-list'], files: [] } });
    expect(screen.queryByText('Drop files to attach')).toBeNull();
  });

  it('drops onto the demo composer as chips', async () => {
    const restore = mockChatLayout();
    try {
      render(<ChatPageDemo withAttachments />);
      const conversation = screen.getByRole('region', { name: 'Conversation' });
      fireEvent.dragEnter(conversation, files());
      fireEvent.drop(conversation, files([new File(['%PDF'], 'report.pdf', { type: 'application/pdf' })]));
      expect(within(screen.getByRole('list', { name: 'Attachments' })).getByText('report.pdf')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(screen.queryByRole('list', { name: 'Attachments' })).toBeNull();
    } finally {
      restore();
    }
  });
});
