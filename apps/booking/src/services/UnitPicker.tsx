import { useTranslation } from 'react-i18next';
import type { Unit } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState, Select, SelectItem } from '@asiointi/platform-ui';
import { QueryError } from './QueryError';
import { useUnits } from './use-booking-queries';

export interface UnitPickerProps {
  language: Language;
  selectedUnitId: string | undefined;
  onSelect: (unit: Unit) => void;
}

/** Chooses a unit from `units.list`, in the service's order (by municipality and name in the language asked). */
export function UnitPicker({ language, selectedUnitId, onSelect }: UnitPickerProps) {
  const { t } = useTranslation('booking');
  const units = useUnits();

  if (units.isPending) return <LoadingState>{t('unitPicker.loading')}</LoadingState>;
  if (units.isError) return <QueryError error={units.error} onRetry={() => void units.refetch()} />;
  if (units.data.length === 0) return <p>{t('unitPicker.none')}</p>;

  return (
    <Select
      label={t('unitPicker.label')}
      placeholder={t('unitPicker.placeholder')}
      items={units.data}
      value={selectedUnitId ?? null}
      onChange={(key) => {
        const unit = units.data.find(({ id }) => id === key);
        if (unit) onSelect(unit);
      }}
    >
      {(unit) => (
        <SelectItem id={unit.id} textValue={unit.name[language]}>
          {unit.name[language]}
        </SelectItem>
      )}
    </Select>
  );
}
