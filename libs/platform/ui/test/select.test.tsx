import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Select, SelectItem } from '../src';
import { renderWithProviders } from './render-with-providers';

const units = [
  { id: 'a', name: 'Rantakylän terveysasema' },
  { id: 'b', name: 'Satamakadun hammashoitola' },
];

function UnitSelect({ onChange }: { onChange?: (key: unknown) => void }) {
  return (
    <Select label="Toimipiste" placeholder="Valitse toimipiste" items={units} onChange={onChange}>
      {(unit) => <SelectItem id={unit.id}>{unit.name}</SelectItem>}
    </Select>
  );
}

describe('Select', () => {
  it('names its button by the label', () => {
    renderWithProviders(<UnitSelect />);
    expect(screen.getByRole('button', { name: /Toimipiste/ })).toBeTruthy();
  });

  it('opens from the keyboard with the arrow key and lists the options', () => {
    renderWithProviders(<UnitSelect />);
    const trigger = screen.getByRole('button', { name: /Toimipiste/ });
    act(() => trigger.focus());
    fireEvent.keyDown(trigger, { key: 'ArrowDown' });
    fireEvent.keyUp(trigger, { key: 'ArrowDown' });
    const listbox = screen.getByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(units.map((unit) => unit.name));
  });

  it('picks an option by typing its first letter, as a native select does', () => {
    const onChange = vi.fn();
    renderWithProviders(<UnitSelect onChange={onChange} />);
    const trigger = screen.getByRole('button', { name: /Toimipiste/ });
    act(() => trigger.focus());
    fireEvent.keyDown(trigger, { key: 'S' });
    fireEvent.keyUp(trigger, { key: 'S' });
    expect(onChange).toHaveBeenCalledWith('b');
    expect(trigger.textContent).toContain('Satamakadun hammashoitola');
  });
});
