import { fireEvent, render, screen } from '@testing-library/react';
import { useLongPress } from './useLongPress';

function Target({ onLongPress }: { onLongPress: () => void }) {
  return <div data-testid="target" {...useLongPress(onLongPress)} />;
}

// jsdom has no PointerEvent: a MouseEvent that carries the touch fields, as browsers send them.
class TestPointerEvent extends MouseEvent {
  pointerType: string;
  isPrimary: boolean;
  constructor(type: string, init: MouseEventInit & { pointerType?: string; isPrimary?: boolean } = {}) {
    super(type, init);
    this.pointerType = init.pointerType ?? 'mouse';
    this.isPrimary = init.isPrimary ?? true;
  }
}
beforeAll(() => {
  if (!('PointerEvent' in window)) Object.assign(window, { PointerEvent: TestPointerEvent });
});

const touch = (init: { clientX?: number; clientY?: number } = {}) => ({ pointerType: 'touch', isPrimary: true, clientX: 0, clientY: 0, ...init });

describe('useLongPress', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const setup = () => {
    const onLongPress = jest.fn();
    render(<Target onLongPress={onLongPress} />);
    return { onLongPress, target: screen.getByTestId('target') };
  };

  it('fires once a touch stays down for 500 ms, not before', () => {
    const { onLongPress, target } = setup();
    fireEvent.pointerDown(target, touch());
    jest.advanceTimersByTime(499);
    expect(onLongPress).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onLongPress).toHaveBeenCalledTimes(1);
  });

  it('tolerates a small wobble but cancels on a move, a lift, a scroll or leaving', () => {
    const { onLongPress, target } = setup();
    fireEvent.pointerDown(target, touch());
    fireEvent.pointerMove(target, touch({ clientX: 4, clientY: 3 }));
    jest.advanceTimersByTime(500);
    expect(onLongPress).toHaveBeenCalledTimes(1);
    for (const end of [
      () => fireEvent.pointerMove(target, touch({ clientY: 30 })),
      () => fireEvent.pointerUp(target, touch()),
      () => fireEvent.pointerCancel(target, touch()),
      () => fireEvent.pointerLeave(target, touch()),
    ]) {
      fireEvent.pointerDown(target, touch());
      jest.advanceTimersByTime(200);
      end();
      jest.advanceTimersByTime(1000);
    }
    expect(onLongPress).toHaveBeenCalledTimes(1);
  });

  it('ignores the mouse (it has hover and a button) and presses that are not primary', () => {
    const { onLongPress, target } = setup();
    fireEvent.pointerDown(target, { ...touch(), pointerType: 'mouse' });
    fireEvent.pointerDown(target, { ...touch(), isPrimary: false });
    jest.advanceTimersByTime(1000);
    expect(onLongPress).not.toHaveBeenCalled();
  });
});
