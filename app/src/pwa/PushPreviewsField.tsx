import type { ChatApi } from "@chat-app/client";
import { useId } from "react";
import styled from "styled-components";
import { useT } from "../i18n/useT";
import { usePushPreviews } from "./usePushPreviews";

const Field = styled.p`
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 0 0 16px;
`;

/**
 * "Show who wrote and what in notifications": off, a push to this person's closed app says only
 * "New message" (the server leaves sender and text out of what it sends). Shown once the server's
 * choice is known; a change that fails goes back.
 */
export function PushPreviewsField({ api }: { api: ChatApi }) {
  const t = useT();
  const id = useId();
  const [previews, change] = usePushPreviews(api);
  if (previews === null) return null;
  return (
    <Field>
      <input id={id} type="checkbox" checked={previews} onChange={(event) => change(event.currentTarget.checked)} />
      <label htmlFor={id}>{t("settings.pushPreviews")}</label>
    </Field>
  );
}
