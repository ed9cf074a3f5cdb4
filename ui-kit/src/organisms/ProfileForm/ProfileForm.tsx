import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type ReactNode,
} from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Button } from '../../atoms/Button/Button';
import { TextField } from '../../atoms/TextField/TextField';
import { en } from '../../locale/catalogs/en';
import { useKitLocale } from '../../locale/useKitLocale';
import type { KitMessages } from '../../locale/types';
import { textOf } from '../../utils/formText';
import { color, fontSize, radius, space } from '../../utils/theme';
import { FormAlert, FormRoot } from '../LoginForm/formParts';
import { useServerFieldErrors } from '../LoginForm/useServerFieldErrors';
import { hasErrors, type FieldErrors } from '../LoginForm/validation';
import { AvatarCropper, type CropState, type PickedImage } from './AvatarCropper';
import { cropSquare, cropToBlob, type CropSquare } from './crop';

export const DISPLAY_NAME_MAX = 64;
export const STATUS_TEXT_MAX = 140;

export interface ProfileValues {
  /** `null`: none (the username shows). */
  displayName: string | null;
  statusText: string | null;
  /** The new picture, already cropped square; absent when unchanged. */
  avatar?: Blob;
}

type Field = 'displayName' | 'statusText' | 'avatar';

export interface ProfileFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'defaultValue'> {
  /** The username: the avatar's initials and name when there is no display name. */
  username: string;
  displayName?: string | null;
  statusText?: string | null;
  /** The current picture (a URL the browser can load). */
  avatarSrc?: string;
  onSubmit: (values: ProfileValues) => void;
  submitting?: boolean;
  error?: ReactNode;
  fieldErrors?: FieldErrors<Field>;
  notice?: ReactNode;
  /** Turns the chosen square into an image; a canvas by default (tests pass their own). */
  crop?: (image: HTMLImageElement, square: CropSquare) => Promise<Blob>;
}

const Notice = styled.p`
  margin: 0;
  padding: ${space('sm')} ${space('md')};
  border: 1px solid ${color('success')};
  border-radius: ${radius('md')};
  font-size: ${fontSize('sm')};
`;

const Picture = styled.fieldset`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${space('sm')};
  margin: 0;
  padding: 0;
  border: 0;
  legend {
    padding: 0;
    margin-block-end: ${space('sm')};
    font-size: ${fontSize('sm')};
  }
`;

const PickButton = styled.label`
  font-size: ${fontSize('sm')};
  color: ${color('link')};
  cursor: pointer;
  text-decoration: underline;
  input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  &:focus-within {
    outline: 2px solid ${color('focusRing')};
  }
`;

const FieldError = styled.p`
  margin: 0;
  color: ${color('danger')};
  font-size: ${fontSize('sm')};
`;

// Control characters, line breaks and bidirectional overrides, as the server refuses them.
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function lineError(value: string, max: number, t: KitMessages): string | undefined {
  if (NOT_ONE_LINE.test(value)) return t.oneLineOnly;
  return Array.from(value.trim()).length > max ? t.tooLong(max) : undefined;
}

/** Errors in `messages`' language; an empty line means "none". */
export function validateProfile(values: { displayName: string; statusText: string }, messages: KitMessages = en): FieldErrors<Field> {
  return {
    displayName: lineError(values.displayName, DISPLAY_NAME_MAX, messages),
    statusText: lineError(values.statusText, STATUS_TEXT_MAX, messages),
  };
}

const orNull = (value: string) => value.trim() || null;

/**
 * One's profile: "Display name", "Status" and a picture ("Choose a picture", then a square to
 * position by dragging, arrow keys and "Zoom"), saved with "Save profile". The picture is cropped
 * here and handed over as a new image; the server makes its renditions.
 */
export const ProfileForm = forwardRef<HTMLFormElement, ProfileFormProps>(function ProfileForm(
  { username, displayName, statusText, avatarSrc, onSubmit, submitting = false, error, fieldErrors, notice, crop = cropToBlob, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const legendId = useId();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const refs = { displayName: useRef<HTMLInputElement>(null), statusText: useRef<HTMLInputElement>(null), avatar: useRef<HTMLInputElement>(null) };
  const [server, editServer] = useServerFieldErrors<Field>(fieldErrors, refs, ['displayName', 'statusText', 'avatar']);
  const shown: FieldErrors<Field> = { ...server, ...Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) };
  const [picked, setPicked] = useState<(PickedImage & { element: HTMLImageElement }) | null>(null);
  const [cropState, setCropState] = useState<CropState>({ zoom: 1, cx: 0, cy: 0 });
  const [shownName, setShownName] = useState(displayName ?? '');

  useEffect(() => (picked ? () => URL.revokeObjectURL(picked.src) : undefined), [picked]);

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    editServer('avatar');
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setErrors((e) => ({ ...e, avatar: t.notAnImage }));
      return;
    }
    setErrors((e) => ({ ...e, avatar: undefined }));
    const src = URL.createObjectURL(file);
    const element = new Image();
    element.onload = () => {
      const width = element.naturalWidth;
      const height = element.naturalHeight;
      setPicked({ src, width, height, element });
      setCropState({ zoom: 1, cx: width / 2, cy: height / 2 });
    };
    element.onerror = () => {
      URL.revokeObjectURL(src);
      setErrors((e) => ({ ...e, avatar: t.notAnImage }));
    };
    element.src = src;
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const data = new FormData(event.currentTarget);
    const values = { displayName: textOf(data, 'display_name'), statusText: textOf(data, 'status_text') };
    const next = validateProfile(values, t);
    setErrors(next);
    if (hasErrors(next)) {
      const first = (['displayName', 'statusText'] as const).find((f) => next[f]);
      if (first) refs[first].current?.focus();
      return;
    }
    const base = { displayName: orNull(values.displayName), statusText: orNull(values.statusText) };
    if (!picked) return onSubmit(base);
    const square = cropSquare(picked.width, picked.height, cropState.zoom, cropState.cx, cropState.cy);
    crop(picked.element, square).then(
      (avatar) => onSubmit({ ...base, avatar }),
      () => setErrors((e) => ({ ...e, avatar: t.notAnImage })),
    );
  };

  const clear = (field: Field) => () => {
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
    editServer(field);
  };

  return (
    <FormRoot ref={ref} noValidate aria-busy={submitting || undefined} data-submitting={submitting || undefined} {...rest} onSubmit={handleSubmit}>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      {notice ? <Notice role="status">{notice}</Notice> : null}
      <Picture aria-labelledby={legendId}>
        <legend id={legendId}>{t.profilePicture}</legend>
        {picked ? (
          <AvatarCropper image={picked} crop={cropState} onCrop={setCropState} />
        ) : (
          <Avatar name={shownName.trim() || username} src={avatarSrc} size="lg" />
        )}
        <PickButton>
          {t.choosePicture}
          <input
            ref={refs.avatar}
            type="file"
            name="avatar"
            accept="image/*"
            aria-invalid={shown.avatar ? true : undefined}
            aria-describedby={shown.avatar ? `${legendId}-error` : undefined}
            onChange={pick}
          />
        </PickButton>
        {shown.avatar ? <FieldError id={`${legendId}-error`}>{shown.avatar}</FieldError> : null}
      </Picture>
      <TextField
        ref={refs.displayName}
        label={t.displayName}
        name="display_name"
        autoComplete="nickname"
        defaultValue={displayName ?? ''}
        hint={shown.displayName ? undefined : t.displayNameHint}
        error={shown.displayName}
        onChange={(event) => {
          setShownName(event.currentTarget.value);
          clear('displayName')();
        }}
      />
      <TextField
        ref={refs.statusText}
        label={t.statusLine}
        name="status_text"
        autoComplete="off"
        defaultValue={statusText ?? ''}
        error={shown.statusText}
        onChange={clear('statusText')}
      />
      <Button type="submit" loading={submitting}>
        {t.saveProfile}
      </Button>
    </FormRoot>
  );
});
