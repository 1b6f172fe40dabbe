import { useTranslation } from 'react-i18next';
import {
  serviceCategorySchema,
  serviceChannelSchema,
  serviceLanguageSchema,
  type Unit,
} from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { Button, Select, SelectItem } from '@asiointi/platform-ui';
import type { FilterName, SearchFilters } from './search-filters';
import { municipalityName } from '@asiointi/platform-contract';

const all = 'all';

interface Option {
  id: string;
  label: string;
}

export interface ServiceFiltersProps {
  filters: SearchFilters;
  /** Every unit, for the municipality and unit choices. */
  units: readonly Unit[];
  onChange: (name: FilterName, value: string | undefined) => void;
  onClear: () => void;
}

/** The five choices that narrow the catalogue; "All" removes a choice. */
export function ServiceFilters({ filters, units, onChange, onClear }: ServiceFiltersProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  // Chosen by the directory's name, shown and ordered by the name in the page's language.
  const municipalities = [...new Set(units.map((unit) => unit.municipality))]
    .map((id) => ({ id, label: municipalityName(id, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const unitsShown = units.filter(
    (unit) => !filters.municipality || unit.municipality === filters.municipality,
  );

  const choice = (name: FilterName, label: string, options: Option[]) => (
    <FilterSelect
      label={label}
      value={filters[name]}
      options={[{ id: all, label: t('resident.find.all') }, ...options]}
      onChange={(value) => onChange(name, value)}
    />
  );

  return (
    <fieldset className="booking-filters">
      <legend>{t('resident.find.filters')}</legend>
      {choice(
        'category',
        t('resident.find.category'),
        serviceCategorySchema.options.map((id) => ({ id, label: t(`resident.categories.${id}`) })),
      )}
      {choice('municipality', t('resident.find.municipality'), municipalities)}
      {choice(
        'unitId',
        t('resident.find.unit'),
        unitsShown.map((unit) => ({ id: unit.id, label: unit.name[language] })),
      )}
      {choice(
        'language',
        t('resident.find.language'),
        serviceLanguageSchema.options.map((id) => ({ id, label: t(`resident.serviceLanguages.${id}`) })),
      )}
      {choice(
        'channel',
        t('resident.find.channel'),
        serviceChannelSchema.options.map((id) => ({ id, label: t(`channels.${id}`) })),
      )}
      <div>
        <Button variant="secondary" onPress={onClear}>
          {t('resident.find.clearFilters')}
        </Button>
      </div>
    </fieldset>
  );
}

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  // A value no longer among the options (a unit of another municipality) shows as "All".
  const selected = value && options.some((option) => option.id === value) ? value : all;
  return (
    <Select
      label={label}
      items={options}
      value={selected}
      onChange={(key) => onChange(key === all || key === null ? undefined : String(key))}
    >
      {(option) => (
        <SelectItem id={option.id} textValue={option.label}>
          {option.label}
        </SelectItem>
      )}
    </Select>
  );
}
