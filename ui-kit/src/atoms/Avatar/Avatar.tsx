import { forwardRef, useState, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { color, fontFamily, fontWeight, radius } from '../../utils/theme';
import { PresenceDot, type PresenceStatus } from '../PresenceDot/PresenceDot';

export type AvatarSize = 'xs' | 'sm' | 'md' | 'lg';
/** A person (round) or a group (rounded square in the primary colour). */
export type AvatarKind = 'person' | 'group';

export interface AvatarProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The person's name: the accessible name, and the source of the initials. */
  name: string;
  /** Picture URL; initials show when absent or when it fails to load. */
  src?: string;
  size?: AvatarSize;
  /** `group` draws a rounded square in the primary colour, so groups stand apart from people. */
  kind?: AvatarKind;
  /** Adds a presence dot in the corner. */
  presence?: PresenceStatus;
  /** Hide from assistive technology when the name is already next to it. */
  decorative?: boolean;
}

const sizes: Record<AvatarSize, number> = { xs: 24, sm: 32, md: 40, lg: 56 };

const Root = styled.span<{ $size: number }>`
  position: relative;
  display: inline-flex;
  flex: none;
  width: ${(p) => p.$size}px;
  height: ${(p) => p.$size}px;
`;

const Face = styled.span<{ $size: number }>`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 100%;
  height: 100%;
  overflow: hidden;
  border-radius: 50%;
  background: ${color('surfaceSelected')};
  color: ${color('text')};
  font-family: ${fontFamily};
  font-weight: ${fontWeight('medium')};
  font-size: ${(p) => Math.round(p.$size * 0.4)}px;
  user-select: none;
  [data-kind='group'] > & {
    border-radius: ${radius('md')};
    background: ${color('primary')};
    color: ${color('onPrimary')};
  }
`;

const Img = styled.img`
  width: 100%;
  height: 100%;
  object-fit: cover;
`;

const Corner = styled.span`
  position: absolute;
  inset-inline-end: -2px;
  bottom: -2px;
  display: inline-flex;
`;

/** First letters of the first and last words: "Ada Lovelace" → "AL". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  const chars = [...first].slice(0, 1).concat([...last].slice(0, 1));
  return chars.join('').toLocaleUpperCase() || '?';
}

/** A round picture of a person (or a square one of a group), falling back to initials; optional presence dot. */
export const Avatar = forwardRef<HTMLSpanElement, AvatarProps>(function Avatar(
  { name, src, size = 'md', kind = 'person', presence, decorative = false, ...rest },
  ref,
) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const px = sizes[size];
  const showImage = Boolean(src) && failedSrc !== src;
  const a11y = decorative ? { 'aria-hidden': true as const } : { role: 'img', 'aria-label': name };
  return (
    <Root ref={ref} $size={px} data-size={size} data-kind={kind} data-presence={presence} {...a11y} {...rest}>
      <Face $size={px} aria-hidden="true">
        {showImage ? <Img src={src} alt="" loading="lazy" decoding="async" onError={() => setFailedSrc(src ?? null)} /> : initialsOf(name)}
      </Face>
      {presence ? (
        <Corner aria-hidden="true">
          <PresenceDot status={presence} label={null} size={px >= 40 ? 10 : 8} />
        </Corner>
      ) : null}
    </Root>
  );
});
