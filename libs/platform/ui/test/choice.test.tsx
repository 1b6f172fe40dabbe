import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox, CheckboxGroup, Radio, RadioGroup } from '../src';
import { renderWithProviders } from './render-with-providers';

describe('RadioGroup', () => {
  it('is a named group of radio buttons, one of them chosen', () => {
    renderWithProviders(
      <RadioGroup label="Muistutus" defaultValue="sms">
        <Radio value="sms">Tekstiviesti</Radio>
        <Radio value="email">Sähköposti</Radio>
        <Radio value="none" description="Et saa muistutusta.">
          Ei muistutusta
        </Radio>
      </RadioGroup>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Muistutus' });
    expect(group).toBeTruthy();
    const sms = screen.getByRole('radio', { name: 'Tekstiviesti' }) as HTMLInputElement;
    expect(sms.checked).toBe(true);
    const none = screen.getByRole('radio', { name: 'Ei muistutusta' });
    const descriptionId = none.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(descriptionId.split(' ')[0] ?? '')?.textContent).toBe(
      'Et saa muistutusta.',
    );
  });

  it('reports the choice', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <RadioGroup label="Muistutus" onChange={onChange}>
        <Radio value="sms">Tekstiviesti</Radio>
        <Radio value="email">Sähköposti</Radio>
      </RadioGroup>,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Sähköposti' }));
    expect(onChange).toHaveBeenCalledWith('email');
  });
});

describe('CheckboxGroup', () => {
  it('is a named group whose checkboxes report the chosen values', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <CheckboxGroup label="Anna saa asioida puolestani" defaultValue={['booking']} onChange={onChange}>
        <Checkbox value="booking">Ajanvaraus</Checkbox>
        <Checkbox value="feedback">Palaute</Checkbox>
      </CheckboxGroup>,
    );
    expect(screen.getByRole('group', { name: 'Anna saa asioida puolestani' })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Ajanvaraus' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Palaute' }));
    expect(onChange).toHaveBeenCalledWith(['booking', 'feedback']);
  });
});
