import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { lightTheme } from '../../theme/themes';
import { Avatar, initialsOf } from './Avatar';

describe('Avatar', () => {
  it('is an image named after the person, showing initials without a picture', () => {
    render(<Avatar name="Ada Lovelace" />);
    const avatar = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(avatar).toHaveTextContent('AL');
  });

  it('shows the picture and falls back to initials when it fails to load', () => {
    const { container } = render(<Avatar name="Grace Hopper" src="https://example.test/g.png" />);
    const img = container.querySelector('img');
    expect(img).toHaveAttribute('src', 'https://example.test/g.png');
    expect(img).toHaveAttribute('alt', '');
    fireEvent.error(img!);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'Grace Hopper' })).toHaveTextContent('GH');
  });

  it('can be decorative and carries presence, className and ref', () => {
    const ref = createRef<HTMLSpanElement>();
    const { container } = render(<Avatar ref={ref} name="Linus" decorative presence="online" className="x" />);
    expect(screen.queryByRole('img', { name: 'Linus' })).toBeNull();
    expect(ref.current).toBe(container.firstChild);
    expect(ref.current).toHaveClass('x');
    expect(ref.current).toHaveAttribute('data-presence', 'online');
  });

  it('draws a group as a distinct shape (data-kind="group"), a person by default', () => {
    const { rerender } = render(<Avatar name="Team chat" kind="group" />);
    const group = screen.getByRole('img', { name: 'Team chat' });
    expect(group).toHaveAttribute('data-kind', 'group');
    expect(group).toHaveTextContent('TC');
    // A rounded square in the primary colour, where a person is a circle.
    const groupFace = getComputedStyle(group.firstElementChild!);
    expect(groupFace.borderRadius).toBe(lightTheme.radii.md);
    expect(groupFace.backgroundColor).toBe('rgb(29, 95, 208)'); // lightTheme.colors.primary
    rerender(<Avatar name="Ada Lovelace" />);
    const person = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(person).toHaveAttribute('data-kind', 'person');
    expect(getComputedStyle(person.firstElementChild!).borderRadius).toBe('50%');
  });

  it('derives initials from first and last words', () => {
    expect(initialsOf('  ada  king lovelace ')).toBe('AL');
    expect(initialsOf('émile')).toBe('É');
    expect(initialsOf('')).toBe('?');
  });
});
