import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useListNavigation } from './useListNavigation';

/** The list as a component, as the kit's (styled) lists are. */
const List = forwardRef<HTMLUListElement, ComponentPropsWithoutRef<'ul'>>(function List(props, ref) {
  return <ul ref={ref} {...props} />;
});

function Results({ names, disabled = [] }: { names: string[]; disabled?: string[] }) {
  const { fieldRef, listRef, onFieldKeyDown, onListKeyDown } = useListNavigation<HTMLInputElement, HTMLUListElement>();
  return (
    <>
      <input ref={fieldRef} type="search" aria-label="Search people" onKeyDown={onFieldKeyDown} />
      <List ref={listRef} aria-label="People" onKeyDown={onListKeyDown}>
        {names.map((name) => (
          <li key={name}>
            <button type="button" disabled={disabled.includes(name)}>
              {name}
            </button>
          </li>
        ))}
      </List>
    </>
  );
}

const button = (name: string) => screen.getByRole('button', { name });

describe('useListNavigation', () => {
  it('moves from the field into the list and within it with ↓ ↑ Home End, skipping disabled items', async () => {
    render(<Results names={['ada', 'bob', 'cy', 'dee']} disabled={['cy']} />);
    await userEvent.click(screen.getByRole('searchbox'));
    await userEvent.keyboard('{ArrowDown}');
    expect(button('ada')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(button('dee')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(button('dee')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(button('ada')).toHaveFocus();
    await userEvent.keyboard('{End}{ArrowUp}');
    expect(button('bob')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('leaves ↓ in the field alone when there are no results', async () => {
    render(<Results names={[]} />);
    await userEvent.click(screen.getByRole('searchbox'));
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });
});
