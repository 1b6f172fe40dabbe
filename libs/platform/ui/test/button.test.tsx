import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../src';
import { renderWithProviders } from './render-with-providers';

describe('Button', () => {
  it('is a button named by its text', () => {
    renderWithProviders(<Button>Varaa aika</Button>);
    expect(screen.getByRole('button', { name: 'Varaa aika' })).toBeTruthy();
  });

  it.each([
    ['Enter', 'Enter'],
    ['Space', ' '],
  ])('is activated from the keyboard with %s', (_name, key) => {
    const onPress = vi.fn();
    renderWithProviders(<Button onPress={onPress}>Lähetä</Button>);
    const button = screen.getByRole('button', { name: 'Lähetä' });
    act(() => button.focus());
    fireEvent.keyDown(button, { key });
    fireEvent.keyUp(button, { key });
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('does nothing while disabled', () => {
    const onPress = vi.fn();
    renderWithProviders(
      <Button onPress={onPress} isDisabled>
        Lähetä
      </Button>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(onPress).not.toHaveBeenCalled();
  });
});
