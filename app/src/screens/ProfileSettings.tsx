import { ApiError, type ChatClient, defaultUploadTransport, UploadError, uploadAttachment, type UserJson } from "@chat-app/client";
import { useAvatar } from "@chat-app/client/react";
import { ProfileForm, type ProfileValues } from "@chat-app/ui-kit";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../i18n/useT";

export interface ProfileSettingsProps {
  client: ChatClient;
  /** Me as the session knows me; what the client heard since (another tab) wins. */
  me: UserJson;
  token: string;
  /** A 401: this session itself is gone, so the app goes back to log-in. */
  onUnauthorized: (error: unknown) => void;
  headingLevel?: 2 | 3 | 4;
}

/**
 * Settings › Profile: display name, status and picture. A new picture is uploaded as an attachment
 * (`POST /api/attachments`), then `PATCH /api/me` names it; the server crops and scales it.
 */
export function ProfileSettings({ client, me, token, onUnauthorized, headingLevel = 3 }: ProfileSettingsProps) {
  const t = useT();
  const headingId = useId();
  const [current, setCurrent] = useState(() => ({ ...me, ...client.profile(me.id) }));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const avatarSrc = useAvatar(client.avatars, current.avatar_url, "large");
  const Heading = `h${headingLevel}` as const;

  const submit = async ({ displayName, statusText, avatar }: ProfileValues) => {
    setSubmitting(true);
    setError(null);
    setSaved(false);
    try {
      const picture = avatar
        ? await uploadAttachment({ baseUrl: window.location.origin, token, transport: defaultUploadTransport(), file: avatar, name: "avatar.png" })
        : null;
      const user = await client.updateProfile({
        display_name: displayName,
        status_text: statusText,
        ...(picture ? { avatar_attachment_id: picture.id } : {}),
      });
      if (!mounted.current) return;
      setCurrent((was) => ({ ...was, ...user }));
      setSaved(true);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 401) return onUnauthorized(failure);
      if (!mounted.current) return;
      const reason = failure instanceof UploadError || failure instanceof ApiError ? failure.message : "";
      setError(t("profile.failed", { reason }));
    }
    if (mounted.current) setSubmitting(false);
  };

  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t("settings.profile")}</Heading>
      <ProfileForm
        username={current.username}
        displayName={current.display_name}
        statusText={current.status_text}
        avatarSrc={avatarSrc}
        onSubmit={(values) => void submit(values)}
        submitting={submitting}
        error={error ?? undefined}
        notice={saved ? t("profile.saved") : undefined}
      />
    </section>
  );
}
