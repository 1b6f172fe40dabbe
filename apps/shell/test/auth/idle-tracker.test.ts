import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTracker } from '../../src/auth/idle/idle-tracker';
import { formatRemaining, idleDeadlines, idlePhaseAt } from '../../src/auth/idle/idle-schedule';

const minute = 60_000;

describe('idle schedule', () => {
  it('warns two minutes before the end', () => {
    const deadlines = idleDeadlines(0, 15);
    expect(deadlines).toEqual({ warnAt: 13 * minute, endAt: 15 * minute });
    expect(idlePhaseAt(13 * minute - 1, deadlines)).toBe('active');
    expect(idlePhaseAt(13 * minute, deadlines)).toBe('warning');
    expect(idlePhaseAt(15 * minute, deadlines)).toBe('expired');
  });

  it('shows the time left as minutes and seconds', () => {
    expect(formatRemaining(2 * minute)).toBe('2:00');
    expect(formatRemaining(65_001)).toBe('1:06');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});

describe('createIdleTracker', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  function startTracker(idleMinutes = 15) {
    const tracker = createIdleTracker({ idleMinutes });
    const changes = vi.fn();
    tracker.subscribe(changes);
    tracker.start();
    return { tracker, changes };
  }

  it('moves from active to warning to expired when nothing happens', () => {
    const { tracker } = startTracker();
    vi.advanceTimersByTime(13 * minute - 1);
    expect(tracker.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(tracker.getSnapshot()).toEqual({ phase: 'warning', remainingMs: 2 * minute });
    vi.advanceTimersByTime(61_000);
    expect(tracker.getSnapshot()).toEqual({ phase: 'warning', remainingMs: 59_000 });
    vi.advanceTimersByTime(59_000);
    expect(tracker.getSnapshot().phase).toBe('expired');
    tracker.stop();
  });

  it('starts counting again from any activity before the warning', () => {
    const { tracker } = startTracker();
    vi.advanceTimersByTime(10 * minute);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    vi.advanceTimersByTime(12 * minute);
    expect(tracker.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(1 * minute);
    expect(tracker.getSnapshot().phase).toBe('warning');
    tracker.stop();
  });

  it('keeps the warning until the person answers it, and "continue" starts again', () => {
    const { tracker } = startTracker();
    vi.advanceTimersByTime(13 * minute);
    window.dispatchEvent(new MouseEvent('pointerdown'));
    expect(tracker.getSnapshot().phase).toBe('warning');
    tracker.stayActive();
    expect(tracker.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(13 * minute - 1);
    expect(tracker.getSnapshot().phase).toBe('active');
    tracker.stop();
  });

  it('listens to nothing once stopped', () => {
    const { tracker, changes } = startTracker();
    tracker.stop();
    vi.advanceTimersByTime(20 * minute);
    expect(changes).not.toHaveBeenCalled();
  });
});
