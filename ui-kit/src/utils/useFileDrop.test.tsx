import { fireEvent, render, screen } from '@testing-library/react';
import { useFileDrop } from './useFileDrop';

function Target({ onDropFiles }: { onDropFiles?: (files: File[]) => void }) {
  const { dragging, dropProps } = useFileDrop<HTMLDivElement>(onDropFiles);
  return (
    <div data-testid="target" data-dragging={dragging} {...dropProps}>
      <p data-testid="child">
        <span data-testid="grandchild">text</span>
      </p>
    </div>
  );
}

const withFiles = (files: File[] = []) => ({ dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });
const withText = { dataTransfer: { types: ['text/plain'], files: [], dropEffect: 'none' } };

describe('useFileDrop', () => {
  it('is dragging while files are over the target, through its children, without flicker', () => {
    render(<Target onDropFiles={() => {}} />);
    const target = screen.getByTestId('target');
    fireEvent.dragEnter(target, withFiles());
    expect(target).toHaveAttribute('data-dragging', 'true');
    // Moving onto a child: enter fires on the child before leave fires on the parent.
    fireEvent.dragEnter(screen.getByTestId('child'), withFiles());
    fireEvent.dragLeave(target, withFiles());
    expect(target).toHaveAttribute('data-dragging', 'true');
    fireEvent.dragEnter(screen.getByTestId('grandchild'), withFiles());
    fireEvent.dragLeave(screen.getByTestId('child'), withFiles());
    expect(target).toHaveAttribute('data-dragging', 'true');
    fireEvent.dragLeave(screen.getByTestId('grandchild'), withFiles());
    expect(target).toHaveAttribute('data-dragging', 'false');
  });

  it('accepts the drop (dragover prevented) and hands over the dropped files', () => {
    const onDropFiles = jest.fn();
    render(<Target onDropFiles={onDropFiles} />);
    const target = screen.getByTestId('target');
    const file = new File(['x'], 'x.png', { type: 'image/png' });
    fireEvent.dragEnter(target, withFiles());
    expect(fireEvent.dragOver(target, withFiles())).toBe(false);
    expect(fireEvent.drop(screen.getByTestId('child'), withFiles([file]))).toBe(false);
    expect(onDropFiles).toHaveBeenCalledWith([file]);
    expect(target).toHaveAttribute('data-dragging', 'false');
    // The next drag starts counting from zero.
    fireEvent.dragEnter(target, withFiles());
    fireEvent.dragLeave(target, withFiles());
    expect(target).toHaveAttribute('data-dragging', 'false');
  });

  it('ignores drags that carry no files', () => {
    const onDropFiles = jest.fn();
    render(<Target onDropFiles={onDropFiles} />);
    const target = screen.getByTestId('target');
    fireEvent.dragEnter(target, withText);
    expect(target).toHaveAttribute('data-dragging', 'false');
    expect(fireEvent.dragOver(target, withText)).toBe(true);
    expect(fireEvent.drop(target, withText)).toBe(true);
    expect(onDropFiles).not.toHaveBeenCalled();
  });

  it('does nothing without a callback', () => {
    render(<Target />);
    const target = screen.getByTestId('target');
    fireEvent.dragEnter(target, withFiles());
    expect(target).toHaveAttribute('data-dragging', 'false');
    expect(fireEvent.dragOver(target, withFiles())).toBe(true);
  });
});
