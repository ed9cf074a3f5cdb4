import { ChatApi, type Session } from "@chat-app/client";
import { AuthPage } from "@chat-app/ui-kit";
import { useMemo } from "react";
import { Link } from "react-router-dom";
import styled from "styled-components";
import { useT } from "../i18n/useT";
import { PATHS } from "../routes/paths";
import { AdminReports } from "./AdminReports";

const ToChats = styled(Link)`
  color: ${(p) => p.theme.colors.link};
  font-weight: 600;
`;

export interface AdminScreenProps {
  session: Session;
  onUnauthorized: () => void;
}

/** `/admin`, the instance admin's page (a chunk of its own): the reports, and a way back to the chats. */
export default function AdminScreen({ session, onUnauthorized }: AdminScreenProps) {
  const t = useT();
  const api = useMemo(() => new ChatApi(window.location.origin, session.token), [session.token]);
  return (
    <AuthPage brand={t("app.name")} title={t("admin.title")} footer={<ToChats to={PATHS.chats}>{t("admin.toChats")}</ToChats>}>
      <AdminReports api={api} onUnauthorized={onUnauthorized} />
    </AuthPage>
  );
}
