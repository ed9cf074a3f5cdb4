import { forwardRef, useId, useRef, type ComponentPropsWithoutRef } from 'react';
import { useKitLocale } from '../../locale/useKitLocale';
import { styled } from 'styled-components';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { CloseIcon, SearchIcon } from '../../utils/icons';
import { assignRef } from '../../utils/ids';
import { base, color, focusRing, fontFamily, fontSize, radius, space, visuallyHidden } from '../../utils/theme';
import { useControllableState } from '../../utils/useControllableState';

export interface SearchFieldProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'onChange' | 'value' | 'defaultValue' | 'size'> {
  /** Accessible name, e.g. "Search people" or "Search chats". */
  label?: string;
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** Class of the wrapper. */
  className?: string;
}

const Root = styled.div`
  ${base}
  position: relative;
  display: flex;
  align-items: center;
`;

const Icon = styled.span`
  position: absolute;
  inset-inline-start: ${space('md')};
  display: inline-flex;
  color: ${color('textMuted')};
  pointer-events: none;
`;

const Input = styled.input`
  box-sizing: border-box;
  width: 100%;
  min-height: 40px;
  padding: ${space('sm')} 40px;
  border: 1px solid ${color('border')};
  border-radius: ${radius('round')};
  background: ${color('background')};
  color: ${color('text')};
  font-family: ${fontFamily};
  font-size: ${fontSize('sm')};
  ${focusRing}
  &::-webkit-search-cancel-button {
    appearance: none;
  }
`;

const Clear = styled.span`
  position: absolute;
  inset-inline-end: ${space('xs')};
`;

const Label = styled.label`
  ${visuallyHidden}
`;

/** A search box with a clear button; Escape clears it too. */
export const SearchField = forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField(
  { label: labelProp, value: valueProp, defaultValue = '', onValueChange, className, placeholder, onKeyDown, id, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const label = labelProp ?? t.search;
  const [value, update] = useControllableState({ prop: valueProp, defaultProp: defaultValue, onChange: onValueChange });
  const inputRef = useRef<HTMLInputElement | null>(null);
  const autoId = useId();
  const inputId = id ?? `sf${autoId}`;
  return (
    <Root className={className} data-empty={value === ''}>
      <Label htmlFor={inputId}>{label}</Label>
      <Icon aria-hidden="true">
        <SearchIcon size={16} />
      </Icon>
      <Input
        {...rest}
        ref={(node) => {
          inputRef.current = node;
          assignRef(ref, node);
        }}
        id={inputId}
        type="search"
        dir="auto"
        autoComplete="off"
        placeholder={placeholder ?? `${label}…`}
        value={value}
        onChange={(event) => update(event.target.value)}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          if (event.key === 'Escape' && value !== '' && !event.defaultPrevented) {
            event.preventDefault();
            update('');
          }
        }}
      />
      {value !== '' ? (
        <Clear>
          <IconButton
            label={t.clearSearch}
            icon={<CloseIcon size={14} />}
            size={32}
            onClick={() => {
              update('');
              inputRef.current?.focus();
            }}
          />
        </Clear>
      ) : null}
    </Root>
  );
});
