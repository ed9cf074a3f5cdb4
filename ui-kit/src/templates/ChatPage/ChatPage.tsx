import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useKitLocale } from '../../locale/useKitLocale';
import { styled } from 'styled-components';
import { base, color, fontSize, fontWeight, radius, space, themeOf, visuallyHidden } from '../../utils/theme';
import { useFileDrop } from '../../utils/useFileDrop';

export type ChatPagePane = 'list' | 'conversation';

export interface ChatPageProps extends Omit<ComponentPropsWithoutRef<'main'>, 'title'> {
  /** Title at the top of the sidebar (app name or "Chats"): the page's `h1`. */
  title?: ReactNode;
  /**
   * The `h1` of the one-pane (narrow) conversation view, where the sidebar and its title are hidden:
   * visually hidden, e.g. the partner's name. Defaults to `conversationLabel`.
   */
  conversationTitle?: ReactNode;
  /** Controls beside the title: e.g. the current user and a "Log out" button. */
  sidebarActions?: ReactNode;
  /** A people finder (e.g. a SearchField labelled "Search people") and its results. */
  search?: ReactNode;
  /** The ChatList. */
  chatList?: ReactNode;
  /** A connection banner ("Reconnecting…") across the top of the page. */
  banner?: ReactNode;
  /** The ChatHeader of the open conversation. */
  header?: ReactNode;
  /** The MessageList of the open conversation. */
  messageList?: ReactNode;
  /** The TypingIndicator, between list and composer. */
  typing?: ReactNode;
  /** The MessageComposer. */
  composer?: ReactNode;
  /**
   * A panel about the open conversation (e.g. GroupMembersPanel), in the "side" region: beside the
   * conversation on screens at least `breakpoints.wide` wide, in its place on smaller ones.
   */
  sidePanel?: ReactNode;
  /** The side region's id (for a toggle's `aria-controls`) and accessible name. */
  sidePanelId?: string;
  sidePanelLabel?: string;
  /** Shown in the conversation pane when no conversation is open. */
  emptyConversation?: ReactNode;
  /** Which pane a narrow screen shows. Wide screens show both. */
  activePane?: ChatPagePane;
  /** Accessible names of the two panes. */
  sidebarLabel?: string;
  conversationLabel?: string;
  /**
   * Makes the conversation a drop target for files: a "Drop files to attach" overlay shows while
   * files are dragged over it, and the dropped files come here (e.g. to the composer's attachments).
   */
  onDropFiles?: (files: File[]) => void;
}

/** The page's one `main` landmark: the banner and both panes are inside it (axe "region"). */
const Root = styled.main`
  ${base}
  display: flex;
  flex-direction: column;
  height: 100%;
  min-height: 0;
  background: ${color('background')};
  color: ${color('text')};
`;

const Panes = styled.div`
  flex: 1;
  min-height: 0;
  display: grid;
  grid-template-columns: minmax(260px, 340px) 1fr;
  @media (max-width: ${(p) => themeOf(p).breakpoints.narrow}) {
    grid-template-columns: 1fr;
    /* One pane at a time: nothing beside the sidebar to separate it from. */
    & > [data-pane='sidebar'] {
      border-inline-end: none;
    }
    [data-active-pane='conversation'] > & > [data-pane='sidebar'],
    [data-active-pane='list'] > & > [data-pane='conversation'] {
      display: none;
    }
  }
  @media (min-width: ${(p) => themeOf(p).breakpoints.narrow}) {
    [data-back] {
      display: none;
    }
  }
  /* Below the wide breakpoint the side panel takes the conversation's place. */
  [data-side-open='true'] > & > [data-pane='conversation'] {
    display: none;
  }
  @media (min-width: ${(p) => themeOf(p).breakpoints.wide}) {
    [data-side-open='true'] > & {
      grid-template-columns: minmax(260px, 340px) 1fr minmax(280px, 360px);
    }
    [data-side-open='true'] > & > [data-pane='conversation'] {
      display: flex;
    }
  }
`;

const Side = styled.section`
  display: flex;
  flex-direction: column;
  min-height: 0;
  min-width: 0;
  overflow: auto;
  background: ${color('surface')};
  @media (min-width: ${(p) => themeOf(p).breakpoints.wide}) {
    border-inline-start: 1px solid ${color('border')};
  }
`;

const Sidebar = styled.section`
  display: flex;
  flex-direction: column;
  min-height: 0;
  min-width: 0;
  background: ${color('surface')};
  border-inline-end: 1px solid ${color('border')};
`;

const SidebarTop = styled.div`
  display: flex;
  align-items: center;
  flex-wrap: wrap;
  gap: ${space('sm')};
  min-height: 60px;
  padding: ${space('sm')} ${space('lg')};
  border-bottom: 1px solid ${color('border')};
`;

const Title = styled.h1`
  flex: 1;
  margin: 0;
  font-size: ${fontSize('lg')};
  font-weight: ${fontWeight('bold')};
`;

/** Only in the narrow conversation view is it the heading in use: elsewhere the sidebar's title is. */
const PaneTitle = styled.h1`
  ${visuallyHidden}
  @media (min-width: ${(p) => themeOf(p).breakpoints.narrow}) {
    display: none;
  }
`;

const SearchSlot = styled.div`
  padding: ${space('sm')} ${space('md')} 0;
`;

const ListSlot = styled.div`
  flex: 1;
  min-height: 0;
  display: flex;
  flex-direction: column;
  overflow: auto;
`;

const Conversation = styled.section`
  position: relative;
  display: flex;
  flex-direction: column;
  min-height: 0;
  min-width: 0;
`;

const DropOverlay = styled.div`
  position: absolute;
  inset: ${space('sm')};
  z-index: 2;
  display: flex;
  align-items: center;
  justify-content: center;
  border: 2px dashed ${color('primary')};
  border-radius: ${radius('lg')};
  background: ${color('surface')};
  opacity: 0.95;
  color: ${color('text')};
  font-size: ${fontSize('lg')};
  font-weight: ${fontWeight('bold')};
  pointer-events: none;
`;

const Placeholder = styled.div`
  flex: 1;
  display: flex;
  align-items: center;
  justify-content: center;
`;

/**
 * The chat screen: a sidebar (title, actions such as "Log out", people search, chat list) and the
 * conversation (header, message list, typing indicator, composer), with an optional connection
 * banner on top. On screens narrower than the theme's `breakpoints.narrow` one pane shows at a
 * time, chosen by `activePane` (the ChatHeader's back button returns to the list; it is hidden on
 * wide screens). `sidePanel` opens a third region beside the conversation from `breakpoints.wide`
 * on, and in the conversation's place below it. Layout only: everything inside comes in through slots.
 */
export const ChatPage = forwardRef<HTMLElement, ChatPageProps>(function ChatPage(
  {
    title: titleProp,
    conversationTitle,
    sidebarActions,
    search,
    chatList,
    banner,
    header,
    messageList,
    typing,
    composer,
    emptyConversation,
    sidePanel,
    sidePanelId,
    sidePanelLabel: sidePanelLabelProp,
    activePane = 'list',
    sidebarLabel: sidebarLabelProp,
    conversationLabel: conversationLabelProp,
    onDropFiles,
    ...rest
  },
  ref,
) {
  const { messages: t } = useKitLocale();
  const title = titleProp ?? t.chats;
  const sidePanelLabel = sidePanelLabelProp ?? t.details;
  const sidebarLabel = sidebarLabelProp ?? t.conversations;
  const conversationLabel = conversationLabelProp ?? t.conversation;
  const open = Boolean(messageList || header || composer);
  const sideOpen = Boolean(sidePanel);
  const drop = useFileDrop<HTMLElement>(open ? onDropFiles : undefined);
  return (
    <Root ref={ref} data-active-pane={activePane} data-conversation-open={open} data-side-open={sideOpen} {...rest}>
      {banner}
      <Panes>
        <Sidebar data-pane="sidebar" aria-label={sidebarLabel}>
          <SidebarTop>
            <Title>{title}</Title>
            {sidebarActions}
          </SidebarTop>
          {search ? <SearchSlot>{search}</SearchSlot> : null}
          <ListSlot>{chatList}</ListSlot>
        </Sidebar>
        <Conversation data-pane="conversation" aria-label={conversationLabel} data-dragging={drop.dragging || undefined} {...drop.dropProps}>
          <PaneTitle>{conversationTitle ?? conversationLabel}</PaneTitle>
          {open ? (
            <>
              {header}
              {messageList}
              {typing}
              {composer}
            </>
          ) : (
            <Placeholder>{emptyConversation}</Placeholder>
          )}
          {drop.dragging ? <DropOverlay>{t.dropFiles}</DropOverlay> : null}
        </Conversation>
        {sideOpen ? (
          <Side data-pane="side" id={sidePanelId} aria-label={sidePanelLabel}>
            {sidePanel}
          </Side>
        ) : null}
      </Panes>
    </Root>
  );
});
