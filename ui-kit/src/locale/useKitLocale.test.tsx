import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ChatThemeProvider, type ChatThemeProviderProps } from '../theme';
import { MessageList } from '../organisms/MessageList/MessageList';
import { GroupMembersPanel } from '../organisms/GroupMembersPanel/GroupMembersPanel';
import { mockChatLayout } from '../test/layout';
import { ar, catalogFor, en, es } from './catalogs';
import { localeDir } from './direction';
import { useKitLocale } from './useKitLocale';

const wrapper =
  (props: Omit<ChatThemeProviderProps, 'children'>) =>
  ({ children }: { children: ReactNode }) => <ChatThemeProvider {...props}>{children}</ChatThemeProvider>;

describe('useKitLocale', () => {
  it('is English, left to right and the runtime default locale without a provider', () => {
    const { result } = renderHook(() => useKitLocale());
    expect(result.current.messages).toBe(en);
    expect(result.current.dir).toBe('ltr');
    expect(result.current.locale).toBeUndefined();
  });

  it('formats times, days, relative times and numbers in the active locale', () => {
    const { result } = renderHook(() => useKitLocale(), { wrapper: wrapper({ locale: 'es' }) });
    const at = new Date('2026-03-02T09:05:00Z');
    expect(result.current.formatTime(at, 'UTC')).toBe('9:05');
    expect(result.current.formatDay(at, at, 'UTC')).toBe('Hoy');
    expect(result.current.formatDay(at, new Date('2026-03-03T10:00:00Z'), 'UTC')).toBe('Ayer');
    expect(result.current.formatRelative(new Date(at.getTime() - 5 * 60_000), at)).toBe('hace 5 minutos');
    expect(result.current.formatNumber(12345.5)).toBe('12.345,5');
  });

  it('writes Arabic times and numbers with Arabic digits', () => {
    const { result } = renderHook(() => useKitLocale(), { wrapper: wrapper({ locale: 'ar-EG' }) });
    expect(result.current.formatNumber(25)).toBe('٢٥');
    expect(result.current.formatTime(new Date('2026-03-02T21:05:00Z'), 'UTC')).toMatch(/٩:٠٥/);
  });

  it('keeps the same object while the locale does not change (memoised per locale)', () => {
    const { result, rerender } = renderHook(() => useKitLocale(), { wrapper: wrapper({ locale: 'es', messages: es }) });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('catalog plurals', () => {
  it('uses all six Arabic categories', () => {
    // Digits as the runtime's CLDR writes plain "ar" (Latin in current ICU, Arabic-Indic in older).
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.members(count))).toEqual([
      'لا أعضاء',
      'عضو واحد',
      'عضوان',
      `${n(3)} أعضاء`,
      `${n(11)} عضوًا`,
      `${n(100)} عضو`,
    ]);
    expect(ar.newMessages(2)).toBe('رسالتان جديدتان');
    expect(ar.charactersLeft(5)).toBe(`تبقّت ${n(5)} أحرف`);
  });

  it('uses one/other in Spanish and English, with grouped numbers', () => {
    expect(es.unread(1)).toBe('1 mensaje sin leer');
    expect(es.unread(1200)).toBe('1200 mensajes sin leer');
    expect(es.charactersLeft(1)).toBe('Queda 1 carácter');
    expect(en.members(1)).toBe('1 member');
    expect(en.newMessages(1500)).toBe('1,500 new messages');
  });

  it('has every key in every language, and a translation for each', () => {
    // Words Spanish borrows as they are, its "99+" and the "+3" over a grid's last image.
    const same = new Set(['chats', 'admin', 'capped', 'moreImages']);
    for (const catalog of [es, ar]) {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        const theirs: unknown = catalog[key as keyof typeof en];
        if (typeof value === 'function') {
          // Arguments of the right shape where numbers will not do (names; an emoji, a count and "me").
          const args: Record<string, unknown[]> = { typing: [['Ada'], 5], reaction: ['👍', 3, true], reactedBy: [['Ada', 'Grace'], 2] };
          const call = (f: unknown) => (f as (...a: unknown[]) => string)(...(args[key] ?? [3, 5]));
          if (!(catalog === es && same.has(key))) expect(call(theirs)).not.toBe(call(value));
        } else if (!(catalog === es && same.has(key))) expect(theirs).not.toEqual(value);
      }
    }
  });
});

describe('localeDir', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['es-MX', 'ltr'],
    ['en', 'ltr'],
    [undefined, 'ltr'],
    ['not a locale!', 'ltr'],
  ] as const)('%s is %s', (locale, dir) => {
    expect(localeDir(locale)).toBe(dir);
  });
});

describe('ChatThemeProvider locale', () => {
  it('derives the direction from the locale and sets lang and dir around the kit', () => {
    const { result } = renderHook(() => useKitLocale(), { wrapper: wrapper({ locale: 'ar', messages: ar }) });
    expect(result.current.dir).toBe('rtl');
    const { container } = render(<ChatThemeProvider locale="ar">x</ChatThemeProvider>);
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(container.firstElementChild).toHaveAttribute('lang', 'ar');
  });

  it('takes an explicit dir over the locale’s', () => {
    const { result } = renderHook(() => useKitLocale(), { wrapper: wrapper({ locale: 'ar', dir: 'ltr' }) });
    expect(result.current.dir).toBe('ltr');
  });

  it('falls back to English for strings the app does not give, and lets it override some', () => {
    const { result } = renderHook(() => useKitLocale(), { wrapper: wrapper({ locale: 'fr', messages: { send: 'Envoyer' } }) });
    expect(result.current.messages.send).toBe('Envoyer');
    expect(result.current.messages.cancel).toBe('Cancel');
    expect(result.current.locale).toBe('fr');
  });

  it('renders no wrapper element without a locale or dir', () => {
    const { container } = render(<ChatThemeProvider>x</ChatThemeProvider>);
    expect(container.innerHTML).toBe('x');
  });

  it('catalogFor picks by language subtag, English otherwise', () => {
    expect(catalogFor('es-MX')).toBe(es);
    expect(catalogFor('AR')).toBe(ar);
    expect(catalogFor('fr')).toBe(en);
    expect(catalogFor('constructor')).toBe(en);
    expect(catalogFor(undefined)).toBe(en);
  });
});

describe('components in another language', () => {
  it('MessageList in Spanish says Spanish without props', () => {
    const restore = mockChatLayout();
    try {
      render(
        <ChatThemeProvider locale="es" messages={es}>
          <MessageList label="Ada" currentUserId="me" messages={[{ id: 1, authorId: 'ada', text: 'hola', timestamp: new Date() }]} loadingOlder />
        </ChatThemeProvider>,
      );
      expect(screen.getByRole('log', { name: 'Ada' })).toBeInTheDocument();
      expect(screen.getByText('Cargando mensajes anteriores')).toBeInTheDocument();
      expect(screen.getByText('Hoy')).toBeInTheDocument();
      expect(screen.getByText('hola')).toHaveAttribute('dir', 'auto');
    } finally {
      restore();
    }
  });

  it('a label given as a prop still wins over the catalog', () => {
    render(
      <ChatThemeProvider locale="es" messages={es}>
        <GroupMembersPanel
          groupName="Equipo"
          members={[{ id: 'b', name: 'Bea', role: 'member' }]}
          currentUserId="a"
          canManage
          onRemove={() => {}}
          onClose={() => {}}
        />
      </ChatThemeProvider>,
    );
    expect(screen.getByRole('button', { name: 'Quitar a Bea' })).toHaveTextContent(/^Quitar a Bea$/);
    expect(screen.getByRole('button', { name: 'Cerrar miembros' })).toBeInTheDocument();
    expect(screen.getByText('1 miembro')).toBeInTheDocument();
  });
});
