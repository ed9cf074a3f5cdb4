import { AuthPage } from "@chat-app/ui-kit";
import { Link } from "react-router-dom";
import styled from "styled-components";
import { FirstScreenMark } from "../routes/FirstScreenMark";
import { PATHS } from "../routes/paths";

const ToChats = styled(Link)`
  color: ${(p) => p.theme.colors.link};
  font-weight: 600;
`;

/** An address the app has no page for (`/nope`, `/chat/abc`). */
export function NotFound() {
  return (
    <AuthPage brand="Chat" title="Page not found" subtitle="There is nothing at this address.">
      <ToChats to={PATHS.chats}>Go to your chats</ToChats>
      <FirstScreenMark />
    </AuthPage>
  );
}
