import { AuthPage } from "@chat-app/ui-kit";
import { useT } from "../i18n/useT";
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
  const t = useT();
  return (
    <AuthPage brand={t("app.name")} title={t("notFound.title")} subtitle={t("notFound.subtitle")}>
      <ToChats to={PATHS.chats}>{t("notFound.toChats")}</ToChats>
      <FirstScreenMark />
    </AuthPage>
  );
}
